package io.avstack.sim.render;

import io.avstack.core.geom.CameraIntrinsics;
import io.avstack.core.geom.Extrinsics;
import io.avstack.core.geom.OpticalAxes;
import io.avstack.core.geom.RigidTransform;
import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.ImageEncoding;
import io.avstack.sim.scene.Scene;
import io.avstack.sim.scene.SceneObject;
import io.avstack.core.map.Lane;
import io.avstack.core.map.LightState;
import io.avstack.core.map.Pose2;
import io.avstack.core.map.RoadMap;
import io.avstack.core.map.StopLine;
import io.avstack.core.map.TravelDirection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.joml.Matrix4dc;

/**
 * Renders a {@link Scene} as a camera mounted on the ego would see it: sky, grass, the road with its
 * paint, traffic lights, and every actor as shaded boxes, with a z-buffer and near-plane clipping.
 * Pure Java on one thread; after construction {@link #renderInto} allocates nothing (the road's
 * mesh is rebuilt, once, when a scene brings a different road). Lens distortion in the intrinsics
 * is ignored: the image is an ideal pinhole image with the same fx, fy, cx, cy. Not thread-safe.
 *
 * <p>Besides the image it keeps, per frame, an actor-index buffer ({@link #actorIdAt}) and gives
 * each actor's visible 2D box and visible fraction ({@link #visibleBoxes}), for detector training.
 */
public final class CameraRenderer {

    /** Shadows extend this far beyond a vehicle's footprint, m. */
    private static final double SHADOW_MARGIN_M = 0.25;
    /** Fog halves contrast at about 0.7 times this distance, m. */
    private static final double FOG_DISTANCE_M = 450;
    /** Signal poles stand this far outside the road edge, m. */
    private static final double POLE_OFFSET_M = 0.8;

    private final CameraIntrinsics intrinsics;
    private final CameraRenderConfig config;
    private final Raster raster;
    private final Background background = new Background();
    private final SensorResponse response;
    private final BoxPainter boxes;
    private final ActorModels models;
    private final RigidTransform sensorToVehicle;
    private final RigidTransform opticalToBody = OpticalAxes.opticalToBody(new RigidTransform());
    private final RigidTransform vehicleToWorld = new RigidTransform();
    private final RigidTransform scratch = new RigidTransform();
    private final RigidTransform opticalToWorld = new RigidTransform();
    private final RigidTransform worldToOptical = new RigidTransform();
    private final double[] m = new double[12];
    private double camX;
    private double camY;
    private double camZ;

    private RoadMap meshRoad;
    private GroundMesh mesh;
    private List<SignalPost> posts = List.of();
    private Scene lastScene;
    /** Ground-truth scratch, by actor index + 1; grows with the largest scene seen. */
    private int[] gtCount = new int[1];
    private int[] gtMinU = new int[1];
    private int[] gtMinV = new int[1];
    private int[] gtMaxU = new int[1];
    private int[] gtMaxV = new int[1];

    /** Where a traffic light's head stands and which way it faces. */
    private record SignalPost(String lightId, double xM, double yM, double facingRad) {
    }

    public CameraRenderer(CameraIntrinsics intrinsics, Extrinsics extrinsics, CameraRenderConfig config) {
        this.intrinsics = intrinsics;
        this.config = config;
        this.raster = new Raster(intrinsics.widthPx(), intrinsics.heightPx(), intrinsics.fxPx(), intrinsics.fyPx(),
                intrinsics.cxPx(), intrinsics.cyPx());
        raster.setNear(config.nearM());
        raster.setFog(config.lighting().skyHorizonRgb(), FOG_DISTANCE_M);
        this.response = new SensorResponse(config.seed(), config.colourJitter(), config.noiseSigma());
        this.boxes = new BoxPainter(raster);
        this.models = new ActorModels(boxes);
        this.sensorToVehicle = RigidTransform.of(extrinsics);
        background.prepare(config.lighting(), raster);
    }

    public int widthPx() {
        return intrinsics.widthPx();
    }

    public int heightPx() {
        return intrinsics.heightPx();
    }

    /** Renders {@code scene} into a new RGB8 frame (the frame owns its pixel array, as CameraFrame requires). */
    public CameraFrame render(Scene scene, Header header, String intrinsicsId) {
        byte[] data = new byte[widthPx() * heightPx() * 3];
        renderInto(scene, data);
        return new CameraFrame(header, widthPx(), heightPx(), ImageEncoding.RGB8, intrinsicsId, data);
    }

