package io.avstack.perception.lidar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.avstack.core.msg.Detection3D;
import io.avstack.core.msg.ObjectClass;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BevDecoderTest {

    private final LidarDetectorConfig config = LidarTestData.tiny();
    private final int nc = config.numClasses();
    private final int rows = config.outputRows();
    private final int cols = config.outputCols();
    private final int plane = rows * cols;

    /** An output with every heatmap logit at -10 and zero regression. */
    private float[] background() {
        float[] out = new float[BevLayout.channels(nc) * plane];
        Arrays.fill(out, 0, nc * plane, -10f);
        return out;
    }

    private List<Detection3D> decode(float[] out) {
        try (NDManager m = NDManager.newBaseManager()) {
            return new BevDecoder(config).decode(m.create(out, new Shape(BevLayout.channels(nc), rows, cols)));
        }
    }

    private void set(float[] out, int channel, int r, int c, float v) {
        out[channel * plane + r * cols + c] = v;
    }

    /** Sets what regression channel k should decode to: the network outputs it less the prior. */
    private void setReg(float[] out, int k, int r, int c, double v) {
        set(out, nc + k, r, c, (float) (v - BevLayout.prior(k)));
    }

    @Test
    void aSinglePeakDecodesToTheRightBox() {
        float[] out = background();
        int r = 5;
        int c = 9;
        set(out, 1, r, c, 3f); // truck, sigmoid(3) = 0.9526
        setReg(out, BevLayout.LOG_LENGTH, r, c, Math.log(8));
        setReg(out, BevLayout.LOG_WIDTH, r, c, Math.log(2.5));
        setReg(out, BevLayout.LOG_HEIGHT, r, c, Math.log(3.2));
        setReg(out, BevLayout.OFFSET_X, r, c, 0.25);
        setReg(out, BevLayout.OFFSET_Y, r, c, 0.75);
        double yaw = 0.4;
        setReg(out, BevLayout.SIN_2YAW, r, c, Math.sin(2 * yaw));
        setReg(out, BevLayout.COS_2YAW, r, c, Math.cos(2 * yaw));

        List<Detection3D> dets = decode(out);

        assertThat(dets).hasSize(1);
        Detection3D d = dets.get(0);
        assertThat(d.cls()).isEqualTo(ObjectClass.TRUCK);
        assertThat(d.score()).isCloseTo(1 / (1 + Math.exp(-3)), within(1e-5));
        // output cells are 0.8 m; grid starts at x 0, y -6.4
        assertThat(d.xM()).isCloseTo((5 + 0.25) * 0.8, within(1e-5));
        assertThat(d.yM()).isCloseTo(-6.4 + (9 + 0.75) * 0.8, within(1e-5));
        assertThat(d.dims().lengthM()).isCloseTo(8, within(1e-4));
        assertThat(d.dims().widthM()).isCloseTo(2.5, within(1e-4));
        assertThat(d.dims().heightM()).isCloseTo(3.2, within(1e-4));
        assertThat(d.zM()).isCloseTo(1.6, within(1e-4));
        assertThat(d.yawRad()).isCloseTo(yaw, within(1e-5));
        assertThat(d.velocity()).isEmpty();
    }

    @Test
    void encodedTargetsDecodeBackToTheBoxes() {
        List<BevBox> boxes = List.of(
                new BevBox(ObjectClass.CAR, 6.3, 1.1, 4.5, 1.9, 1.5, -0.3),
                new BevBox(ObjectClass.PEDESTRIAN, 3.1, -4.2, 0.5, 0.6, 1.8, 1.2));
        float[] heat = new float[nc * plane];
        float[] reg = new float[BevLayout.REGRESSION_CHANNELS * plane];
        new BevTargetEncoder(config).encode(boxes, 0, heat, reg, new float[plane]);
        float[] out = new float[BevLayout.channels(nc) * plane];
        for (int i = 0; i < heat.length; i++) {
            // target heat of 1 -> large logit; elsewhere logit(0.9 * heat) stays below a peak
            out[i] = heat[i] >= 1 ? 8f : (float) Math.log((0.9 * heat[i] + 1e-6) / (1 - 0.9 * heat[i]));
        }
        System.arraycopy(reg, 0, out, nc * plane, reg.length);

        List<Detection3D> dets = decode(out);

        assertThat(dets).hasSize(2);
        for (int i = 0; i < 2; i++) {
            BevBox want = boxes.get(i);
            BevBox got = BevBox.of(dets.get(i));
            assertThat(got.cls()).isEqualTo(want.cls());
            assertThat(got.xM()).isCloseTo(want.xM(), within(1e-4));
            assertThat(got.yM()).isCloseTo(want.yM(), within(1e-4));
            assertThat(got.iou(want)).isCloseTo(1, within(1e-4));
        }
    }

    @Test
    void overlappingPeaksOfOneClassAreSuppressedToTheStrongest() {
        float[] out = background();
        for (int c : new int[] {4, 6}) { // two car peaks 1.6 m apart
            set(out, 0, 5, c, c == 4 ? 2f : 1f);
            setReg(out, BevLayout.LOG_LENGTH, 5, c, Math.log(4.5));
            setReg(out, BevLayout.LOG_WIDTH, 5, c, Math.log(4));
            setReg(out, BevLayout.COS_2YAW, 5, c, 1);
        }
        List<Detection3D> dets = decode(out);
        assertThat(dets).hasSize(1);
        assertThat(dets.get(0).score()).isCloseTo(1 / (1 + Math.exp(-2)), within(1e-5));
    }

    @Test
    void nonFiniteRegressionNeverBecomesADetection() {
        float[] out = background();
        set(out, 0, 3, 3, 4f);
        setReg(out, BevLayout.OFFSET_X, 3, 3, Double.NaN);
        assertThat(decode(out)).isEmpty();
    }
}
