package io.avstack.system.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.geom.SensorCalibration;
import io.avstack.core.msg.ObjectClass;
import io.avstack.perception.camera.BundledCameraModel;
import io.avstack.perception.camera.CameraDetector;
import io.avstack.perception.nn.TorchThreads;
import io.avstack.sim.run.SimCalibration;
import io.avstack.vehicle.train.CameraEvaluation;
import io.avstack.vehicle.train.RoadCatalogue;
import io.avstack.vehicle.train.SeedRanges;
import io.avstack.vehicle.train.SimDatasetGenerator;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed camera weights still see: AP@0.5 (ground truth within 50 m) on a small held-out
 * set, against floors a little under the acceptance bar (car 0.85, pedestrian 0.70 on 200 frames
 * of `avstack eval camera`), so a broken or badly retrained model cannot land. The frames come
 * from an evaluation run seed no training run uses (SeedRanges), different from the CLI's default.
 */
class CameraAccuracyFloorTest {

    /** Evaluation run seed of this test's frames. */
    private static final long RUN_SEED = 7;
    private static final int FRAMES = 60;
    /** The session-14 weights measure car 0.968 and pedestrian 0.786 on these frames. */
    static final double CAR_AP_FLOOR = 0.90;
    static final double PEDESTRIAN_AP_FLOOR = 0.70;
    /**
     * Range error ceiling at 30-50 m, against the acceptance bar of 0.10 (200 frames). The session-14
     * weights with their calibration measure 0.098 on these frames (0.083-0.098 on 200 frames of
     * seeds 0, 1, 2, 7 and 11); the weights before them 0.144 here. A little above the bar: 60 frames
     * hold few objects at 30-50 m, so their mean moves by a hundredth between sound models.
     */
    static final double RANGE_ERROR_30_50_CEILING = 0.12;

    @Test
    void bundledWeightsMeetTheAccuracyFloorsOnHeldOutFrames() {
        TorchThreads.setIntraOp(1);
        SensorCalibration cam = SimCalibration.load().sensor(SimCalibration.CAMERA_FRONT);
        SimDatasetGenerator gen = new SimDatasetGenerator(cam, RoadCatalogue.withFolder(Path.of("../scenarios/roads")),
                SimDatasetGenerator.defaultOptions(cam));
        assertThat(SeedRanges.splitOf(SeedRanges.frameSeed(SeedRanges.Split.EVAL, RUN_SEED, 0)))
                .isEqualTo(SeedRanges.Split.EVAL);
        CameraEvaluation.Result r;
        try (CameraDetector detector = BundledCameraModel.load(
                BundledCameraModel.config().withScoreThreshold(0.05), "cpu")) {
            r = CameraEvaluation.run(detector, gen, cam, RUN_SEED, FRAMES);
        }
        String summary = "AP " + r.ap() + ", range error " + java.util.Arrays.toString(r.rangeError());
        assertThat(r.ap().get(ObjectClass.CAR)).as(summary).isGreaterThanOrEqualTo(CAR_AP_FLOOR);
        assertThat(r.ap().get(ObjectClass.PEDESTRIAN)).as(summary).isGreaterThanOrEqualTo(PEDESTRIAN_AP_FLOOR);
        assertThat(r.rangeError()[2]).as(summary).isLessThanOrEqualTo(RANGE_ERROR_30_50_CEILING);
    }
}