    /** Renders {@code scene} as RGB8 into {@code rgbDest} (width * height * 3 bytes, row-major). */
    public void renderInto(Scene scene, byte[] rgbDest) {
        if (rgbDest.length != widthPx() * heightPx() * 3) {
            throw new IllegalArgumentException("rgbDest must hold " + widthPx() + "x" + heightPx()
                    + "x3 bytes, was " + rgbDest.length);
        }
        lastScene = scene;
        setCamera(scene);
        if (scene.road() != meshRoad) {
            meshRoad = scene.road();
            mesh = new GroundMesh(meshRoad);
            posts = signalPosts(meshRoad);
        }
        background.paint(raster, m, camX, camY, camZ, intrinsics.fxPx(), intrinsics.fyPx(), intrinsics.cxPx(),
                intrinsics.cyPx());
        raster.clearDepthAndIds();
        drawGround();
        drawActors(scene);
        drawSignals(scene);
        response.toRgb8(raster.colour, scene.simTimeNs(), rgbDest);
    }

    /**
     * Actor id of the nearest actor at pixel (u, v) of the last frame, or -1 where the pixel shows
     * no actor (road, sky, a traffic light).
     */
    public long actorIdAt(int u, int v) {
        int index = raster.ids[v * raster.width + u];
        return index == 0 ? -1 : lastScene.objects().get(index - 1).actorId();
    }

    /**
     * Copies the last frame's per-pixel actor ids (row-major, -1 where no actor shows) into
     * {@code dest}, which must hold width * height values. Allocation-free.
     */
    public void actorIds(long[] dest) {
        int[] ids = raster.ids;
        if (dest.length != ids.length) {
            throw new IllegalArgumentException("actor id buffer must hold " + ids.length + " values, was " + dest.length);
        }
        List<SceneObject> objects = lastScene == null ? List.of() : lastScene.objects();
        for (int i = 0; i < ids.length; i++) {
            int index = ids[i];
            dest[i] = index == 0 ? -1 : objects.get(index - 1).actorId();
        }
    }

    /**
     * Adds to {@code dest} (cleared first) a {@link VisibleBox} for every actor of the last frame
     * with at least one visible pixel, in scene order. Re-rasterises the visible actors' silhouettes once;
     * allocates only the boxes (and scratch when a scene has more actors than any before).
     */
    public void visibleBoxes(List<VisibleBox> dest) {
        dest.clear();
        if (lastScene == null) {
            return;
        }
        List<SceneObject> objects = lastScene.objects();
        int n = objects.size();
        if (gtCount.length < n + 1) {
            gtCount = new int[n + 1];
            gtMinU = new int[n + 1];
            gtMinV = new int[n + 1];
            gtMaxU = new int[n + 1];
            gtMaxV = new int[n + 1];
        }
        int[] count = gtCount, minU = gtMinU, minV = gtMinV, maxU = gtMaxU, maxV = gtMaxV;
        Arrays.fill(count, 0);
        Arrays.fill(minU, Integer.MAX_VALUE);
        Arrays.fill(minV, Integer.MAX_VALUE);
        Arrays.fill(maxU, -1);
        Arrays.fill(maxV, -1);
        raster.clearCover();
        int[] ids = raster.ids;
        int w = raster.width;
        for (int i = 0; i < ids.length; i++) {
            int id = ids[i];
            if (id != 0) {
                int u = i % w;
                int v = i / w;
                count[id]++;
                minU[id] = Math.min(minU[id], u);
                maxU[id] = Math.max(maxU[id], u);
                minV[id] = Math.min(minV[id], v);
                maxV[id] = Math.max(maxV[id], v);
            }
        }
        for (int k = 1; k <= n; k++) {
            if (count[k] == 0) {
                continue;
            }
            SceneObject o = objects.get(k - 1);
            raster.resetCoverCount();
            models.draw(o, 0, k, Raster.MODE_COVERAGE);
            dest.add(new VisibleBox(o.actorId(), o.cls(), minU[k], minV[k], maxU[k], maxV[k], count[k],
                    raster.coverCount()));
        }
    }

    private void setCamera(Scene scene) {
        vehicleToWorld.set(scene.egoPose());
        vehicleToWorld.compose(sensorToVehicle, scratch);
        scratch.compose(opticalToBody, opticalToWorld);
        opticalToWorld.invert(worldToOptical);
        Matrix4dc w = worldToOptical.matrix();
        // JOML is column-major (mCR = column C, row R); m is row-major [R | t].
        m[0] = w.m00(); m[1] = w.m10(); m[2] = w.m20(); m[3] = w.m30();
        m[4] = w.m01(); m[5] = w.m11(); m[6] = w.m21(); m[7] = w.m31();
        m[8] = w.m02(); m[9] = w.m12(); m[10] = w.m22(); m[11] = w.m32();
        Matrix4dc c = opticalToWorld.matrix();
        camX = c.m30();
        camY = c.m31();
        camZ = c.m32();
        raster.setCamera(m);
        boxes.setFrame(config.lighting(), camX, camY, camZ);
    }

