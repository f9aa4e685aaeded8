package io.avstack.system.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avstack.core.geom.SensorCalibration;
import io.avstack.core.msg.ObjectClass;
import io.avstack.perception.camera.DetectorConfig;
import io.avstack.perception.camera.LabelledBox;
import io.avstack.perception.camera.TrainingSample;
import io.avstack.sim.run.SimCalibration;
import io.avstack.vehicle.train.RoadCatalogue;
import io.avstack.vehicle.train.SeedRanges;
import io.avstack.vehicle.train.SimDatasetGenerator;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimDatasetGeneratorTest {

    private static final SensorCalibration CAM = SimCalibration.load().sensor(SimCalibration.CAMERA_FRONT);

    private static SimDatasetGenerator generator() {
        return new SimDatasetGenerator(CAM, RoadCatalogue.withFolder(Path.of("../scenarios/roads")),
                SimDatasetGenerator.defaultOptions(CAM));
    }

    @Test
    void sameSeedGivesIdenticalImageBytesAndLabels() {
        SimDatasetGenerator.Frame a = generator().frame(42);
        SimDatasetGenerator.Frame b = generator().frame(42);
        assertThat(b.image().data()).isEqualTo(a.image().data());
        assertThat(b.labels()).isEqualTo(a.labels());
        assertThat(generator().frame(43).image().data()).isNotEqualTo(a.image().data());
    }

    @Test
    void labelsAreTheTightBoxesOfTheirActorsPixelsInsideTheImage() {
        SimDatasetGenerator gen = generator();
        Set<ObjectClass> seen = EnumSet.noneOf(ObjectClass.class);
        int labels = 0;
        for (long seed = 0; seed < 12; seed++) {
            SimDatasetGenerator.Frame f = gen.frame(seed);
            int w = f.image().widthPx();
            int h = f.image().heightPx();
            for (int i = 0; i < f.labels().size(); i++) {
                LabelledBox b = f.labels().get(i);
                long id = f.labelActorIds().get(i);
                assertThat(b.xMinPx()).isGreaterThanOrEqualTo(0);
                assertThat(b.yMinPx()).isGreaterThanOrEqualTo(0);
                assertThat(b.xMaxPx()).isLessThanOrEqualTo(w);
                assertThat(b.yMaxPx()).isLessThanOrEqualTo(h);
                assertThat(b.heightPx()).isGreaterThanOrEqualTo(10);
                assertThat(b.distanceM()).isBetween(0.0, 80.0);
                assertThat(DetectorConfig.DEFAULT_CLASSES).contains(b.cls());
                int[] tight = tightBox(f.actorIds(), w, h, id);
                assertThat(tight).as("seed %d label %d", seed, i)
                        .containsExactly((int) b.xMinPx(), (int) b.yMinPx(), (int) b.xMaxPx(), (int) b.yMaxPx());
                seen.add(b.cls());
                labels++;
            }
        }
        assertThat(labels).isGreaterThan(10);
        assertThat(seen).contains(ObjectClass.CAR, ObjectClass.PEDESTRIAN);
    }

    private static SimDatasetGenerator generator(double vruSceneFraction) {
        return new SimDatasetGenerator(CAM, RoadCatalogue.withFolder(Path.of("../scenarios/roads")),
                new SimDatasetGenerator.Options(0.3, 10, 640, 480, 12, vruSceneFraction));
    }

    /** The VRU-dense share is what was asked for, decided per seed. */
    @Test
    void vruDenseFramesAreTheRequestedShare() {
        SimDatasetGenerator half = generator(0.5);
        SimDatasetGenerator none = generator(0);
        SimDatasetGenerator all = generator(1);
        int dense = 0;
        for (long seed = 0; seed < 1000; seed++) {
            dense += half.vruDense(seed) ? 1 : 0;
            assertThat(none.vruDense(seed)).isFalse();
            assertThat(all.vruDense(seed)).isTrue();
        }
        assertThat(dense).isBetween(450, 550);
    }

    /**
     * A frame that is not VRU-dense is byte-identical whatever the share: the decision has its own
     * random stream, so the evaluation set (share 0) is the same as before the option existed.
     */
    @Test
    void framesThatAreNotVruDenseAreUnchangedByTheShare() {
        SimDatasetGenerator half = generator(0.5);
        SimDatasetGenerator none = generator(0);
        int compared = 0;
        for (long seed = 0; compared < 2; seed++) {
            if (!half.vruDense(seed)) {
                assertThat(half.frame(seed).image().data()).isEqualTo(none.frame(seed).image().data());
                compared++;
            }
        }
        long dense = 0;
        while (!half.vruDense(dense)) {
            dense++;
        }
        assertThat(half.frame(dense).labels()).isNotEqualTo(none.frame(dense).labels());
    }

    /**
     * VRU-dense scenes are mostly pedestrians and cyclists within 50 m, often a pedestrian and a
     * cyclist at about the same range (side by side), and deterministic.
     */
    @Test
    void vruDenseScenesPutPedestriansAndCyclistsSideBySide() {
        SimDatasetGenerator all = generator(1);
        int labels = 0;
        int vru = 0;
        int pairedFrames = 0;
        for (long seed = 0; seed < 16; seed++) {
            SimDatasetGenerator.Frame f = all.frame(seed);
            boolean paired = false;
            for (LabelledBox a : f.labels()) {
                labels++;
                if (a.cls() == ObjectClass.PEDESTRIAN || a.cls() == ObjectClass.CYCLIST) {
                    vru++;
                    assertThat(a.distanceM()).isLessThan(55.0);
                }
                for (LabelledBox b : f.labels()) {
                    paired |= a.cls() == ObjectClass.PEDESTRIAN && b.cls() == ObjectClass.CYCLIST
                            && Math.abs(a.distanceM() - b.distanceM()) < 4;
                }
            }
            pairedFrames += paired ? 1 : 0;
        }
        assertThat(vru).isGreaterThan(labels * 6 / 10);
        assertThat(pairedFrames).isGreaterThanOrEqualTo(6);
        assertThat(generator(1).frame(3).image().data()).isEqualTo(all.frame(3).image().data());
    }

    @Test
    void samplesAreScaledToTheOutputSize() {
        SimDatasetGenerator gen = new SimDatasetGenerator(CAM, RoadCatalogue.generated(),
                new SimDatasetGenerator.Options(0.3, 10, 160, 120));
        TrainingSample s = gen.sample(7);
        SimDatasetGenerator.Frame f = gen.frame(7);
        assertThat(s.image().widthPx()).isEqualTo(160);
        assertThat(s.image().heightPx()).isEqualTo(120);
        assertThat(s.boxes()).hasSameSizeAs(f.labels());
        for (int i = 0; i < s.boxes().size(); i++) {
            assertThat(s.boxes().get(i).xMaxPx()).isEqualTo(f.labels().get(i).xMaxPx() / 4);
            assertThat(s.boxes().get(i).distanceM()).isEqualTo(f.labels().get(i).distanceM());
        }
    }

    @Test
    void evalSeedsNeverOverlapTrainSeeds() {
        long lastTrain = SeedRanges.frameSeed(SeedRanges.Split.TRAIN, SeedRanges.MAX_RUN_SEEDS - 1,
                SeedRanges.MAX_FRAMES - 1);
        long firstEval = SeedRanges.frameSeed(SeedRanges.Split.EVAL, 0, 0);
        assertThat(lastTrain).isLessThan(firstEval);
        for (long run = 0; run < 5; run++) {
            for (long i = 0; i < 5; i++) {
                assertThat(SeedRanges.splitOf(SeedRanges.frameSeed(SeedRanges.Split.TRAIN, run, i)))
                        .isEqualTo(SeedRanges.Split.TRAIN);
                assertThat(SeedRanges.splitOf(SeedRanges.frameSeed(SeedRanges.Split.EVAL, run, i)))
                        .isEqualTo(SeedRanges.Split.EVAL);
            }
        }
        assertThatThrownBy(() -> SeedRanges.frameSeed(SeedRanges.Split.TRAIN, 0, SeedRanges.MAX_FRAMES))
                .hasMessageContaining("frame index");
    }

    /** {xMin, yMin, xMax + 1, yMax + 1} of the pixels showing actor {@code id}. */
    private static int[] tightBox(long[] ids, int w, int h, long id) {
        int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = -1, y1 = -1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (ids[y * w + x] == id) {
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x);
                    y1 = Math.max(y1, y);
                }
            }
        }
        return new int[] {x0, y0, x1 + 1, y1 + 1};
    }
}
