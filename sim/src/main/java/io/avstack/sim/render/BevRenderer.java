package io.avstack.sim.render;

import io.avstack.sim.scene.Scene;
import io.avstack.sim.scene.SceneObject;
import io.avstack.core.map.Crosswalk;
import io.avstack.core.map.Frenet;
import io.avstack.core.map.Lane;
import io.avstack.core.map.LaneMarking;
import io.avstack.core.map.LightState;
import io.avstack.core.map.Pose2;
import io.avstack.core.map.RoadMap;
import io.avstack.core.map.StopLine;
import io.avstack.core.map.TravelDirection;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Bird's-eye view around the ego with Java2D: the road and its paint, stop lines in their light's
 * colour, crosswalks, every actor as a box with a heading tick and its id, the ego, and an optional
 * {@link BevOverlay}. The ego's heading points up; the ego's rear axle sits at the horizontal
 * centre, a quarter of the height from the bottom. Allocates per image (debug and video output, not
 * a hot path). Not thread-safe.
 */
public final class BevRenderer {

    static final Color GRASS = new Color(0x3f6a2c);
    static final Color ASPHALT = new Color(0x55555a);
    static final Color PAINT = new Color(0xeeeeea);
    /** The ego's fill colour (tests look for it). */
    public static final int EGO_RGB = 0x00e0ff;
    private static final Color DETECTION = new Color(0xff9900);
    private static final Color TRACK = new Color(0xff33cc);
    private static final Color PLAN = new Color(0x33ffff);
    private static final Color ENVELOPE = new Color(255, 230, 0, 70);
    private static final double MIN_LINE_PX = 1.2;

    private final int widthPx;
    private final int heightPx;
    private final double metresPerPixel;
    private final Pose2 p = new Pose2();
    private final Frenet f = new Frenet();

    /**
     * @param widthPx        image width, px
     * @param heightPx       image height, px
     * @param metresPerPixel scale; the view covers widthPx * metresPerPixel metres across
     */
    public BevRenderer(int widthPx, int heightPx, double metresPerPixel) {
        if (widthPx < 16 || heightPx < 16 || !(metresPerPixel > 0)) {
            throw new IllegalArgumentException("BevRenderer needs at least 16x16 px and metresPerPixel > 0, was "
                    + widthPx + "x" + heightPx + " at " + metresPerPixel);
        }
        this.widthPx = widthPx;
        this.heightPx = heightPx;
        this.metresPerPixel = metresPerPixel;
    }

    /** Pixel (u right, v down) of world point (xM, yM) in the view of {@code scene}. */
    public Point2D toPixel(Scene scene, double xM, double yM) {
        return worldToPixel(scene).transform(new Point2D.Double(xM, yM), null);
    }

