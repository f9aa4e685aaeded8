package io.avstack.sim.render;

import io.avstack.core.map.Crosswalk;
import io.avstack.core.map.Lane;
import io.avstack.core.map.LaneMarking;
import io.avstack.core.map.Pose2;
import io.avstack.core.map.RoadMap;
import io.avstack.core.map.StopLine;
import io.avstack.core.map.TravelDirection;
import java.util.Arrays;
import java.util.List;

/**
 * The road's paint and asphalt as flat world-space quads on z = 0, built once per road: the
 * surface tessellated every {@link #STEP_M} along the reference line (so curves stay curved), lane
 * markings, stop lines and zebra crosswalks. Quads are kept in drawing order (asphalt first, paint
 * on top), so the renderer paints them without a depth test.
 */
final class GroundMesh {

    static final double STEP_M = 1.0;
    static final double LINE_WIDTH_M = 0.15;
    static final double DASH_M = 3.0;
    static final double DASH_PERIOD_M = 9.0;
    static final double DOUBLE_GAP_M = 0.12;
    static final double STOP_LINE_DEPTH_M = 0.4;
    static final double ZEBRA_STRIPE_M = 0.5;

    static final int ASPHALT_RGB = 0x5a5a5e;
    static final int PAINT_RGB = 0xe8e8e4;

    private float[] xy = new float[8 * 256];
    private float[] centre = new float[2 * 256];
    private int[] rgb = new int[256];
    private int count;
    private final Pose2 p = new Pose2();

    GroundMesh(RoadMap road) {
        addSurface(road);
        addMarkings(road);
        for (StopLine stop : road.stopLines()) {
            addStopLine(road, stop);
        }
        for (Crosswalk walk : road.crosswalks()) {
            addCrosswalk(road, walk);
        }
    }

    int count() {
        return count;
    }

    /** x, y of corner {@code k} (0..3) of quad {@code i}. */
    float x(int i, int k) {
        return xy[8 * i + 2 * k];
    }

    float y(int i, int k) {
        return xy[8 * i + 2 * k + 1];
    }

    float centreX(int i) {
        return centre[2 * i];
    }

    float centreY(int i) {
        return centre[2 * i + 1];
    }

    int rgb(int i) {
        return rgb[i];
    }

    private void addSurface(RoadMap road) {
        List<Lane> lanes = road.lanes();
        double left = lanes.get(0).leftEdgeDM();
        double right = lanes.get(lanes.size() - 1).rightEdgeDM();
        strip(road, 0, road.lengthM(), right, left, ASPHALT_RGB);
    }

    private void addMarkings(RoadMap road) {
        List<Lane> lanes = road.lanes();
        line(road, lanes.get(0).leftEdgeDM(), lanes.get(0).leftMarking());
        for (Lane lane : lanes) {
            line(road, lane.rightEdgeDM(), lane.rightMarking());
        }
    }

    private void line(RoadMap road, double dM, LaneMarking marking) {
        double half = LINE_WIDTH_M / 2;
        switch (marking) {
            case SOLID -> strip(road, 0, road.lengthM(), dM - half, dM + half, PAINT_RGB);
            case DOUBLE_SOLID -> {
                strip(road, 0, road.lengthM(), dM - DOUBLE_GAP_M - half, dM - DOUBLE_GAP_M + half, PAINT_RGB);
                strip(road, 0, road.lengthM(), dM + DOUBLE_GAP_M - half, dM + DOUBLE_GAP_M + half, PAINT_RGB);
            }
            case DASHED -> {
                for (double s = 0; s < road.lengthM(); s += DASH_PERIOD_M) {
                    strip(road, s, Math.min(s + DASH_M, road.lengthM()), dM - half, dM + half, PAINT_RGB);
                }
            }
            case NONE -> {
            }
        }
    }

    private void addStopLine(RoadMap road, StopLine stop) {
        // The bar lies on the approach side of s: before it for forward traffic, after it for oncoming.
        double from = stop.direction() == TravelDirection.FORWARD ? stop.sM() - STOP_LINE_DEPTH_M : stop.sM();
        from = Math.max(0, Math.min(from, road.lengthM() - STOP_LINE_DEPTH_M));
        for (int laneId : stop.laneIds()) {
            Lane lane = road.lane(laneId);
            strip(road, from, from + STOP_LINE_DEPTH_M, lane.rightEdgeDM(), lane.leftEdgeDM(), PAINT_RGB);
        }
    }

    private void addCrosswalk(RoadMap road, Crosswalk walk) {
        List<Lane> lanes = road.lanes();
        double left = lanes.get(0).leftEdgeDM();
        double right = lanes.get(lanes.size() - 1).rightEdgeDM();
        // Zebra stripes run along the road, repeating across it.
        for (double d = right + ZEBRA_STRIPE_M / 2; d + ZEBRA_STRIPE_M <= left; d += 2 * ZEBRA_STRIPE_M) {
            strip(road, walk.fromS(), walk.toS(), d, d + ZEBRA_STRIPE_M, PAINT_RGB);
        }
    }

    /** Quads covering s in [fromS, toS], d in [dLow, dHigh], one per step along s. */
    private void strip(RoadMap road, double fromS, double toS, double dLow, double dHigh, int colour) {
        int steps = Math.max(1, (int) Math.ceil((toS - fromS) / STEP_M - 1e-9));
        double step = (toS - fromS) / steps;
        for (int k = 0; k < steps; k++) {
            double s0 = fromS + k * step;
            double s1 = s0 + step;
            ensureCapacity();
            int o = 8 * count;
            put(road, s0, dLow, o);
            put(road, s1, dLow, o + 2);
            put(road, s1, dHigh, o + 4);
            put(road, s0, dHigh, o + 6);
            centre[2 * count] = (xy[o] + xy[o + 2] + xy[o + 4] + xy[o + 6]) / 4;
            centre[2 * count + 1] = (xy[o + 1] + xy[o + 3] + xy[o + 5] + xy[o + 7]) / 4;
            rgb[count] = colour;
            count++;
        }
    }

    private void put(RoadMap road, double s, double d, int offset) {
        road.pointAt(s, d, p);
        xy[offset] = (float) p.x;
        xy[offset + 1] = (float) p.y;
    }

    private void ensureCapacity() {
        if (count == rgb.length) {
            int n = rgb.length * 2;
            xy = Arrays.copyOf(xy, 8 * n);
            centre = Arrays.copyOf(centre, 2 * n);
            rgb = Arrays.copyOf(rgb, n);
        }
    }
}
