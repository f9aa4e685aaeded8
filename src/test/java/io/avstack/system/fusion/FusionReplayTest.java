package io.avstack.system.fusion;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.geom.TransformTree;
import io.avstack.core.log.DriveLogMetadata;
import io.avstack.core.log.DriveLogWriter;
import io.avstack.fusion.config.FusionConfig;
import io.avstack.fusion.eval.MotResult;
import io.avstack.fusion.node.SensorIds;
import io.avstack.fusion.truth.TruthNoiseParams;
import io.avstack.sim.run.LockstepRunner;
import io.avstack.sim.run.ScenarioSetups;
import io.avstack.sim.run.SimCalibration;
import io.avstack.sim.run.SimSetup;
import io.avstack.sim.scenario.ScenarioLoader;
import io.avstack.vehicle.fusion.Combination;
import io.avstack.vehicle.fusion.FusionEvaluation;
import io.avstack.vehicle.fusion.TruthNoiseDetections;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link FusionReplay}: a recording written and read back, or converted from a drive log, replays to
 * exactly the live run's scores.
 */
class FusionReplayTest {

    @Test
    void aReplayReproducesTheLiveRunExactly(@TempDir Path dir) throws Exception {
        TransformTree tree = TransformTree.of(SimCalibration.load());
        FusionConfig config = FusionConfig.defaults();
        List<FusionReplay.Event> live;
        try (TruthNoiseDetections source = new TruthNoiseDetections(TruthNoiseParams.defaults(), tree,
                SensorIds.DEFAULT)) {
            live = FusionReplay.record(ClosedLoopRun.SCENARIO, source, config, tree);
        }
        Path file = dir.resolve("run.rec");
        FusionReplay.write(live, file);
        assertThat(Files.size(file)).isPositive();
        List<FusionReplay.Event> read = FusionReplay.read(file);
        assertThat(read).hasSameSizeAs(live);

        MotResult recorded = FusionReplay.scoreRecorded(read, config, tree, 60, 1.0);
        MotResult replayed = FusionReplay.replay(read, config, tree, 60, 1.0, null, null);
        assertThat(recorded.frames()).isGreaterThan(50);
        assertThat(recorded.groundTruth()).isPositive();
        assertThat(replayed).isEqualTo(recorded);

        // the same inputs through a drive log, as a full-stack run records them, with a topic fusion does not read
        Path log = dir.resolve("run.avlog");
        try (DriveLogWriter w = DriveLogWriter.create(log, DriveLogMetadata.of("fusion-crossing", 1))) {
            long t = 0;
            for (FusionReplay.Event e : read) {
                w.append(LOG_TOPICS.get(e.kind()), t++, e.message());
                if (e.kind() == 'W') {
                    w.append(TopicNames.topic(LockstepRunner.VEHICLE_ID, StandardTopics.PLAN_STATUS), t++, e.message());
                }
            }
        }
        List<FusionReplay.Event> fromLog = FusionReplay.fromLog(log);
        assertThat(fromLog).hasSameSizeAs(read);
        assertThat(FusionReplay.replay(fromLog, config, tree, 60, 1.0, null, null)).isEqualTo(recorded);
    }

    @Test
    void aReplayOfSomeSensorsReproducesTheLiveEvaluationOfThatCombination() {
        TransformTree tree = TransformTree.of(SimCalibration.load());
        FusionConfig config = FusionConfig.defaults();
        SimSetup setup = ScenarioSetups.of(ScenarioLoader.load(ClosedLoopRun.SCENARIO, Map.of(), null).get(0));
        try (TruthNoiseDetections source = new TruthNoiseDetections(TruthNoiseParams.defaults(), tree,
                SensorIds.DEFAULT)) {
            List<FusionReplay.Event> recording = FusionReplay.record(ClosedLoopRun.SCENARIO, source, config, tree);
            FusionEvaluation.Settings settings = new FusionEvaluation.Settings(List.of(ClosedLoopRun.SCENARIO),
                    List.of(), null, setup.durationS(), 60, 2.0, 0.0);
            for (Combination c : List.of(Combination.LIDAR_RADAR, Combination.CAMERA)) {
                MotResult live = new FusionEvaluation(config, tree, source).runOne(setup, List.of(), c, settings, null);
                assertThat(live.groundTruth()).isPositive();
                assertThat(FusionReplay.replay(recording, c, config, tree, 60, 0.0, null, null)).as(c.name())
                        .isEqualTo(live);
            }
        }
    }

    private static final Map<Byte, String> LOG_TOPICS = Map.of(
            (byte) 'E', topic(StandardTopics.EGO_STATE), (byte) 'C', topic(StandardTopics.DETECTIONS_2D_FRONT),
            (byte) 'L', topic(StandardTopics.DETECTIONS_3D), (byte) 'R', topic(StandardTopics.RADAR_FRONT),
            (byte) 'W', topic(StandardTopics.OBJECTS), (byte) 'T', topic(StandardTopics.GROUND_TRUTH));

    private static String topic(String name) {
        return TopicNames.topic(LockstepRunner.VEHICLE_ID, name);
    }
}
