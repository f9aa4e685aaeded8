package io.avstack.system.fusion;

import io.avstack.core.geom.TransformTree;
import io.avstack.core.msg.TrackedObject;
import io.avstack.fusion.config.FusionConfig;
import io.avstack.sim.run.SimCalibration;
import io.avstack.vehicle.fusion.CnnDetections;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Issue 5's closed-loop acceptance with the REAL detectors: the committed camera CenterNet and lidar
 * BEV CenterNet (CPU) and the radar clusterer, on the simulated sensors of {@code fusion-crossing.yaml}
 * (lead car, oncoming car and truck passing the ego, a pedestrian crossing in front of the lead car,
 * a cyclist crossing behind the oncoming car). The same checks as the truth-noise variant
 * ({@link ClosedLoopAcceptance}, settling rule in {@link ClosedLoopRun} and docs/FUSION.md): every
 * actor within 60 m tracked with position error < 0.5 m and velocity error < 0.5 m/s once settled,
 * no misses once in view, one track id per actor through the crossings, no false tracks.
 *
 * <p>Disabled: it still fails with the committed detectors (measured 2026-11-23 by replaying a
 * recording of this run, {@link FusionReplay}; docs/FUSION.md, "Closed-loop system test"). The side-on
 * cyclist that the lidar network calls a CAR is now tracked (its car box updates the cyclist track at
 * its near face: 2 misses instead of 31, 0.6 m instead of 2 m off), but 4 id switches remain and the
 * truck is tracked 1.0-1.2 m off at 35-45 m (the lidar network's truck boxes come out 1-2 m short at
 * the far end), the pedestrian is not detected by any sensor for 0.8 s while the oncoming car passes
 * beside it (8 misses, a new id) and the cyclist's first, camera-only track at 48 m has the camera's
 * range noise as velocity (8 m/s).
 */
@Disabled("fails with the committed CNNs: truck boxes short, pedestrian undetected beside a passing car; see the class comment")
class FusionClosedLoopCnnSystemTest {

    static CnnDetections detections;
    static ClosedLoopRun run;

    @BeforeAll
    static void run() {
        TransformTree tree = TransformTree.of(SimCalibration.load());
        detections = CnnDetections.load(TrackedObject.SENSOR_ALL, null, "cpu");
        run = new ClosedLoopRun(FusionConfig.defaults(), tree, detections);
    }

    @AfterAll
    static void close() {
        if (detections != null) {
            detections.close();
        }
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
