package io.avstack.sim.render;

import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.Header;
import io.avstack.sim.scene.Scene;
import io.avstack.sim.scene.SceneObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes preview PNGs of the busy curved scene: {@code RenderPreview <outDir>}. */
public final class RenderPreview {

    private RenderPreview() {
    }

    public static void main(String[] args) {
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/render");
        Scene scene = RenderScenes.busyCurve(1_000_000_000L);
        for (Lighting lighting : new Lighting[] {Lighting.DAY, Lighting.DUSK}) {
            String name = lighting == Lighting.DAY ? "day" : "dusk";
            CameraRenderer camera = new CameraRenderer(RenderScenes.VGA, RenderScenes.WINDSCREEN,
                    CameraRenderConfig.defaults(7).withLighting(lighting));
            CameraFrame frame = camera.render(scene, Header.of("camera_front", 0, scene.simTimeNs()), "front");
            Png.write(Png.toImage(frame), out.resolve("camera-" + name + ".png"));
        }
        BevRenderer bev = new BevRenderer(480, 480, 0.2);
        Png.write(bev.render(scene, sampleOverlay(scene)), out.resolve("bev.png"));
        Scene busy = RenderScenes.busyCurveAt(70, 30_000_000_000L);
        List<SceneObject> near = new ArrayList<>();
        for (SceneObject o : busy.objects()) {
            if (o.cls() != io.avstack.core.msg.ObjectClass.TRUCK) {
                near.add(o);
            }
        }
        near.add(RenderScenes.onLane((io.avstack.core.map.Road) busy.road(), 10, io.avstack.core.msg.ObjectClass.CAR,
                -2, 88, RenderScenes.CAR, 0x808890));
        Scene atLight = new Scene(busy.simTimeNs(), busy.road(), busy.egoPose(), 5, busy.egoDims(), 1.0, near,
                busy.lightStates());
        CameraRenderer camera = new CameraRenderer(RenderScenes.VGA, RenderScenes.WINDSCREEN,
                CameraRenderConfig.defaults(7));
        Png.write(Png.toImage(camera.render(atLight, Header.of("camera_front", 0, 0), "front")),
                out.resolve("camera-signal.png"));
        Scene straight = RenderScenes.onStraight(List.of(
                new SceneObject(1, io.avstack.core.msg.ObjectClass.PEDESTRIAN, 32, 1.0, Math.PI / 2,
                        new io.avstack.core.msg.Dimensions(0.5, 0.6, 1.75), 0, 0, 0xa02070, 0.5, -5),
                new SceneObject(2, io.avstack.core.msg.ObjectClass.CYCLIST, 30, -5.0, 0.3,
                        new io.avstack.core.msg.Dimensions(1.8, 0.6, 1.75), 0, 0, 0x18a0a0, 0.5, 0),
                new SceneObject(3, io.avstack.core.msg.ObjectClass.CAR, 45, 1.75, Math.PI,
                        RenderScenes.CAR, 0, 0, 0x8a8a90, 0.5, 10),
                new SceneObject(4, io.avstack.core.msg.ObjectClass.BUS, 60, -5.25, 0.0,
                        new io.avstack.core.msg.Dimensions(12, 2.55, 3.1), 0, 0, 0xe0c020, 0.5, 10)));
        Png.write(Png.toImage(camera.render(straight, Header.of("camera_front", 0, 0), "front")),
                out.resolve("camera-vru.png"));
        try (VideoWriter video = new VideoWriter(out.resolve("drive.mp4"), 1120, 480, 10)) {
            for (int i = 0; i < 40; i++) {
                Scene s = RenderScenes.busyCurveAt(22 + i, i * 100_000_000L);
                video.write(VideoWriter.sideBySide(Png.toImage(camera.render(s, Header.of("camera_front", i, 0), "f")),
                        bev.render(s, sampleOverlay(s))));
            }
        }
        System.out.println("wrote " + out);
    }

    /** Overlays as the stack would pass them: a detection per actor, tracks, a plan, an envelope, text. */
    static BevOverlay sampleOverlay(Scene scene) {
        List<BevOverlay.Box> detections = new ArrayList<>();
        List<BevOverlay.Track> tracks = new ArrayList<>();
        for (SceneObject o : scene.objects()) {
            detections.add(new BevOverlay.Box(o.xM() + 0.3, o.yM() - 0.2, o.yawRad(), o.dims().lengthM(),
                    o.dims().widthM(), o.cls().name().toLowerCase()));
            tracks.add(new BevOverlay.Track(100 + o.actorId(), o.xM(), o.yM(), o.yawRad(), o.dims().lengthM(),
                    o.dims().widthM(), 8 * Math.cos(o.yawRad()), 8 * Math.sin(o.yawRad())));
        }
        double[] plan = new double[40];
        double[] envelope = new double[8];
        var road = scene.road();
        var p = new io.avstack.core.map.Pose2();
        for (int i = 0; i < 20; i++) {
            road.laneCentreAt(-1, 22 + i * 1.5, p);
            plan[2 * i] = p.x;
            plan[2 * i + 1] = p.y;
        }
        double[][] corners = {{22, -0.2}, {34, -0.2}, {34, -3.3}, {22, -3.3}};
        for (int i = 0; i < 4; i++) {
            road.pointAt(corners[i][0], corners[i][1], p);
            envelope[2 * i] = p.x;
            envelope[2 * i + 1] = p.y;
        }
        return new BevOverlay(detections, tracks, plan, envelope,
                List.of("FOLLOW lead=1 gap=8.6 m", "speed 10.0 m/s  limit 13.9"));
    }
}
