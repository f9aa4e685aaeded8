package io.avstack.sim.render;

import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.Header;
import io.avstack.sim.scene.Scene;
import java.nio.file.Path;

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
        System.out.println("wrote " + out);
    }
}
