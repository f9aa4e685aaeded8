package io.avstack.system.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.geom.SensorCalibration;
import io.avstack.core.msg.Detection2D;
import io.avstack.perception.camera.GroundPlaneRanger;
import io.avstack.perception.camera.LabelledBox;
import io.avstack.sim.run.SimCalibration;
import io.avstack.vehicle.train.RoadCatalogue;
import io.avstack.vehicle.train.SeedRanges;
import io.avstack.vehicle.train.SimDatasetGenerator;
import java.nio.file.Path;
import java.util.Arrays;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

/**
 * The renderer's own label boxes, ranged by {@link GroundPlaneRanger} with the calibration the
 * renderer drew them with, come back at their true range without bias: the ranger and the labels
 * (hence the detector trained on them) agree on where a box's bottom edge is. Reading the box
 * bottom as a pixel centre, as the ranger once did, gave a median of -2.4 to -2.7 % at 30-50 m on
 * these frames; the half-pixel rasterisation itself averages out.
 */
class CameraRangeConventionTest {

    private static final long RUN_SEED = 3;
    private static final int FRAMES = 80;

    @Test
    void labelBoxesAt30To50MRangeToTheirTrueDistanceWithoutBias() {
        SensorCalibration cam = SimCalibration.load().sensor(SimCalibration.CAMERA_FRONT);
        SimDatasetGenerator gen = new SimDatasetGenerator(cam, RoadCatalogue.withFolder(Path.of("../scenarios/roads")),
                SimDatasetGenerator.defaultOptions(cam));
        GroundPlaneRanger ranger = new GroundPlaneRanger(cam.intrinsics(), cam.extrinsics());
        Vector3d ground = new Vector3d();
        double[] rel = new double[FRAMES * 10];
        int n = 0;
        for (int i = 0; i < FRAMES; i++) {
            SimDatasetGenerator.Frame f = gen.frame(SeedRanges.frameSeed(SeedRanges.Split.EVAL, RUN_SEED, i));
            for (LabelledBox b : f.labels()) {
                if (b.distanceM() < 30 || b.distanceM() >= 50 || n == rel.length) {
                    continue;
                }
                Detection2D box = new Detection2D(b.cls(), 1, b.xMinPx(), b.yMinPx(), b.xMaxPx(), b.yMaxPx());
                // A label whose bottom is hidden behind another object can sit at the horizon: no ground point.
                if (ranger.position(box, ground)) {
                    double rangeM = Math.hypot(ground.x - cam.extrinsics().xM(), ground.y - cam.extrinsics().yM());
                    rel[n++] = (rangeM - b.distanceM()) / b.distanceM();
                }
            }
        }
        assertThat(n).as("labels at 30-50 m").isGreaterThan(40);
        double[] sorted = Arrays.copyOf(rel, n);
        Arrays.sort(sorted);
        double median = sorted[n / 2];
        assertThat(median).as("median signed relative range error of %d label boxes", n).isCloseTo(0, within(0.01));
    }
}