    private void drawGround() {
        double maxSq = config.drawDistanceM() * config.drawDistanceM();
        double brightness = config.lighting().brightness(0, 0, 1);
        int lastRgb = -1;
        int lit = 0;
        for (int i = 0, n = mesh.count(); i < n; i++) {
            double ddx = mesh.centreX(i) - camX;
            double ddy = mesh.centreY(i) - camY;
            if (ddx * ddx + ddy * ddy > maxSq) {
                continue;
            }
            if (mesh.rgb(i) != lastRgb) {
                lastRgb = mesh.rgb(i);
                lit = Colours.scale(lastRgb, brightness);
            }
            raster.quad(mesh.x(i, 0), mesh.y(i, 0), 0, mesh.x(i, 1), mesh.y(i, 1), 0, mesh.x(i, 2), mesh.y(i, 2), 0,
                    mesh.x(i, 3), mesh.y(i, 3), 0, lit, 0, Raster.MODE_GROUND);
        }
    }

    private void drawActors(Scene scene) {
        List<SceneObject> objects = scene.objects();
        int n = objects.size();
        double maxSq = config.drawDistanceM() * config.drawDistanceM();
        // Shadows first: they darken the ground only, so they must precede every solid.
        for (int k = 0; k < n; k++) {
            SceneObject o = objects.get(k);
            if (distanceSq(o) <= maxSq) {
                shadow(o);
            }
        }
        for (int k = 0; k < n; k++) {
            SceneObject o = objects.get(k);
            if (distanceSq(o) <= maxSq) {
                models.draw(o, jittered(o), k + 1, Raster.MODE_SOLID);
            }
        }
    }

    private double distanceSq(SceneObject o) {
        double dx = o.xM() - camX;
        double dy = o.yM() - camY;
        return dx * dx + dy * dy;
    }

    /** The actor's colour varied per run: each channel scaled by a seeded factor within the jitter. */
    private int jittered(SceneObject o) {
        double j = config.colourJitter();
        if (j == 0) {
            return o.rgb();
        }
        long h = Colours.mix64(config.seed() * 0x9E3779B97F4A7C15L + o.actorId());
        int rgb = o.rgb();
        int r = Colours.clamp((int) (((rgb >> 16) & 0xff) * (1 + j * Colours.signedUnit(h))));
        int g = Colours.clamp((int) (((rgb >> 8) & 0xff) * (1 + j * Colours.signedUnit(Colours.mix64(h + 1)))));
        int b = Colours.clamp((int) ((rgb & 0xff) * (1 + j * Colours.signedUnit(Colours.mix64(h + 2)))));
        return (r << 16) | (g << 8) | b;
    }

    private void shadow(SceneObject o) {
        double hl = o.dims().lengthM() / 2 + SHADOW_MARGIN_M;
        double hw = o.dims().widthM() / 2 + SHADOW_MARGIN_M;
        double c = Math.cos(o.yawRad());
        double s = Math.sin(o.yawRad());
        Lighting l = config.lighting();
        // Offset away from the sun by a fraction of the height, capped so dusk shadows stay short.
        double reach = Math.min(1.5, 0.3 * o.dims().heightM() / Math.max(0.2, Math.tan(l.sunElevationRad())));
        double x = o.xM() - reach * l.sunX() / Math.max(1e-6, Math.hypot(l.sunX(), l.sunY()));
        double y = o.yM() - reach * l.sunY() / Math.max(1e-6, Math.hypot(l.sunX(), l.sunY()));
        double fx = c * hl, fy = s * hl, lx = -s * hw, ly = c * hw;
        raster.quad(x + fx - lx, y + fy - ly, 0, x + fx + lx, y + fy + ly, 0, x - fx + lx, y - fy + ly, 0,
                x - fx - lx, y - fy - ly, 0, 0, 0, Raster.MODE_SHADOW);
    }

    private void drawSignals(Scene scene) {
        for (int i = 0, n = posts.size(); i < n; i++) {
            SignalPost post = posts.get(i);
            LightState state = scene.lightStates().get(post.lightId());
            if (state == null) {
                state = scene.road().lightState(post.lightId(), scene.simTimeNs());
            }
            models.trafficLight(post.xM(), post.yM(), post.facingRad(), state);
        }
    }

    /** One post per stop line, just outside the road edge on its traffic's right, facing that traffic. */
    private static List<SignalPost> signalPosts(RoadMap road) {
        List<Lane> lanes = road.lanes();
        double left = lanes.get(0).leftEdgeDM() + POLE_OFFSET_M;
        double right = lanes.get(lanes.size() - 1).rightEdgeDM() - POLE_OFFSET_M;
        List<SignalPost> result = new ArrayList<>();
        Pose2 p = new Pose2();
        for (StopLine stop : road.stopLines()) {
            boolean forward = stop.direction() == TravelDirection.FORWARD;
            road.pointAt(stop.sM(), forward ? right : left, p);
            double facing = forward ? p.headingRad + Math.PI : p.headingRad;
            result.add(new SignalPost(stop.light().id(), p.x, p.y, facing));
        }
        return List.copyOf(result);
    }
}
