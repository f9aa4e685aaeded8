package io.avstack.perception.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.msg.ObjectClass;
import io.avstack.perception.nn.GaussianHeatmap;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetEncoderTest {

    private final DetectorConfig config = TestConfigs.tiny();

    @Test
    void peakIsAtTheBoxCentreWithSizeOffsetAndDepthTargets() {
        int w = config.outputWidth();
        int plane = w * config.outputHeight();
        // Image 192x128 -> 8 px per output cell; centre (90, 50) px = (11.25, 6.25) cells.
        LabelledBox box = new LabelledBox(ObjectClass.PEDESTRIAN, 74, 18, 106, 82, 12.5);
        TargetEncoder.Targets t = new TargetEncoder(config).encode(List.of(box), 192, 128);
        int cls = config.classes().indexOf(ObjectClass.PEDESTRIAN);
        int cell = 6 * w + 11;
        assertThat(t.heatmap()[cls * plane + cell]).isEqualTo(1f);
        float max = 0;
        int argMax = -1;
        for (int i = 0; i < plane; i++) {
            if (t.heatmap()[cls * plane + i] > max) {
                max = t.heatmap()[cls * plane + i];
                argMax = i;
            }
        }
        assertThat(argMax).isEqualTo(cell);
        assertThat(t.heatmap()[cls * plane + cell + 1]).isBetween(0.01f, 0.99f);
        assertThat(t.heatmap()[0 * plane + cell]).isZero();
        assertThat(t.regression()[cell]).isCloseTo(4f, within(1e-6f));
        assertThat(t.regression()[plane + cell]).isCloseTo(8f, within(1e-6f));
        assertThat(t.regression()[2 * plane + cell]).isCloseTo(0.25f, within(1e-6f));
        assertThat(t.regression()[3 * plane + cell]).isCloseTo(0.25f, within(1e-6f));
        assertThat(t.regression()[4 * plane + cell]).isCloseTo((float) Math.log(12.5), within(1e-6f));
        assertThat(t.mask()[cell]).isEqualTo(1f);
        assertThat(t.depthMask()[cell]).isEqualTo(1f);
        float maskSum = 0;
        for (float v : t.mask()) {
            maskSum += v;
        }
        assertThat(maskSum).isEqualTo(1f);
    }

    @Test
    void boxWithoutDistanceHasNoDepthTargetAndUnknownClassesAreSkipped() {
        TargetEncoder.Targets t = new TargetEncoder(config).encode(List.of(
                LabelledBox.of(ObjectClass.CAR, 10, 10, 30, 30),
                LabelledBox.of(ObjectClass.BUS, 50, 20, 80, 50)), 96, 64);
        float mask = 0;
        float depth = 0;
        for (int i = 0; i < t.mask().length; i++) {
            mask += t.mask()[i];
            depth += t.depthMask()[i];
        }
        assertThat(mask).isEqualTo(1f);
        assertThat(depth).isZero();
    }

    @Test
    void radiusFollowsCenterNetRule() {
        // Reference values of CenterNet's gaussian_radius(min_overlap=0.7).
        assertThat(GaussianHeatmap.radius(10, 10)).isEqualTo(2);
        assertThat(GaussianHeatmap.radius(40, 20)).isEqualTo(7);
        assertThat(GaussianHeatmap.radius(1, 1)).isEqualTo(0);
    }
}
