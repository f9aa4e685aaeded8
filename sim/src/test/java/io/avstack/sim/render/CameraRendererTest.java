package io.avstack.sim.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.avstack.core.geom.OpticalAxes;
import io.avstack.core.geom.PinholeCamera;
import io.avstack.core.geom.RigidTransform;
import io.avstack.core.msg.Dimensions;
import io.avstack.core.msg.Header;
import io.avstack.sim.scene.Scene;
import io.avstack.sim.scene.SceneObject;
import io.avstack.sim.vehicle.AllocationMeter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.joml.Vector2d;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

class CameraRendererTest {

    private static final CameraRenderConfig CLEAN = CameraRenderConfig.defaults(1).withNoise(0, 0);
    private static final int PIXELS = 640 * 480;

    private static CameraRenderer renderer(CameraRenderConfig config) {
        return new CameraRenderer(RenderScenes.VGA, RenderScenes.WINDSCREEN, config);
    }

    private static byte[] render(CameraRenderer camera, Scene scene) {
        byte[] rgb = new byte[PIXELS * 3];
        camera.renderInto(scene, rgb);
        return rgb;
    }

    /** World point -> optical frame of the windscreen camera on {@code scene}'s ego, by the core geometry. */
    private static Vector3d toOptical(Scene scene, double x, double y, double z) {
        RigidTransform vehicleToWorld = new RigidTransform().set(scene.egoPose());
        RigidTransform opticalToWorld = vehicleToWorld.compose(RigidTransform.of(RenderScenes.WINDSCREEN),
                new RigidTransform()).compose(OpticalAxes.opticalToBody(new RigidTransform()), new RigidTransform());
        return opticalToWorld.invert(new RigidTransform()).transformPoint(x, y, z, new Vector3d());
    }

    private static double egoX(Scene scene, double ahead, double left) {
        double yaw = scene.egoPose().yawRad();
        return scene.egoPose().xM() + ahead * Math.cos(yaw) - left * Math.sin(yaw);
    }

    private static double egoY(Scene scene, double ahead, double left) {
        double yaw = scene.egoPose().yawRad();
        return scene.egoPose().yM() + ahead * Math.sin(yaw) + left * Math.cos(yaw);
    }