    public BufferedImage render(Scene scene, BevOverlay overlay) {
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(GRASS);
            g.fillRect(0, 0, widthPx, heightPx);
            AffineTransform pixel = g.getTransform();
            AffineTransform world = worldToPixel(scene);
            g.transform(world);
            drawRoad(g, scene);
            drawEnvelope(g, overlay);
            for (SceneObject o : scene.objects()) {
                drawBox(g, o.xM(), o.yM(), o.yawRad(), o.dims().lengthM(), o.dims().widthM(), new Color(o.rgb()),
                        Color.BLACK);
            }
            drawEgo(g, scene);
            drawOverlayShapes(g, scene, overlay);
            g.setTransform(pixel);
            drawLabels(g, scene, overlay, world);
        } finally {
            g.dispose();
        }
        return image;
    }

    private AffineTransform worldToPixel(Scene scene) {
        double k = metresPerPixel;
        double c = Math.cos(scene.egoPose().yawRad());
        double s = Math.sin(scene.egoPose().yawRad());
        double ex = scene.egoPose().xM();
        double ey = scene.egoPose().yM();
        double egoV = heightPx * 0.75;
        // u = W/2 - (vehicle y)/k, v = egoV - (vehicle x)/k, vehicle = R(-yaw) (world - ego).
        return new AffineTransform(s / k, -c / k, -c / k, -s / k,
                widthPx / 2.0 + (-s * ex + c * ey) / k, egoV + (c * ex + s * ey) / k);
    }

    private float lineWidth(double metres) {
        return (float) Math.max(metres, MIN_LINE_PX * metresPerPixel);
    }

    private void drawRoad(Graphics2D g, Scene scene) {
        RoadMap road = scene.road();
        road.project(scene.egoPose().xM(), scene.egoPose().yM(), f);
        double reach = Math.hypot(widthPx, heightPx) * metresPerPixel;
        double period = GroundMesh.DASH_PERIOD_M;
        // Start on a dash period boundary so dashes sit where the camera draws them.
        double from = Math.max(0, Math.floor((f.sM - reach) / period) * period);
        double to = Math.min(road.lengthM(), f.sM + reach);
        if (to <= from) {
            return;
        }
        double step = Math.max(0.5, 2 * metresPerPixel);
        List<Lane> lanes = road.lanes();
        double left = lanes.get(0).leftEdgeDM();
        double right = lanes.get(lanes.size() - 1).rightEdgeDM();
        Path2D.Double surface = polyline(road, from, to, step, left);
        appendReverse(surface, road, from, to, step, right);
        surface.closePath();
        g.setColor(ASPHALT);
        g.fill(surface);
        g.setColor(PAINT);
        marking(g, road, from, to, step, left, lanes.get(0).leftMarking());
        for (Lane lane : lanes) {
            marking(g, road, from, to, step, lane.rightEdgeDM(), lane.rightMarking());
        }
        drawCrosswalks(g, road, left, right);
        drawStopLines(g, scene);
    }

    private void drawCrosswalks(Graphics2D g, RoadMap road, double left, double right) {
        g.setColor(PAINT);
        g.setStroke(new BasicStroke((float) GroundMesh.ZEBRA_STRIPE_M, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        for (Crosswalk walk : road.crosswalks()) {
            for (double d = right + GroundMesh.ZEBRA_STRIPE_M; d + GroundMesh.ZEBRA_STRIPE_M / 2 <= left;
                    d += 2 * GroundMesh.ZEBRA_STRIPE_M) {
                g.draw(polyline(road, walk.fromS(), walk.toS(), 0.5, d));
            }
        }
    }

    private void drawStopLines(Graphics2D g, Scene scene) {
        RoadMap road = scene.road();
        g.setStroke(new BasicStroke(lineWidth(0.6), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        for (StopLine stop : road.stopLines()) {
            LightState state = scene.lightStates().get(stop.light().id());
            if (state == null) {
                state = road.lightState(stop.light().id(), scene.simTimeNs());
            }
            g.setColor(lightColour(state));
            double s = stop.direction() == TravelDirection.FORWARD ? stop.sM() - 0.3 : stop.sM() + 0.3;
            for (int laneId : stop.laneIds()) {
                Lane lane = road.lane(laneId);
                road.pointAt(s, lane.leftEdgeDM(), p);
                double ax = p.x, ay = p.y;
                road.pointAt(s, lane.rightEdgeDM(), p);
                g.draw(new Line2D.Double(ax, ay, p.x, p.y));
            }
        }
    }

    static Color lightColour(LightState state) {
        return switch (state) {
            case RED -> new Color(0xff2a1a);
            case YELLOW -> new Color(0xffc020);
            case GREEN -> new Color(0x30ff60);
        };
    }

    private void marking(Graphics2D g, RoadMap road, double from, double to, double step, double dM,
            LaneMarking marking) {
        float w = lineWidth(GroundMesh.LINE_WIDTH_M);
        switch (marking) {
            case SOLID -> {
                g.setStroke(new BasicStroke(w));
                g.draw(polyline(road, from, to, step, dM));
            }
            case DOUBLE_SOLID -> {
                g.setStroke(new BasicStroke(w));
                g.draw(polyline(road, from, to, step, dM - GroundMesh.DOUBLE_GAP_M));
                g.draw(polyline(road, from, to, step, dM + GroundMesh.DOUBLE_GAP_M));
            }
            case DASHED -> {
                float dash = (float) GroundMesh.DASH_M;
                float gap = (float) (GroundMesh.DASH_PERIOD_M - GroundMesh.DASH_M);
                g.setStroke(new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {dash, gap},
                        0));
                g.draw(polyline(road, from, to, step, dM));
            }
            case NONE -> {
            }
        }
    }

    private Path2D.Double polyline(RoadMap road, double from, double to, double step, double dM) {
        Path2D.Double path = new Path2D.Double();
        road.pointAt(from, dM, p);
        path.moveTo(p.x, p.y);
        for (double s = from + step; s < to + step; s += step) {
            road.pointAt(Math.min(s, to), dM, p);
            path.lineTo(p.x, p.y);
        }
        return path;
    }

    private void appendReverse(Path2D.Double path, RoadMap road, double from, double to, double step, double dM) {
        for (double s = to; s > from - step; s -= step) {
            road.pointAt(Math.max(s, from), dM, p);
            path.lineTo(p.x, p.y);
        }
    }

    private static Path2D.Double box(double x, double y, double yaw, double length, double width) {
        double c = Math.cos(yaw), s = Math.sin(yaw);
        double fx = c * length / 2, fy = s * length / 2, lx = -s * width / 2, ly = c * width / 2;
        Path2D.Double path = new Path2D.Double();
        path.moveTo(x + fx - lx, y + fy - ly);
        path.lineTo(x + fx + lx, y + fy + ly);
        path.lineTo(x - fx + lx, y - fy + ly);
        path.lineTo(x - fx - lx, y - fy - ly);
        path.closePath();
        return path;
    }

    private void drawBox(Graphics2D g, double x, double y, double yaw, double length, double width, Color fill,
            Color outline) {
        Path2D.Double shape = box(x, y, yaw, length, width);
        g.setColor(fill);
        g.fill(shape);
        g.setColor(outline);
        g.setStroke(new BasicStroke(lineWidth(0.08)));
        g.draw(shape);
        // Heading tick: centre to the middle of the front edge.
        g.draw(new Line2D.Double(x, y, x + Math.cos(yaw) * length / 2, y + Math.sin(yaw) * length / 2));
    }

    private void drawEgo(Graphics2D g, Scene scene) {
        double yaw = scene.egoPose().yawRad();
        double ahead = scene.egoDims().lengthM() / 2 - scene.egoRearOverhangM();
        drawBox(g, scene.egoPose().xM() + Math.cos(yaw) * ahead, scene.egoPose().yM() + Math.sin(yaw) * ahead, yaw,
                scene.egoDims().lengthM(), scene.egoDims().widthM(), new Color(EGO_RGB), Color.WHITE);
    }

    private void drawEnvelope(Graphics2D g, BevOverlay overlay) {
        double[] xy = overlay.envelopeXy();
        if (xy.length >= 6) {
            Path2D.Double poly = path(xy);
            poly.closePath();
            g.setColor(ENVELOPE);
            g.fill(poly);
            g.setColor(ENVELOPE.brighter());
            g.setStroke(new BasicStroke(lineWidth(0.1)));
            g.draw(poly);
        }
    }

    private static Path2D.Double path(double[] xy) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        return path;
    }

    private void drawOverlayShapes(Graphics2D g, Scene scene, BevOverlay overlay) {
        g.setStroke(new BasicStroke(lineWidth(0.15)));
        for (BevOverlay.Box d : overlay.detections()) {
            g.setColor(DETECTION);
            g.draw(box(d.xM(), d.yM(), d.yawRad(), d.lengthM(), d.widthM()));
        }
        for (BevOverlay.Track t : overlay.tracks()) {
            g.setColor(TRACK);
            g.draw(box(t.xM(), t.yM(), t.yawRad(), t.lengthM(), t.widthM()));
            g.draw(new Line2D.Double(t.xM(), t.yM(), t.xM() + t.vxMps(), t.yM() + t.vyMps()));
            arrowHead(g, t.xM(), t.yM(), t.xM() + t.vxMps(), t.yM() + t.vyMps());
        }
        if (overlay.plannedXy().length >= 4) {
            g.setColor(PLAN);
            g.setStroke(new BasicStroke(lineWidth(0.3), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(path(overlay.plannedXy()));
        }
    }

    private void arrowHead(Graphics2D g, double x0, double y0, double x1, double y1) {
        double len = Math.hypot(x1 - x0, y1 - y0);
        if (len < 1e-6) {
            return;
        }
        double ux = (x1 - x0) / len, uy = (y1 - y0) / len;
        double head = Math.min(1.0, 0.4 * len);
        for (double side : new double[] {-1, 1}) {
            double hx = x1 - head * ux + side * 0.5 * head * -uy;
            double hy = y1 - head * uy + side * 0.5 * head * ux;
            g.draw(new Line2D.Double(x1, y1, hx, hy));
        }
    }

    private void drawLabels(Graphics2D g, Scene scene, BevOverlay overlay, AffineTransform world) {
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
        Point2D.Double pt = new Point2D.Double();
        for (SceneObject o : scene.objects()) {
            world.transform(new Point2D.Double(o.xM(), o.yM()), pt);
            outlinedText(g, Long.toString(o.actorId()), (int) pt.x + 6, (int) pt.y - 6, Color.WHITE);
        }
        for (BevOverlay.Track t : overlay.tracks()) {
            world.transform(new Point2D.Double(t.xM(), t.yM()), pt);
            outlinedText(g, "T" + t.trackId(), (int) pt.x + 6, (int) pt.y + 8, TRACK);
        }
        for (BevOverlay.Box d : overlay.detections()) {
            if (!d.label().isEmpty()) {
                world.transform(new Point2D.Double(d.xM(), d.yM()), pt);
                // Left of the box, right-aligned, so it does not sit on the track and actor ids.
                int textW = g.getFontMetrics().stringWidth(d.label());
                outlinedText(g, d.label(), (int) pt.x - 8 - textW, (int) pt.y + 4, DETECTION);
            }
        }
        g.setFont(new Font(Font.MONOSPACED, Font.BOLD, 12));
        int y = 16;
        for (String line : overlay.textLines()) {
            outlinedText(g, line, 6, y, Color.WHITE);
            y += 15;
        }
        outlinedText(g, String.format("%.1f m/px  t=%.2f s", metresPerPixel, scene.simTimeNs() / 1e9), 6,
                heightPx - 6, Color.LIGHT_GRAY);
    }

    private static void outlinedText(Graphics2D g, String text, int x, int y, Color colour) {
        g.setColor(Color.BLACK);
        g.drawString(text, x + 1, y + 1);
        g.setColor(colour);
        g.drawString(text, x, y);
    }
}
