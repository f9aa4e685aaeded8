package io.avstack.perception.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.avstack.core.msg.Detection2D;
import io.avstack.core.msg.ObjectClass;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CenterNetDecoderTest {

    private final DetectorConfig config = TestConfigs.tiny();
    private final int nc = config.numClasses();
    private final int w = config.outputWidth();
    private final int h = config.outputHeight();
    private final int plane = w * h;

    private float[] background() {
        float[] out = new float[CenterNetLayout.channels(nc) * plane];
        Arrays.fill(out, 0, nc * plane, -10f);
        return out;
    }

    private void peak(float[] out, int cls, int cx, int cy, float logit, float wCells, float hCells, float ox,
            float oy, double distanceM) {
        int cell = cy * w + cx;
        out[cls * plane + cell] = logit;
        out[CenterNetLayout.sizeW(nc) * plane + cell] = wCells;
        out[CenterNetLayout.sizeH(nc) * plane + cell] = hCells;
        out[CenterNetLayout.offsetX(nc) * plane + cell] = ox;
        out[CenterNetLayout.offsetY(nc) * plane + cell] = oy;
        out[CenterNetLayout.logDepth(nc) * plane + cell] = (float) Math.log(distanceM);
    }

    private List<CameraDetection> decode(float[] out, int srcW, int srcH) {
        return decode(out, srcW, srcH, config);
    }

    private List<CameraDetection> decode(float[] out, int srcW, int srcH, DetectorConfig c) {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray a = m.create(out, new Shape(CenterNetLayout.channels(nc), h, w));
            return new CenterNetDecoder(c).decode(a, srcW, srcH);
        }
    }

    @Test
    void singlePeakDecodesToTheExactBoxInSourcePixels() {
        float[] out = background();
        peak(out, 1, 10, 5, 3f, 4f, 6f, 0.25f, 0.5f, 20);
        // Source 192x128 is twice the 96x64 input: one output cell = 8 source px.
        List<CameraDetection> dets = decode(out, 192, 128);
        assertThat(dets).hasSize(1);
        Detection2D d = dets.get(0).box();
        assertThat(d.cls()).isEqualTo(ObjectClass.TRUCK);
        assertThat(d.score()).isCloseTo(1 / (1 + Math.exp(-3)), within(1e-6));
        // Centre (10.25, 5.5) cells = (82, 44) px; size 32 x 48 px.
        assertThat(d.xMinPx()).isCloseTo(66, within(1e-9));
        assertThat(d.yMinPx()).isCloseTo(20, within(1e-9));
        assertThat(d.xMaxPx()).isCloseTo(98, within(1e-9));
        assertThat(d.yMaxPx()).isCloseTo(68, within(1e-9));
        assertThat(dets.get(0).distanceM()).isCloseTo(20, within(1e-4));
    }

    @Test
    void scoresBelowThresholdAndNonPeakNeighboursAreNotReported() {
        float[] out = background();
        peak(out, 0, 3, 3, -2f, 2, 2, 0, 0, 10); // sigmoid 0.12 < 0.3
        peak(out, 0, 12, 8, 2f, 2, 2, 0, 0, 10);
        out[8 * w + 13] = 1.5f; // neighbour of the peak: removed by the 3x3 max-pool
        assertThat(decode(out, 96, 64)).hasSize(1);
    }

    @Test
    void boxNmsRemovesDuplicatesOfTheSameClassButKeepsOtherClasses() {
        float[] out = background();
        peak(out, 0, 10, 8, 2f, 8, 8, 0, 0, 10);
        peak(out, 0, 12, 8, 1f, 8, 8, 0, 0, 10); // same class, IoU 0.6 with the first
        peak(out, 2, 16, 8, 1.5f, 8, 8, 0, 0, 10); // other class overlapping: kept
        List<CameraDetection> dets = decode(out, 96, 64);
        assertThat(dets).extracting(d -> d.box().cls()).containsExactly(ObjectClass.CAR, ObjectClass.PEDESTRIAN);
    }

    @Test
    void oneObjectScoredAsTwoClassesKeepsOnlyTheHigherScore() {
        float[] out = background();
        peak(out, 2, 10, 8, 2f, 3, 8, 0, 0, 30); // pedestrian
        peak(out, 3, 10, 8, 1f, 3, 8, 0.2f, 0, 30); // cyclist on the same spot: IoU ~0.88
        peak(out, 0, 20, 8, 0.5f, 4, 4, 0, 0, 30); // a car elsewhere, lowest score
        // cross-class suppression is off by default (crossClassNmsIou 1); switched on it keeps the higher score
        assertThat(decode(out, 96, 64, config.withCrossClassNmsIou(0.7))).extracting(d -> d.box().cls())
                .containsExactly(ObjectClass.PEDESTRIAN, ObjectClass.CAR);
        assertThat(decode(out, 96, 64, config.withCrossClassNmsIou(1))).extracting(d -> d.box().cls())
                .containsExactly(ObjectClass.PEDESTRIAN, ObjectClass.CYCLIST, ObjectClass.CAR);
    }
}