    @Test
    void smallBoxImagesWhereThePinholeModelProjectsIt() {
        Scene probe = RenderScenes.onStraight(List.of());
        double x = egoX(probe, 21.5, 1.2);
        double y = egoY(probe, 21.5, 1.2);
        Dimensions cube = new Dimensions(0.3, 0.3, 0.3);
        Scene scene = RenderScenes.onStraight(List.of(RenderScenes.at(42, x, y, 0.3, cube, 0xffffff)));
        CameraRenderer camera = renderer(CLEAN);
        render(camera, scene);

        double sumU = 0;
        double sumV = 0;
        int n = 0;
        for (int v = 0; v < 480; v++) {
            for (int u = 0; u < 640; u++) {
                if (camera.actorIdAt(u, v) == 42) {
                    sumU += u;
                    sumV += v;
                    n++;
                }
            }
        }
        Vector2d expected = new Vector2d();
        assertThat(new PinholeCamera(RenderScenes.VGA).project(toOptical(scene, x, y, 0.15), expected)).isTrue();
        assertThat(n).isGreaterThan(20);
        assertThat(sumU / n).isCloseTo(expected.x, org.assertj.core.data.Offset.offset(1.0));
        assertThat(sumV / n).isCloseTo(expected.y, org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void anActorHiddenBehindANearerOneHasNoVisiblePixels() {
        Scene probe = RenderScenes.onStraight(List.of());
        SceneObject near = RenderScenes.at(1, egoX(probe, 14, 0), egoY(probe, 14, 0), 0, RenderScenes.CAR, 0xff0000);
        SceneObject far = RenderScenes.at(2, egoX(probe, 30, 0), egoY(probe, 30, 0), 0, RenderScenes.CAR, 0x0000ff);
        CameraRenderer camera = renderer(CLEAN);
        render(camera, RenderScenes.onStraight(List.of(far, near)));

        List<VisibleBox> boxes = new ArrayList<>();
        camera.visibleBoxes(boxes);
        assertThat(boxes).extracting(VisibleBox::actorId).containsExactly(1L);
        assertThat(boxes.get(0).visibleFraction()).isGreaterThan(0.99);

        // Alone, the far car is visible: it was hidden, not missing.
        render(camera, RenderScenes.onStraight(List.of(far)));
        camera.visibleBoxes(boxes);
        assertThat(boxes).extracting(VisibleBox::actorId).containsExactly(2L);
    }

    @Test
    void partlyOccludedActorReportsItsVisibleFraction() {
        Scene probe = RenderScenes.onStraight(List.of());
        SceneObject near = RenderScenes.at(1, egoX(probe, 14, 0), egoY(probe, 14, 0), 0, RenderScenes.CAR, 0xff0000);
        SceneObject far = RenderScenes.at(2, egoX(probe, 30, 1.6), egoY(probe, 30, 1.6), 0, RenderScenes.CAR, 0xff);
        CameraRenderer camera = renderer(CLEAN);
        render(camera, RenderScenes.onStraight(List.of(near, far)));
        List<VisibleBox> boxes = new ArrayList<>();
        camera.visibleBoxes(boxes);
        assertThat(boxes).extracting(VisibleBox::actorId).containsExactly(1L, 2L);
        assertThat(boxes.get(1).visibleFraction()).isBetween(0.05, 0.95);
        // Asking again for the same frame gives the same answer.
        List<VisibleBox> again = new ArrayList<>();
        camera.visibleBoxes(again);
        assertThat(again).isEqualTo(boxes);
    }

    @Test
    void groundTruthBoxOfASingleActorMatchesItsProjectedCorners() {
        Scene probe = RenderScenes.onStraight(List.of());
        double x = egoX(probe, 16, -1.5);
        double y = egoY(probe, 16, -1.5);
        double yaw = 0.4;
        Scene scene = RenderScenes.onStraight(List.of(RenderScenes.at(5, x, y, yaw, RenderScenes.CAR, 0x20a020)));
        CameraRenderer camera = renderer(CLEAN);
        render(camera, scene);
        List<VisibleBox> boxes = new ArrayList<>();
        camera.visibleBoxes(boxes);

        double minU = Double.MAX_VALUE, minV = Double.MAX_VALUE, maxU = -Double.MAX_VALUE, maxV = -Double.MAX_VALUE;
        PinholeCamera pinhole = new PinholeCamera(RenderScenes.VGA);
        Vector2d px = new Vector2d();
        Dimensions d = RenderScenes.CAR;
        for (int corner = 0; corner < 8; corner++) {
            double a = (corner & 1) == 0 ? d.lengthM() / 2 : -d.lengthM() / 2;
            double b = (corner & 2) == 0 ? d.widthM() / 2 : -d.widthM() / 2;
            double z = (corner & 4) == 0 ? 0 : d.heightM();
            double cx = x + a * Math.cos(yaw) - b * Math.sin(yaw);
            double cy = y + a * Math.sin(yaw) + b * Math.cos(yaw);
            assertThat(pinhole.project(toOptical(scene, cx, cy, z), px)).isTrue();
            minU = Math.min(minU, px.x);
            maxU = Math.max(maxU, px.x);
            minV = Math.min(minV, px.y);
            maxV = Math.max(maxV, px.y);
        }
        assertThat(boxes).hasSize(1);
        VisibleBox box = boxes.get(0);
        org.assertj.core.data.Offset<Double> px15 = org.assertj.core.data.Offset.offset(1.5);
        assertThat((double) box.minU()).isCloseTo(minU, px15);
        assertThat((double) box.maxU()).isCloseTo(maxU, px15);
        assertThat((double) box.minV()).isCloseTo(minV, px15);
        assertThat((double) box.maxV()).isCloseTo(maxV, px15);
        assertThat(box.visibleFraction()).isEqualTo(1.0);
    }

    @Test
    void sameSceneAndSeedGiveByteIdenticalFrames() {
        Scene scene = RenderScenes.busyCurve(2_000_000_000L);
        CameraRenderer first = renderer(CameraRenderConfig.defaults(99));
        byte[] a = render(first, scene);
        render(first, RenderScenes.busyCurve(5_000_000_000L));
        byte[] again = render(first, scene);
        byte[] b = render(renderer(CameraRenderConfig.defaults(99)), scene);
        byte[] otherSeed = render(renderer(CameraRenderConfig.defaults(100)), scene);
        assertThat(again).isEqualTo(a);
        assertThat(b).isEqualTo(a);
        assertThat(Arrays.equals(otherSeed, a)).isFalse();
    }

    @Test
    void duskIsDarkerThanDay() {
        Scene scene = RenderScenes.busyCurve(0);
        double day = meanLevel(render(renderer(CLEAN), scene));
        double dusk = meanLevel(render(renderer(CLEAN.withLighting(Lighting.DUSK)), scene));
        assertThat(dusk).isLessThan(day - 20);
    }

    private static double meanLevel(byte[] rgb) {
        long sum = 0;
        for (byte b : rgb) {
            sum += b & 0xff;
        }
        return sum / (double) rgb.length;
    }

    @Test
    void boxStraddlingTheCameraPlaneIsClippedToItsOwnSideOfTheImage() {
        Scene probe = RenderScenes.onStraight(List.of());
        // A long van beside the camera, from 3 m behind it to 4 m ahead, 2.6 m to its left.
        SceneObject beside = RenderScenes.at(3, egoX(probe, 2.0, 2.6), egoY(probe, 2.0, 2.6), 0,
                new Dimensions(7, 1.9, 2.2), 0xffffff);
        CameraRenderer camera = renderer(CLEAN);
        byte[] empty = render(camera, RenderScenes.onStraight(List.of()));
        byte[][] with = new byte[1][];
        assertThatCode(() -> with[0] = render(camera, RenderScenes.onStraight(List.of(beside))))
                .doesNotThrowAnyException();

        int visible = 0;
        for (int v = 0; v < 480; v++) {
            for (int u = 0; u < 640; u++) {
                boolean isVan = camera.actorIdAt(u, v) == 3;
                visible += isVan ? 1 : 0;
                if (u > 330) {
                    assertThat(isVan).as("van pixel at u=%d v=%d", u, v).isFalse();
                    int i = 3 * (v * 640 + u);
                    assertThat(Arrays.equals(with[0], i, i + 3, empty, i, i + 3)).as("pixel %d,%d", u, v).isTrue();
                }
            }
        }
        assertThat(visible).isGreaterThan(5000);
    }

    @Test
    void frameMatchesTheIntrinsicsSizeAndRgb8Layout() {
        Scene scene = RenderScenes.busyCurve(0);
        var frame = renderer(CLEAN).render(scene, Header.of("camera_front", 3, 0), "front");
        assertThat(frame.widthPx()).isEqualTo(640);
        assertThat(frame.heightPx()).isEqualTo(480);
        assertThat(frame.data()).hasSize(PIXELS * 3);
        // Top row is sky: blue dominates.
        byte[] d = frame.data();
        assertThat(d[2] & 0xff).isGreaterThan(d[0] & 0xff);
    }

    @Test
    void renderingAFrameAllocatesNothing() {
        CameraRenderer camera = renderer(CameraRenderConfig.defaults(3));
        Scene scene = RenderScenes.busyCurve(0);
        byte[] rgb = new byte[PIXELS * 3];
        for (int i = 0; i < 5; i++) {
            camera.renderInto(scene, rgb);
        }
        long before = AllocationMeter.allocatedBytes();
        for (int i = 0; i < 10; i++) {
            camera.renderInto(scene, rgb);
        }
        assertThat(AllocationMeter.allocatedBytes() - before).isLessThan(1024);
    }

    @Test
    void signalHeadShowsTheLitLampColour() {
        io.avstack.core.map.Road road = RenderScenes.curvedRoad();
        CameraRenderer camera = renderer(CLEAN);
        // Cycle: 20 s green, 3 s yellow, 20 s red.
        byte[] green = render(camera, new Scene(5_000_000_000L, road, RenderScenes.egoPoseAt(road, 74), 0,
                RenderScenes.CAR, 1.0, List.of(), java.util.Map.of()));
        byte[] red = render(camera, new Scene(30_000_000_000L, road, RenderScenes.egoPoseAt(road, 74), 0,
                RenderScenes.CAR, 1.0, List.of(), java.util.Map.of()));
        assertThat(countNear(green, 0x30ff60)).isGreaterThan(4);
        assertThat(countNear(green, 0xff2a1a)).isZero();
        assertThat(countNear(red, 0xff2a1a)).isGreaterThan(4);
        assertThat(countNear(red, 0x30ff60)).isZero();
    }

    private static int countNear(byte[] rgb, int colour) {
        int n = 0;
        for (int i = 0; i < rgb.length; i += 3) {
            int dr = Math.abs((rgb[i] & 0xff) - ((colour >> 16) & 0xff));
            int dg = Math.abs((rgb[i + 1] & 0xff) - ((colour >> 8) & 0xff));
            int db = Math.abs((rgb[i + 2] & 0xff) - (colour & 0xff));
            n += dr + dg + db < 40 ? 1 : 0;
        }
        return n;
    }

    @Test
    void extremeMountsRenderWithoutErrors() {
        Scene scene = RenderScenes.busyCurve(0);
        io.avstack.core.geom.Extrinsics[] mounts = {
            new io.avstack.core.geom.Extrinsics(1.5, 0, 1.4, 0, Math.PI / 2, 0),   // straight down
            new io.avstack.core.geom.Extrinsics(1.5, 0, 1.4, 0, -Math.PI / 2, 0),  // straight up
            new io.avstack.core.geom.Extrinsics(1.5, 0, -0.5, 0.3, 0, Math.PI),    // below ground, backwards
            new io.avstack.core.geom.Extrinsics(14.0, 0, 0.75, 0, 0, 0),           // inside the lead car
        };
        for (io.avstack.core.geom.Extrinsics mount : mounts) {
            CameraRenderer camera = new CameraRenderer(RenderScenes.VGA, mount, CLEAN);
            assertThatCode(() -> {
                render(camera, scene);
                camera.visibleBoxes(new ArrayList<>());
            }).as("mount %s", mount).doesNotThrowAnyException();
        }
        // Straight down from 1.4 m onto the lane: road colour, no sky.
        CameraRenderer down = new CameraRenderer(RenderScenes.VGA, mounts[0], CLEAN);
        byte[] rgb = render(down, scene);
        int centre = 3 * (240 * 640 + 320);
        assertThat(rgb[centre + 2] & 0xff).isLessThan(140);
    }

    @Test
    void actorIdBufferAgreesWithPerPixelLookup() {
        CameraRenderer camera = renderer(CLEAN);
        render(camera, RenderScenes.busyCurve(0));
        long[] ids = new long[PIXELS];
        camera.actorIds(ids);
        java.util.Set<Long> seen = new java.util.TreeSet<>();
        for (int i = 0; i < PIXELS; i += 7) {
            assertThat(ids[i]).isEqualTo(camera.actorIdAt(i % 640, i / 640));
            seen.add(ids[i]);
        }
        assertThat(seen).contains(-1L, 1L);
    }
}
