package io.avstack.system.fusion;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.geom.TransformTree;
import io.avstack.core.msg.TrackedObject;
import io.avstack.fusion.config.FusionConfig;
import io.avstack.sim.run.SimCalibration;
import io.avstack.vehicle.fusion.CnnDetections;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
 * <p>All three acceptance checks run since session 20 (measured 2026-11-25 with {@link FusionReplay}
 * {@code acceptance}, which agrees with this test; docs/FUSION.md, "Closed-loop system test"): MOTA
 * 0.935, no id switch, no false track, no miss, every settled frame within the bounds (worst velocity
 * errors 0.36-0.47 m/s, the truck behind the ego 0.47; worst position error 0.39 m). The last frame off
 * had been the cyclist (actor 5) standing side-on at the kerb at 25 m, 10.0 s, at 0.52 m/s: its
 * standing model followed a run of camera bearings 0.15-0.25 m to one side, which the filter took for
 * independent frames; session 20's persistent part of the camera bearing's error (0.008 rad added
 * to one frame's 0.006 in track updates: the detector's errors last over frames) took it to 0.40 m/s.
 * Session 14's shipped camera had made it worse (MOTA 0.738, 3 id switches, 57 frames off); session
 * 15's fusion changes brought it to MOTA 0.863 (1 id switch, 11 false-track frames, 20 frames off);
 * session 16's lidar, which now sees a side-on cyclist as wheels and a rider (not a wall it took for a
 * car's rear) and was fine-tuned on such scans, removed the false CAR track and the cyclist's second
 * track (0.905, 9 misses, 14 frames off); session 17's tracker (radar clusters of a track cut by the
 * radar's field of view, lidar boxes beside a truck, weak lidar detections holding up and starting
 * tentative tracks, a new track's acceleration as anisotropic as its process noise) took the truck
 * passing the ego, the far pedestrian and cyclist and the lead car's first second off the list;
 * session 18's (radar clusters on a truck looser by the width they do not span) the truck's frame at
 * 44 m; session 19's (camera misses of small far objects count less) the cyclist's miss (the dusk
 * camera's misses had held its existence under 0.75 at 48 m, 6.9 s).
 * {@link #theCommittedDetectorsTrackThisScenarioNoWorseThanMeasured} keeps it from sliding back.
 */
class FusionClosedLoopCnnSystemTest {

    /** Floors of {@link #theCommittedDetectorsTrackThisScenarioNoWorseThanMeasured()}. */
    private static final double MIN_MOTA = 0.92;
    private static final long MAX_FRAMES_OFF = 4;
    private static final int MAX_MISSES = 1;

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

    /**
     * What holds with the committed detectors, short of the acceptance: every actor tracked, MOTA
     * within 60 m at least {@link #MIN_MOTA}, at most two id switches, at most {@link #MAX_FRAMES_OFF}
     * settled frames off the error bounds and at most {@link #MAX_MISSES} misses once in view.
     * Measured (session 20, {@link FusionReplay} {@code acceptance}): MOTA 0.935, no id switch, no frame
     * off, no miss. Fails
     * when the tracking with the real detectors regresses; the floors sit below the measurement so
     * that another CPU's kernels (docs/DETERMINISM.md) do not fail it.
     */
    @Test
    void theCommittedDetectorsTrackThisScenarioNoWorseThanMeasured() {
        assertThat(new TreeSet<>(run.held().stream().map(ClosedLoopRun.Sample::actorId).toList()))
                .as("every actor of the scenario is scored").containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(run.result.mota()).as("MOTA within 60 m").isGreaterThanOrEqualTo(MIN_MOTA);
        assertThat(run.result.idSwitches()).as("id switches").isLessThanOrEqualTo(2);
        long off = run.held().stream().filter(s -> s.posErrM() >= ClosedLoopAcceptance.MAX_POS_ERR_M
                || s.velErrMps() >= ClosedLoopAcceptance.MAX_VEL_ERR_MPS).count();
        assertThat(off).as("settled frames off the 0.5 m / 0.5 m/s bounds").isLessThanOrEqualTo(MAX_FRAMES_OFF);
        assertThat(run.missesOnceInView()).as("misses once in view").hasSizeLessThanOrEqualTo(MAX_MISSES);
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
