package io.avstack.drivers.can;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avstack.core.time.ManualClock;
import io.avstack.core.time.ReplayPacer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CandumpSourceTest {

    @TempDir
    Path dir;

    private Path log(String... lines) throws IOException {
        return Files.write(dir.resolve("bus.log"), List.of(lines));
    }

    @Test
    void deliversFramesInOrderAndCountsBadLines() throws IOException {
        Path log = log("(1.000001) can0 60A#01", "nonsense", "(1.000002) can0 60B##1AA", "", "(1.5) can0 1ABCDEF0#FF");
        List<CanFrame> got = new ArrayList<>();
        try (CanFrameSource source = new CandumpSource(log)) {
            CanFrameSource.Summary s = source.run(got::add);
            assertThat(s).isEqualTo(new CanFrameSource.Summary(2, 1, 1, 0));
            assertThat(source.name()).isEqualTo(log.toString());
        }
        assertThat(got).containsExactly(new CanFrame(1_000_001_000L, 0x60A, false, new byte[] {1}),
                new CanFrame(1_500_000_000L, 0x1ABCDEF0, true, new byte[] {(byte) 0xFF}));
    }

    @Test
    void aThrowingSinkIsCountedAndTheReplayGoesOn() throws IOException {
        Path log = log("(1.0) can0 001#", "(2.0) can0 002#", "(3.0) can0 003#");
        List<Integer> seen = new ArrayList<>();
        CanFrameSource.Summary s = CandumpSource.replay(log, f -> {
            seen.add(f.id());
            if (f.id() == 2) {
                throw new IllegalStateException("driver bug");
            }
        });
        assertThat(seen).containsExactly(1, 2, 3);
        assertThat(s.frames()).isEqualTo(3);
        assertThat(s.sinkErrors()).isEqualTo(1);
    }

    @Test
    void aPacedReplayDeliversEachFrameAtItsLoggedOffset() throws IOException {
        Path log = log("(1.000) can0 001#", "(1.020) can0 002#", "(1.100) can0 003#");
        ManualClock clock = new ManualClock(0);
        List<Long> deliveredAtNs = new ArrayList<>();
        CandumpSource.replay(log, new ReplayPacer(clock, clock::advanceNs, 1.0), f -> deliveredAtNs.add(clock.nowNs()));
        assertThat(deliveredAtNs).containsExactly(0L, 20_000_000L, 100_000_000L);
    }

    @Test
    void anInterruptWhilePacingEndsTheReplay() throws IOException {
        Path log = log("(1.0) can0 001#", "(2.0) can0 002#", "(3.0) can0 003#");
        List<Integer> seen = new ArrayList<>();
        ReplayPacer interrupted = new ReplayPacer(new ManualClock(0), ns -> {
            throw new InterruptedException("stop");
        }, 1.0);
        CanFrameSource.Summary s = CandumpSource.replay(log, interrupted, f -> seen.add(f.id()));
        assertThat(seen).containsExactly(1);
        assertThat(s.frames()).isEqualTo(1);
        assertThat(Thread.interrupted()).as("the interrupt is kept for the caller").isTrue();
    }

    @Test
    void closeStopsAReplayAfterTheCurrentLine() throws IOException {
        Path log = log("(1.0) can0 001#", "(2.0) can0 002#", "(3.0) can0 003#");
        CandumpSource source = new CandumpSource(log);
        List<Integer> seen = new ArrayList<>();
        CanFrameSource.Summary s = source.run(f -> {
            seen.add(f.id());
            source.close();
        });
        assertThat(seen).containsExactly(1);
        assertThat(s.frames()).isEqualTo(1);
        assertThatThrownBy(() -> source.run(f -> { })).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already run");
    }

    @Test
    void missingFileIsAnIoErrorNamingIt() {
        Path missing = dir.resolve("missing.log");
        assertThatThrownBy(() -> CandumpSource.replay(missing, f -> { }))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining("missing.log");
    }
}
