package io.avstack.perception.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.msg.ObjectClass;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AugmenterTest {

    private static TrainingSample sample() {
        byte[] px = new byte[8 * 4 * 3];
        px[0] = (byte) 200; // red at pixel (0, 0)
        return new TrainingSample(new RgbImage(8, 4, px),
                List.of(new LabelledBox(ObjectClass.CAR, 1, 1, 3, 4, 12)));
    }

    @Test
    void flipMirrorsPixelsAndBoxes() {
        TrainingSample f = Augmenter.flip(sample());
        assertThat(f.image().get(7, 0, 0)).isEqualTo(200);
        assertThat(f.image().get(0, 0, 0)).isZero();
        LabelledBox b = f.boxes().get(0);
        assertThat(b.xMinPx()).isEqualTo(5);
        assertThat(b.xMaxPx()).isEqualTo(7);
        assertThat(b.distanceM()).isEqualTo(12);
    }

    @Test
    void cropScaleMovesAndScalesBoxesAndDropsOnesCutAway() {
        TrainingSample s = new TrainingSample(new RgbImage(8, 4, new byte[8 * 4 * 3]), List.of(
                new LabelledBox(ObjectClass.CAR, 4, 2, 8, 4, 20),
                LabelledBox.of(ObjectClass.PEDESTRIAN, 0, 0, 1, 1)));
        // Half-size window at the bottom-right corner: (4, 2)-(8, 4) scaled x2.
        TrainingSample c = Augmenter.cropScale(s, 0.5, 1, 1);
        assertThat(c.boxes()).hasSize(1);
        LabelledBox b = c.boxes().get(0);
        assertThat(b.xMinPx()).isCloseTo(0, within(1e-9));
        assertThat(b.yMinPx()).isCloseTo(0, within(1e-9));
        assertThat(b.xMaxPx()).isCloseTo(8, within(1e-9));
        assertThat(b.yMaxPx()).isCloseTo(4, within(1e-9));
        assertThat(b.distanceM()).isCloseTo(10, within(1e-9));
    }

    @Test
    void sameSeedGivesIdenticalAugmentation() {
        Augmenter a = new Augmenter(true);
        TrainingSample x = a.apply(sample(), new SplittableRandom(5));
        TrainingSample y = a.apply(sample(), new SplittableRandom(5));
        assertThat(x.image().data()).isEqualTo(y.image().data());
        assertThat(x.boxes()).isEqualTo(y.boxes());
    }

    @Test
    void blurAveragesTheThreeByThreeNeighbourhoodWithClampedEdges() {
        byte[] px = new byte[5 * 5 * 3];
        px[(2 * 5 + 2) * 3 + 1] = (byte) 180; // green at the centre (2, 2)
        px[0] = (byte) 90; // red at the corner (0, 0)
        RgbImage b = Augmenter.blur(new RgbImage(5, 5, px));
        for (int y = 0; y < 5; y++) {
            for (int x = 0; x < 5; x++) {
                boolean near = Math.abs(x - 2) <= 1 && Math.abs(y - 2) <= 1;
                assertThat(b.get(x, y, 1)).as("(%d, %d)", x, y).isEqualTo(near ? 20 : 0);
            }
        }
        // The clamped corner counts itself four times: (0, 0), (0, 1), (1, 0), (1, 1) see it 4, 2, 2, 1 times.
        assertThat(b.get(0, 0, 0)).isEqualTo(40);
        assertThat(b.get(1, 0, 0)).isEqualTo(20);
        assertThat(b.get(1, 1, 0)).isEqualTo(10);
        assertThat(b.get(2, 2, 0)).isZero();
    }

    @Test
    void noiseKeepsTheMeanAndAddsTheRequestedSpread() {
        byte[] px = new byte[100 * 100 * 3];
        java.util.Arrays.fill(px, (byte) 128);
        TrainingSample s = new TrainingSample(new RgbImage(100, 100, px), List.of());
        // Robustness mode adds heavy noise (sigma 10-30) to a quarter of the samples: over 20 seeds it occurs.
        double maxStd = 0;
        for (int seed = 0; seed < 20; seed++) {
            byte[] out = new Augmenter(true).apply(s, new SplittableRandom(seed)).image().data();
            double mean = 0;
            double sq = 0;
            for (byte v : out) {
                mean += v & 0xFF;
                sq += (double) (v & 0xFF) * (v & 0xFF);
            }
            mean /= out.length;
            maxStd = Math.max(maxStd, Math.sqrt(sq / out.length - mean * mean));
        }
        assertThat(maxStd).isBetween(8.0, 40.0);
    }
}
