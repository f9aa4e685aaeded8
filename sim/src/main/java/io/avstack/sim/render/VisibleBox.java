package io.avstack.sim.render;

import io.avstack.core.msg.ObjectClass;

/**
 * Ground truth for one actor in one rendered frame: the box around its visible pixels and how much
 * of it is visible. Pixel bounds are inclusive pixel indices (column, row).
 *
 * @param actorId           the scene object's actor id
 * @param cls               its class
 * @param minU              leftmost visible column
 * @param minV              topmost visible row
 * @param maxU              rightmost visible column
 * @param maxV              bottom visible row
 * @param visiblePixels     pixels where this actor is the nearest surface
 * @param silhouettePixels  in-image pixels its shape covers when nothing is in front of it
 */
public record VisibleBox(long actorId, ObjectClass cls, int minU, int minV, int maxU, int maxV, int visiblePixels,
                         int silhouettePixels) {

    /** Visible fraction of the in-image silhouette, 0..1 (occlusion only; cut-off by the image edge is not counted). */
    public double visibleFraction() {
        return silhouettePixels == 0 ? 0 : Math.min(1.0, visiblePixels / (double) silhouettePixels);
    }
}
