package io.avstack.system.regress;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.sim.run.HostedNode;
import io.avstack.sim.run.LockstepRunner;
import io.avstack.sim.run.SimSetup;
import io.avstack.core.log.DriveLogMetadata;
import io.avstack.core.log.DriveLogReader;
import io.avstack.core.log.DriveLogWriter;
import io.avstack.core.log.LoggedRecord;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.Pose;
import io.avstack.vehicle.replay.MessageDiff;
import io.avstack.vehicle.replay.ReplayResult;
import io.avstack.vehicle.replay.ReplayRunner;
import io.avstack.vehicle.stack.SimStack;
import io.avstack.vehicle.stack.SimStacks;
import io.avstack.system.CliHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Process replay: committed reference logs reproduce exactly; a behaviour change is caught. */
class ReplayTest {

    /** Recorded with: avstack sim scenarios/ccrs.yaml --param egoSpeedKph=30 --param overlapPct=100 --sensors truth --record ... */
    private static final Path REFERENCE = Path.of("src", "test", "resources", "replay", "ccrs-builtin.avlog");
    private static final Path REPO = Path.of("..");

    /**
     * The full stack (camera and lidar CNNs, radar clustering, fusion, planner, safety) on a 1 s CCRs
     * run. Recorded from the repository root with the tests' CPU kernels: ONEDNN_MAX_CPU_ISA=SSE41 avstack sim
     * src/test/resources/replay/ccrs-short.yaml --stack full --record src/test/resources/replay/ccrs-short-full.avlog
     */
    private static final Path FULL_REFERENCE = Path.of("src", "test", "resources", "replay", "ccrs-short-full.avlog");

    private final CliHarness cli = new CliHarness();

    @TempDir
    Path tmp;

    private int run(String... args) {
        return cli.run(args);
    }

    private static Path reference() {
        Path p = REPO.resolve(REFERENCE);
        assertThat(p).exists();
        return p;
    }

    @Test
    void referenceLogReplaysWithZeroDifferences() {
        int code = run("replay", reference().toString(), "--compare", "--scenario-root", REPO.toString());
        assertThat(code).as(cli.both()).isZero();
        assertThat(cli.out()).contains("identical").contains("control/command=");
    }

    @Test
    void fullStackReferenceLogReplaysWithZeroDifferences() {
        Path log = REPO.resolve(FULL_REFERENCE);
        assertThat(log).exists();
        int code = run("replay", log.toString(), "--compare", "--scenario-root", REPO.toString());
        assertThat(code).as(cli.both()).isZero();
        assertThat(cli.out()).contains("identical").contains("fusion/objects=").contains("planning/trajectory=")
                .contains("safety/status=").contains("control/command=");
    }

    @Test
    void aLogFromMachineWithOtherKernelsIsComparedWithinTheirRoundingAndStillCatchesAPlannerChange() throws Exception {
        Path foreign = tmp.resolve("foreign.avlog");
        copyWithFingerprint(REPO.resolve(FULL_REFERENCE), foreign, "0000000000000000");
        int code = run("replay", foreign.toString(), "--compare", "--scenario-root", REPO.toString());
        assertThat(code).as(cli.both()).isZero();
        assertThat(cli.out()).contains("note: recorded with CNN kernel fingerprint 0000000000000000")
                .contains("1e-04 relative").contains("identical");
        ReplayResult changed = ReplayRunner.replay(foreign, FULL_FASTER_PLANNER, REPO);
        assertThat(changed.kernelNote()).contains("0000000000000000");
        assertThat(changed.identical()).isFalse();
    }

    @Test
    void floatsDifferingInTheLastBitsMatchOnlyAcrossKernels() {
        var logged = new EgoState(Header.of("map", 0, 0), Pose.planar(1, 2, 0.1), 10.0, 0, 0, 0);
        var rounded = new EgoState(Header.of("map", 0, 0), Pose.planar(1, 2, 0.1), 10.0 * (1 + 1e-7), 0, 0, 0);
        var changed = new EgoState(Header.of("map", 0, 0), Pose.planar(1, 2, 0.1), 11.0, 0, 0, 0);
        assertThat(MessageDiff.firstDifference(logged, rounded)).isPresent();
        assertThat(MessageDiff.firstDifference(logged, rounded, MessageDiff.ACROSS_KERNELS)).isEmpty();
        assertThat(MessageDiff.firstDifference(logged, changed, MessageDiff.ACROSS_KERNELS)).get().asString()
                .contains("logged 10.0, replayed 11.0");
    }

