package io.avstack.system.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avstack.core.geom.SensorCalibration;
import io.avstack.core.msg.ObjectClass;
import io.avstack.perception.lidar.BevBox;
import io.avstack.perception.lidar.BevGrid;
import io.avstack.perception.lidar.LidarDetectorConfig;
import io.avstack.perception.lidar.LidarSample;
import io.avstack.perception.lidar.LidarSampleSource;
import io.avstack.sim.run.SimCalibration;
import io.avstack.vehicle.train.LidarDatasetGenerator;
import io.avstack.vehicle.train.RoadCatalogue;
import io.avstack.vehicle.train.SeedRanges;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LidarDatasetGeneratorTest {

    private static final SensorCalibration LIDAR = SimCalibration.load().sensor("lidar_top");
    private static final BevGrid GRID = BevGrid.defaults();

    private static LidarDatasetGenerator generator() {
        return new LidarDatasetGenerator(LIDAR, RoadCatalogue.withFolder(Path.of("../scenarios/roads")), GRID,
                LidarDatasetGenerator.DEFAULT_MIN_POINTS);
    }

    @Test
    void sameSeedGivesIdenticalPointsAndLabels() {
        LidarDatasetGenerator.Frame a = generator().frame(42);
        LidarDatasetGenerator.Frame b = generator().frame(42);
        assertThat(b.scan().xyzi()).isEqualTo(a.scan().xyzi());
        assertThat(b.vehicleXyzi()).isEqualTo(a.vehicleXyzi());
        assertThat(b.labels()).isEqualTo(a.labels());
        assertThat(generator().frame(43).scan().xyzi()).isNotEqualTo(a.scan().xyzi());
        LidarSample s = generator().sample(42);
        assertThat(generator().sample(42).xyzi()).isEqualTo(s.xyzi());
    }

    @Test
    void labelsSitOnTheirPointsInTheVehicleFrame() {
        LidarDatasetGenerator gen = generator();
        Set<ObjectClass> seen = EnumSet.noneOf(ObjectClass.class);
        int near = 0;
        int nearSeen = 0;
        for (long seed = 0; seed < 15; seed++) {
            LidarDatasetGenerator.Frame f = gen.frame(seed);
            for (LidarDatasetGenerator.Label l : f.labels()) {
                BevBox b = l.box();
                assertThat(LidarDetectorConfig.DEFAULT_CLASSES).contains(b.cls());
                assertThat(b.yawRad()).isBetween(-Math.PI, Math.PI);
                seen.add(b.cls());
                if (b.rangeM() < 20) {
                    // an object this near is hit by many beams unless something hides it; counting
                    // returns inside the wrong box (frame mix-up) would find none
                    near++;
                    nearSeen += l.points() >= LidarDatasetGenerator.DEFAULT_MIN_POINTS ? 1 : 0;
                }
            }
            // the ground is at z = 0 in the vehicle frame: most points are near it
            float[] p = f.vehicleXyzi();
            int ground = 0;
            for (int i = 0; i < f.scan().pointCount(); i++) {
                ground += Math.abs(p[4 * i + 2]) < 0.1 ? 1 : 0;
            }
            assertThat(ground).isGreaterThan(f.scan().pointCount() / 2);
        }
        assertThat(near).isPositive();
        assertThat(nearSeen).as("near objects with points on them").isGreaterThanOrEqualTo(near * 8 / 10);
        assertThat(seen).contains(ObjectClass.CAR, ObjectClass.PEDESTRIAN);
    }

    @Test
    void samplesKeepOnlyBoxesWithEnoughPointsInsideTheGrid() {
        LidarDatasetGenerator gen = generator();
        int kept = 0;
        int dropped = 0;
        for (long seed = 0; seed < 15; seed++) {
            LidarDatasetGenerator.Frame f = gen.frame(seed);
            LidarSample s = gen.sample(seed);
            for (LidarDatasetGenerator.Label l : f.labels()) {
                boolean want = l.points() >= gen.minPoints() && GRID.contains(l.box().xM(), l.box().yM());
                assertThat(s.boxes().contains(l.box())).as("seed %d %s", seed, l).isEqualTo(want);
                kept += want ? 1 : 0;
                dropped += want ? 0 : 1;
            }
        }
        assertThat(kept).isPositive();
        assertThat(dropped).isPositive();
    }

    @Test
    void trainingAndEvaluationSourcesUseDisjointSeeds() {
        LidarDatasetGenerator gen = generator();
        LidarSampleSource train = gen.source(SeedRanges.Split.TRAIN, 0, 3);
        LidarSampleSource eval = gen.source(SeedRanges.Split.EVAL, 0, 3);
        assertThat(train.size()).isEqualTo(3);
        assertThat(train.sample(1).xyzi()).isEqualTo(gen.sample(SeedRanges.frameSeed(SeedRanges.Split.TRAIN, 0, 1)).xyzi());
        assertThat(eval.sample(1).xyzi()).isEqualTo(gen.sample(SeedRanges.EVAL_BASE + 1).xyzi());
        assertThat(eval.sample(1).xyzi()).isNotEqualTo(train.sample(1).xyzi());
        assertThatThrownBy(() -> gen.source(SeedRanges.Split.TRAIN, SeedRanges.MAX_RUN_SEEDS, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
    @Test
    void vruScenesShowSideOnCyclistsAndLeaveTheOtherFramesAlone() {
        LidarDatasetGenerator plain = generator();
        LidarDatasetGenerator vru = new LidarDatasetGenerator(LIDAR,
                RoadCatalogue.withFolder(Path.of("../scenarios/roads")), GRID, LidarDatasetGenerator.DEFAULT_MIN_POINTS,
                0.5);
        int dense = 0;
        int sideOnCyclists = 0;
        int plainSideOn = 0;
        for (long seed = 0; seed < 30; seed++) {
            LidarDatasetGenerator.Frame f = vru.frame(seed);
            LidarDatasetGenerator.Frame p = plain.frame(seed);
            plainSideOn += sideOnCyclists(p);
            if (vru.vruDense(seed)) {
                dense++;
                sideOnCyclists += sideOnCyclists(f);
            } else {
                assertThat(f.scan().xyzi()).as("seed %d", seed).isEqualTo(p.scan().xyzi());
                assertThat(f.labels()).isEqualTo(p.labels());
            }
        }
        assertThat(dense).isBetween(8, 22);
        assertThat(plainSideOn).as("the usual scenes have none").isZero();
        assertThat(sideOnCyclists).isPositive();
        assertThatThrownBy(() -> new LidarDatasetGenerator(LIDAR, RoadCatalogue.withFolder(Path.of("../scenarios/roads")),
                GRID, 5, 1.5)).hasMessageContaining("vruSceneFraction").hasMessageContaining("1.5");
    }

    /** Cyclists within 50 m turned more than 60 degrees from the ego's heading. */
    private static int sideOnCyclists(LidarDatasetGenerator.Frame f) {
        int n = 0;
        for (LidarDatasetGenerator.Label l : f.labels()) {
            double turn = Math.abs(Math.IEEEremainder(l.box().yawRad(), Math.PI));
            if (l.box().cls() == ObjectClass.CYCLIST && l.box().rangeM() < 50 && turn > Math.toRadians(60)) {
                n++;
            }
        }
        return n;
    }
}
