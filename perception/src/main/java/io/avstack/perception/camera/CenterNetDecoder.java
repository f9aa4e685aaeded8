package io.avstack.perception.camera;

import ai.djl.ndarray.NDArray;
import io.avstack.core.msg.Detection2D;
import io.avstack.perception.nn.BoxNms;
import io.avstack.perception.nn.HeatmapPeaks;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one image's network output into detections: sigmoid heatmap, 3x3 max-pool peak NMS,
 * top-K peaks over the score threshold, box decoding back to source-image pixels, class-wise box
 * NMS.
 */
public final class CenterNetDecoder {

    private final DetectorConfig config;

    public CenterNetDecoder(DetectorConfig config) {
        this.config = config;
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
        NDArray out = output.reshape(1, CenterNetLayout.channels(nc), h, w);
        float[] peaks = HeatmapPeaks.peakScores(out.get(":, 0:" + nc));
        float[] reg = out.get(":, " + nc + ":").toFloatArray();

        int k = config.topK();
        int[] idx = new int[k];
        float[] val = new float[k];
        int found = HeatmapPeaks.topK(peaks, (float) config.scoreThreshold(), idx, val);

        int plane = h * w;
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
            double bw = Math.max(0, reg[cell]);
            double bh = Math.max(0, reg[plane + cell]);
            double px = cx + reg[2 * plane + cell];
            double py = cy + reg[3 * plane + cell];
            boxes[4 * i] = (px - bw / 2) * sx;
            boxes[4 * i + 1] = (py - bh / 2) * sy;
            boxes[4 * i + 2] = (px + bw / 2) * sx;
            boxes[4 * i + 3] = (py + bh / 2) * sy;
            scores[i] = Math.min(1.0, val[i]);
            labels[i] = cls;
            dist[i] = Math.exp(reg[4 * plane + cell]);
        }
        boolean[] keep = BoxNms.suppress(boxes, scores, labels, found, config.nmsIou());
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
}