    /** {@code from} as written on a machine whose kernel fingerprint is {@code fingerprint}. */
    private static void copyWithFingerprint(Path from, Path to, String fingerprint) throws Exception {
        try (DriveLogReader r = DriveLogReader.open(from)) {
            DriveLogMetadata m = r.metadata();
            Map<String, String> props = new LinkedHashMap<>(m.properties());
            assertThat(props).containsKey("cnn.fingerprint");
            props.put("cnn.fingerprint", fingerprint);
            try (DriveLogWriter w = DriveLogWriter.create(to, new DriveLogMetadata(m.scenario(), m.seed(),
                    m.startTimeNs(), props))) {
                for (LoggedRecord rec = r.next(); rec != null; rec = r.next()) {
                    w.appendEncoded(rec.topic(), rec.logTimeNs(), rec.decode().getClass().getSimpleName(),
                            rec.envelope());
                }
            }
        }
    }

    /** The full stack whose planner holds 1 m/s more set speed: a deliberate planner change (fusion and safety as they were). */
    private static final SimStack FULL_FASTER_PLANNER = new SimStack() {
        @Override
        public String name() {
            return SimStacks.FULL.name();
        }

        @Override
        public void addSensors(LockstepRunner.Builder builder, SimSetup setup) {
            SimStacks.FULL.addSensors(builder, setup);
        }

        @Override
        public List<HostedNode> nodes(SimSetup s) {
            return SimStacks.FULL.nodes(new SimSetup(s.name(), s.parameters(), s.seed(), s.road(), s.egoParams(),
                    s.egoStart(), s.targetSpeedMps() + 1.0, s.actors(), s.durationS(), s.routeLengthM(), s.criteria()));
        }

        @Override
        public List<String> inputTopics() {
            return SimStacks.FULL.inputTopics();
        }

        @Override
        public List<String> outputTopics() {
            return SimStacks.FULL.outputTopics();
        }
    };

    @Test
    void aChangedPlannerInTheFullStackIsDetectedByCompare() throws Exception {
        ReplayResult changed = ReplayRunner.replay(REPO.resolve(FULL_REFERENCE), FULL_FASTER_PLANNER, REPO);
        assertThat(changed.identical()).isFalse();
        // fusion is untouched; the planner's outputs and the final command downstream of it differ
        assertThat(changed.firstDifference().orElseThrow()).containsAnyOf("avstack/ego/planning/", "avstack/ego/control/command")
                .contains("logged");
    }

    /** The built-in driver with a different target speed: a deliberate change of the "planner". */
    private static final SimStack CHANGED = new SimStack() {
        @Override
        public String name() {
            return "builtin";
        }

        @Override
        public void addSensors(LockstepRunner.Builder builder, SimSetup setup) {
        }

        @Override
        public List<HostedNode> nodes(SimSetup s) {
            SimSetup faster = new SimSetup(s.name(), s.parameters(), s.seed(), s.road(), s.egoParams(), s.egoStart(),
                    s.targetSpeedMps() + 1.0, s.actors(), s.durationS(), s.routeLengthM(), s.criteria());
            return SimStacks.BUILTIN.nodes(faster);
        }

        @Override
        public List<String> inputTopics() {
            return SimStacks.BUILTIN.inputTopics();
        }

        @Override
        public List<String> outputTopics() {
            return SimStacks.BUILTIN.outputTopics();
        }
    };

    @Test
    void aChangedPlannerIsDetectedAndUpdateRefsAcceptsIt() throws Exception {
        Path log = tmp.resolve("ref.avlog");
        Files.copy(reference(), log, StandardCopyOption.REPLACE_EXISTING);
        ReplayResult changed = ReplayRunner.replay(log, CHANGED, REPO);
        assertThat(changed.identical()).isFalse();
        assertThat(changed.firstDifference().orElseThrow())
                .startsWith("avstack/ego/control/command message #").contains("accel_mps2: logged");

        ReplayResult updated = ReplayRunner.updateReference(log, CHANGED, REPO);
        assertThat(updated.identical()).isFalse();
        assertThat(ReplayRunner.replay(log, CHANGED, REPO).identical()).isTrue();
        assertThat(ReplayRunner.replay(log, SimStacks.BUILTIN, REPO).identical()).isFalse();
    }

    @Test
    void freshRecordingReplaysIdentically() {
        Path log = tmp.resolve("run.avlog");
        assertThat(run("sim", REPO.resolve("scenarios/traffic-light-turns-red.yaml").toString(),
                "--param", "yellowAtS=5", "--sensors", "truth", "--record", log.toString())).as(cli.err()).isZero();
        assertThat(run("replay", log.toString(), "--compare")).as(cli.both()).isZero();
    }

    @Test
    void logWithoutRunIdentityIsRejectedByName() throws Exception {
        Path log = tmp.resolve("plain.avlog");
        try (var w = io.avstack.core.log.DriveLogWriter.create(log, io.avstack.core.log.DriveLogMetadata.of("x", 1))) {
            w.flush();
        }
        assertThat(run("replay", log.toString(), "--compare")).isEqualTo(2);
        assertThat(cli.err()).contains(log.toString()).contains("scenario.file");
        assertThat(run("replay", tmp.resolve("missing.avlog").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("drive log not found");
    }
}
