package io.avstack.system.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.bus.Bus;
import io.avstack.core.codec.ProtoCodec;
import io.avstack.core.time.Clock;
import io.avstack.sim.run.HostedNode;
import io.avstack.sim.run.LockstepRunner;
import io.avstack.sim.run.ModelSensors;
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

    static LockstepRunner.Builder withLidarAndRadar(long seed, double durationS) {
        return LockstepRunner.builder(TenActorScenario.setup(seed, durationS))
                .optSensor(ModelSensors.lidarTop(seed))
                .optSensor(ModelSensors.radarFront(seed));
    }

    /** Runs {@code durationS} of the scenario with lidar and radar, hashing the bus. */
    private static Outcome runOnce(long seed, double durationS) {
        BusDigest digest = new BusDigest();
        RunMetrics m = withLidarAndRadar(seed, durationS).optNode(digest).build().run();
        return new Outcome(m, digest.hex(), digest.messages);
    }

    @Test
    void sameScenarioAndSeedGiveByteIdenticalReportAndBusTraffic() {
        // 15 s: the braking car and the pedestrian's start are in it; hashing every lidar scan is the cost
        Outcome first = runOnce(7, 15);
        Outcome second = runOnce(7, 15);
        String reportA = RunReports.toJson(List.of(first.metrics()), false);
        String reportB = RunReports.toJson(List.of(second.metrics()), false);
        assertThat(reportA).isEqualTo(reportB);
        assertThat(reportA).doesNotContain("wall_time_s\" : 0.0" + "1"); // timing is zeroed, not dropped
        assertThat(first.messages()).isEqualTo(second.messages()).isGreaterThan(2000);
        assertThat(first.busSha()).isEqualTo(second.busSha());
        assertThat(first.metrics().simTimeS()).isEqualTo(15.0);
        System.out.printf(Locale.ROOT, "ten-actor scenario: %d messages, bus sha256 %s%n%s%n", first.messages(),
                first.busSha(), first.metrics().summaryLine());
    }

    @Test
    void differentSeedsGiveDifferentSensorNoise() {
        assertThat(runOnce(7, 1).busSha()).isNotEqualTo(runOnce(8, 1).busSha());
    }
}
