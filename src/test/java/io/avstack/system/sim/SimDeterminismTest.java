package io.avstack.system.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.bus.Bus;
import io.avstack.core.codec.ProtoCodec;
import io.avstack.core.time.Clock;
import io.avstack.sim.run.HostedNode;
import io.avstack.sim.run.LockstepRunner;
import io.avstack.sim.run.RunMetrics;
import io.avstack.sim.run.RunReports;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Same scenario and seed, run twice: the same report and the same bus traffic, byte for byte. */
class SimDeterminismTest {

    /** Hashes topic, sim time and the protobuf encoding of every message on the bus, in delivery order. */
    private static final class BusDigest implements HostedNode {
        private final MessageDigest sha;
        private Clock clock;
        long messages;

        BusDigest() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void attach(Bus bus, Clock simClock) {
            this.clock = simClock;
            bus.subscribe("avstack/#", (topic, message) -> {
                sha.update(topic.getBytes(StandardCharsets.UTF_8));
                sha.update(Long.toString(clock.nowNs()).getBytes(StandardCharsets.US_ASCII));
                sha.update(ProtoCodec.INSTANCE.encode(message));
                messages++;
            });
        }

        String hex() {
            return HexFormat.of().formatHex(sha.digest());
        }
    }

    private record Outcome(RunMetrics metrics, String busSha, long messages) {
    }

    private static Outcome runOnce(long seed) {
        BusDigest digest = new BusDigest();
        RunMetrics m = LockstepRunner.builder(TenActorScenario.setup(seed)).optNode(digest).build().run();
        return new Outcome(m, digest.hex(), digest.messages);
    }

    @Test
    void sameScenarioAndSeedGiveByteIdenticalReportAndBusTraffic() {
        Outcome first = runOnce(7);
        Outcome second = runOnce(7);
        String reportA = RunReports.toJson(List.of(first.metrics()), false);
        String reportB = RunReports.toJson(List.of(second.metrics()), false);
        assertThat(reportA).isEqualTo(reportB);
        assertThat(reportA).doesNotContain("wall_time_s\" : 0.0" + "1"); // timing is zeroed, not dropped
        assertThat(first.messages()).isEqualTo(second.messages()).isGreaterThan(3000);
        assertThat(first.busSha()).isEqualTo(second.busSha());
        // 60 s: 50 Hz ego state + 10 Hz ground truth + 50 Hz commands, less what a collision cut short
        assertThat(first.metrics().simTimeS()).isPositive();
        System.out.printf(Locale.ROOT, "ten-actor scenario: %d messages, bus sha256 %s%n%s%n", first.messages(),
                first.busSha(), first.metrics().summaryLine());
    }

    @Test
    void headlessRealtimeFactorOfTheTenActorScenario() {
        LockstepRunner.builder(TenActorScenario.setup(1)).build().run(); // warm-up (JIT)
        RunMetrics m = LockstepRunner.builder(TenActorScenario.setup(1)).build().run();
        // a measurement to read in the test output, never asserted (no wall-clock assertions)
        System.out.printf(Locale.ROOT, "headless realtime factor, 10 actors, ground truth + ego state only:"
                + " %.0fx (%.1f s simulated in %.3f s)%n", m.realtimeFactor(), m.simTimeS(), m.wallTimeS());
        assertThat(m.simTimeS()).isPositive();
    }
}
