package io.avstack.perception.camera;

import ai.djl.ndarray.NDArray;
import io.avstack.core.msg.Detection2D;
import io.avstack.perception.nn.BoxNms;
import io.avstack.perception.nn.HeatmapPeaks;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one image's network output into detections: 3x3 max-pool peak NMS on the heatmap logits
 * (a cell is a peak when it equals its neighbourhood's max; the sigmoid is monotonic, so peaks and
 * ranking are found on logits and only the kept peaks are squashed), top-K peaks at or over the
 * score threshold, box decoding back to source-image pixels, class-wise box NMS. One bulk copy out
 * of the engine per frame; the peak NMS runs on it in Java ({@link HeatmapPeaks#maskNonMaxima},
 * exactly PyTorch's max-pool form, which cost ~6 % of a frame's CPU in native calls).
 */
public final class CenterNetDecoder {

    private final DetectorConfig config;
    /** The score threshold as a logit. */
    private final float logitThreshold;

    public CenterNetDecoder(DetectorConfig config) {
        this.config = config;
        double t = config.scoreThreshold();
        this.logitThreshold = (float) Math.log(t / (1 - t));
    }

    /**
     * @param output   {@code [numClasses + 5, H/4, W/4]} (or with a leading batch dimension of 1)
     * @param sourceW  width of the image the detections refer to, px
     * @param sourceH  height of that image, px
     * @return detections sorted by descending score
     */
    public List<CameraDetection> decode(NDArray output, int sourceW, int sourceH) {
        int nc = config.numClasses();
        int h = config.outputHeight();
        int w = config.outputWidth();
        float[] all = output.toFloatArray();
        int plane = h * w;
        if (all.length != CenterNetLayout.channels(nc) * plane) {
            throw new IllegalArgumentException("network output has " + all.length + " values, expected "
                    + CenterNetLayout.channels(nc) + " x " + h + " x " + w);
        }
        HeatmapPeaks.maskNonMaxima(all, nc, h, w);

        int k = config.topK();
        int[] idx = new int[k];
        float[] val = new float[k];
        int found = HeatmapPeaks.topK(all, nc * plane, logitThreshold, idx, val);

        int reg = nc * plane;
        double sx = (double) sourceW / config.inputWidthPx() * DetectorConfig.OUTPUT_STRIDE;
        double sy = (double) sourceH / config.inputHeightPx() * DetectorConfig.OUTPUT_STRIDE;
        double[] boxes = new double[4 * found];
        double[] scores = new double[found];
        int[] labels = new int[found];
        double[] dist = new double[found];
        for (int i = 0; i < found; i++) {
            int cls = idx[i] / plane;
            int cell = idx[i] % plane;
            int cy = cell / w;
            int cx = cell % w;
            double bw = Math.max(0, all[reg + cell]);
            double bh = Math.max(0, all[reg + plane + cell]);
            double px = cx + all[reg + 2 * plane + cell];
            double py = cy + all[reg + 3 * plane + cell];
            boxes[4 * i] = (px - bw / 2) * sx;
            boxes[4 * i + 1] = (py - bh / 2) * sy;
            boxes[4 * i + 2] = (px + bw / 2) * sx;
            boxes[4 * i + 3] = (py + bh / 2) * sy;
            scores[i] = 1 / (1 + Math.exp(-val[i]));
            labels[i] = cls;
            dist[i] = Math.exp(all[reg + 4 * plane + cell]);
        }
        boolean[] keep = BoxNms.suppress(boxes, scores, labels, found, config.nmsIou());
        suppressAcrossClasses(boxes, scores, keep, found);
        List<CameraDetection> result = new ArrayList<>(found);
        for (int i = 0; i < found; i++) {
            if (keep[i]) {
                Detection2D box = new Detection2D(config.classes().get(labels[i]), scores[i],
                        boxes[4 * i], boxes[4 * i + 1], boxes[4 * i + 2], boxes[4 * i + 3]);
                result.add(new CameraDetection(box, dist[i]));
            }
        }
        return result;
    }

    /** Among the kept boxes, drops each one a higher-scoring box of another class overlaps too much. */
    private void suppressAcrossClasses(double[] boxes, double[] scores, boolean[] keep, int found) {
        if (config.crossClassNmsIou() >= 1) {
            return;
        }
        int n = 0;
        int[] index = new int[found];
        for (int i = 0; i < found; i++) {
            if (keep[i]) {
                index[n++] = i;
            }
        }
        double[] b = new double[4 * n];
        double[] s = new double[n];
        for (int k = 0; k < n; k++) {
            System.arraycopy(boxes, 4 * index[k], b, 4 * k, 4);
            s[k] = scores[index[k]];
        }
        boolean[] survive = BoxNms.suppress(b, s, new int[n], n, config.crossClassNmsIou());
        for (int k = 0; k < n; k++) {
            keep[index[k]] = survive[k];
        }
    }
}
