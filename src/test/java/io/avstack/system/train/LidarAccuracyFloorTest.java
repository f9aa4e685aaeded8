package io.avstack.system.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.geom.SensorCalibration;
import io.avstack.core.msg.ObjectClass;
import io.avstack.perception.lidar.BundledLidarModel;
import io.avstack.perception.lidar.LidarDetector;
import io.avstack.perception.nn.TorchThreads;
import io.avstack.sim.run.SimCalibration;
import io.avstack.vehicle.train.LidarDatasetGenerator;
import io.avstack.vehicle.train.LidarEvaluation;
import io.avstack.vehicle.train.RoadCatalogue;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A broken lidar model cannot land: the committed weights (as the stack loads them, from the
 * classpath) are evaluated on 40 held-out scans
 * (evaluation run seed 1, not the seed of the documented headline numbers) against floors a little
 * below the targets (car BEV AP@0.5 >= 0.90 on the full evaluation), and a cyclist floor:
 * the simulated lidar sees a cyclist as its wheels and rider ({@code ActorParts}), and weights
 * trained before that (the solid-box cyclists) score 0.04 there; the committed ones 0.83
 * (docs/LIDAR-DETECTOR.md, "Pedestrians and cyclists built of parts").
 */
class LidarAccuracyFloorTest {

    static final double CAR_AP_FLOOR = 0.85;
    static final double CYCLIST_AP_FLOOR = 0.6;

    @Test
    void committedWeightsKeepCarAndCyclistApAboveTheFloors() {
        TorchThreads.setIntraOp(1);
        SensorCalibration lidar = SimCalibration.load().sensor("lidar_top");
        try (LidarDetector detector = BundledLidarModel.load(lidar.extrinsics(), "cpu")) {
            LidarDatasetGenerator gen = new LidarDatasetGenerator(lidar,
                    RoadCatalogue.withFolder(Path.of("../scenarios/roads")), detector.config().grid(),
                    LidarDatasetGenerator.DEFAULT_MIN_POINTS);
            LidarEvaluation.Result r = LidarEvaluation.run(detector, gen, 1, 40);
            assertThat(r.truths().get(ObjectClass.CAR)).as("evaluated cars").isGreaterThan(30);
            assertThat(r.ap().get(ObjectClass.CAR)).as("car BEV AP@0.5, %s", r.ap()).isGreaterThanOrEqualTo(CAR_AP_FLOOR);
            assertThat(r.truths().get(ObjectClass.CYCLIST)).as("evaluated cyclists").isGreaterThan(10);
            assertThat(r.ap().get(ObjectClass.CYCLIST)).as("cyclist BEV AP@0.5, %s", r.ap())
                    .isGreaterThanOrEqualTo(CYCLIST_AP_FLOOR);
            assertThat(detector.rejectedCount()).isZero();
            assertThat(detector.failedCount()).isZero();
        }
    }
}
