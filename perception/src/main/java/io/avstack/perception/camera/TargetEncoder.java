package io.avstack.perception.camera;

import io.avstack.perception.nn.GaussianHeatmap;
import java.util.List;

/**
 * Training targets for one image at the network's output resolution: per-class Gaussian centre
 * heatmaps, and at each centre cell the box size (cells), the sub-cell offset of the true centre
 * and ln(distance), with masks saying where the regression targets are defined.
 */
public final class TargetEncoder {

    private final DetectorConfig config;

    public TargetEncoder(DetectorConfig config) {
        this.config = config;
    }

    /** Targets for one image; see {@link Targets}. */
    public Targets encode(List<LabelledBox> boxes, int imageWidthPx, int imageHeightPx) {
        int w = config.outputWidth();
        int h = config.outputHeight();
        int plane = w * h;
        Targets t = new Targets(new float[config.numClasses() * plane], new float[CenterNetLayout.REGRESSION_CHANNELS
                * plane], new float[plane], new float[plane]);
        double sx = (double) config.outputWidth() / imageWidthPx;
        double sy = (double) config.outputHeight() / imageHeightPx;
        for (LabelledBox b : boxes) {
            int cls = config.classes().indexOf(b.cls());
            if (cls < 0) {
                continue;
            }
            double bw = b.widthPx() * sx;
            double bh = b.heightPx() * sy;
            double cxf = (b.xMinPx() + b.xMaxPx()) / 2 * sx;
            double cyf = (b.yMinPx() + b.yMaxPx()) / 2 * sy;
            int cx = (int) Math.floor(cxf);
            int cy = (int) Math.floor(cyf);
            if (bw <= 0 || bh <= 0 || cx < 0 || cy < 0 || cx >= w || cy >= h) {
                continue;
            }
            GaussianHeatmap.draw(t.heatmap, cls * plane, w, h, cx, cy, GaussianHeatmap.radius(bw, bh));
            int cell = cy * w + cx;
            t.regression[cell] = (float) bw;
            t.regression[plane + cell] = (float) bh;
            t.regression[2 * plane + cell] = (float) (cxf - cx);
            t.regression[3 * plane + cell] = (float) (cyf - cy);
            t.mask[cell] = 1;
            if (b.hasDistance()) {
                t.regression[4 * plane + cell] = (float) Math.log(b.distanceM());
                t.depthMask[cell] = 1;
            }
        }
        return t;
    }

    /**
     * Targets as planar arrays at output resolution (H/4 x W/4 cells per plane).
     *
     * @param heatmap    numClasses planes
     * @param regression 5 planes: w, h (cells), offset x, offset y, ln(distance m)
     * @param mask       1 at centre cells (size and offset defined)
     * @param depthMask  1 at centre cells of boxes with a distance
     */
    public record Targets(float[] heatmap, float[] regression, float[] mask, float[] depthMask) {
    }
}
