package io.avstack.perception.camera;

import java.util.List;

/**
 * What the camera network responded to in one image: its detections and its centre heatmap.
 *
 * @param detections detections in source-image pixels, by descending score
 * @param heat       per output cell the highest class probability (sigmoid of the heatmap logits,
 *                   max over classes), row-major, {@code heatWidth x heatHeight}
 * @param heatWidth  output cells across (input width / 4)
 * @param heatHeight output cells down
 */
public record Explanation(List<CameraDetection> detections, float[] heat, int heatWidth, int heatHeight) {

    public Explanation {
        detections = List.copyOf(detections);
        if (heatWidth < 1 || heatHeight < 1 || heat.length != heatWidth * heatHeight) {
            throw new IllegalArgumentException("Explanation heat must hold heatWidth x heatHeight values, was "
                    + heat.length + " for " + heatWidth + "x" + heatHeight);
        }
    }

    /** Heat at output cell (x, y), 0..1. */
    public float heatAt(int x, int y) {
        return heat[y * heatWidth + x];
    }
}
