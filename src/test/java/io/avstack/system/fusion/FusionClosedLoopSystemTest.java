package io.avstack.system.fusion;

import io.avstack.core.geom.TransformTree;
import io.avstack.fusion.config.FusionConfig;
import io.avstack.fusion.node.SensorIds;
import io.avstack.fusion.truth.TruthNoiseParams;
import io.avstack.sim.run.SimCalibration;
import io.avstack.vehicle.fusion.TruthNoiseDetections;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fusion node in the closed simulator loop with detections from ground truth through the
 * truth-noise models (the tracker alone; {@link FusionClosedLoopCnnSystemTest} runs the real CNNs),
 * radar through the real clusterer: the multi-actor scenario {@code fusion-crossing.yaml} (lead car,
 * two oncoming vehicles passing the ego, a pedestrian crossing in front of the lead car, a cyclist
 * crossing behind an oncoming car) with every sensor model and the noisy ego state. Every actor
 * within 60 m is tracked with position error below 0.5 m and velocity error below 0.5 m/s once
 * settled ({@link ClosedLoopRun}), and no track id switches while the actors cross.
 */
class FusionClosedLoopSystemTest {

    static ClosedLoopRun run;

    @BeforeAll
    static void run() {
        TransformTree tree = TransformTree.of(SimCalibration.load());
        run = new ClosedLoopRun(FusionConfig.defaults(), tree,
                new TruthNoiseDetections(TruthNoiseParams.defaults(), tree, SensorIds.DEFAULT));
    }

    @Test
    void everyActorWithinRangeIsTrackedPreciselyOnceSettled() {
        ClosedLoopAcceptance.everyActorTrackedPrecisely(run, 1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void noActorWithinRangeIsMissedOnceInView() {
        ClosedLoopAcceptance.noActorMissedOnceInView(run);
    }

    @Test
    void idsDoNotSwitchWhileActorsCross() {
        ClosedLoopAcceptance.idsDoNotSwitch(run);
    }
}
