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
 * <p>Disabled: it still fails with the committed detectors (measured 2026-11-24, fusion12, by replaying a
 * recording of this run with {@link FusionReplay} {@code acceptance}, which the live test matches: it
 * fails first on actor 1 at 1.2 s and on the id switch; docs/FUSION.md, "Closed-loop system test"). No
 * actor in view is missed; what fails:
 * <ul>
 *   <li>57 settled frames off bounds (77 before fusion12). The crossing cyclist (actor 5), standing at
 *       the kerb 45-10 m ahead after crossing (7.3-12.0 s): 36 frames, 30 of them 0.50-0.76 m off and
 *       19 of them 0.50-1.57 m/s off. The lidar network boxes it along the line of sight (weak
 *       2.2-2.4 m CYCLIST boxes centred 0.8 m beyond it, a CAR box whose near face is on it), the
 *       radar sees its near end 1 m from its centre, the camera's bottom centre has 0.3 m of bearing
 *       bias at 30 Hz. The truck (actor 3): 20 frames; 2 at 30-45 m (0.53 m at 8.1 s, 0.54 m/s at
 *       9.1 s), 18 as it passes the ego (9.8-11.7 s): one lidar box 0.9 m short of the track, outside
 *       its gate, re-anchors it 1.0-1.2 m off (10.3-10.9 s), then 0.55-0.89 m/s after it passed. The
 *       lead car (actor 1): 0.51 m/s at 1.2 s (25 m).</li>
 *   <li>1 id switch: the cyclist's first track (radar and camera, 62-92 m, beyond this test's 60 m)
 *       was lost while no sensor detected the crossing cyclist for 3 s (3.0-6.1 s at 64-77 m: beyond
 *       camera and lidar range, missed by the radar); within 60 m it has one track (from 6.4 s).
 *       {@code MotScorer} counts the switch all the same.</li>
 *   <li>6 frames with a false track (the cyclist's first camera track at 6.4 s lies 2.3 m off).</li>
 * </ul>
 */
@Disabled("fails with the committed CNNs: a standing side-on cyclist boxed along the line of sight (0.5-0.8 m, up to 1.6 m/s off), the truck as it passes the ego (up to 1.2 m off), one id switch beyond 60 m; see the class comment")
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
