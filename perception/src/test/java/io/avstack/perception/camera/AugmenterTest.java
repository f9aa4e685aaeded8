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
}
