package io.avstack.system.fusion;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.geom.TransformTree;
import io.avstack.fusion.config.FusionConfig;
import io.avstack.fusion.eval.MotResult;
import io.avstack.fusion.node.SensorIds;
import io.avstack.fusion.truth.TruthNoiseParams;
import io.avstack.sim.run.SimCalibration;
import io.avstack.vehicle.fusion.TruthNoiseDetections;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link FusionReplay}: a recording written and read back replays to exactly the live run's scores. */
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
    }
}
