package io.avstack.sim.render;

import io.avstack.sim.scene.Scene;

/**
 * Frames per second of {@link CameraRenderer} at 640x480 on one thread, busy curved scene (nine
 * actors, signal, crosswalk), default config (noise and jitter on). Prints the result; asserts nothing.
 * Run: {@code java -cp <sim test classpath> io.avstack.sim.render.CameraRenderBench [frames]}.
 */
public final class CameraRenderBench {

    private CameraRenderBench() {
    }

    public static void main(String[] args) {
        int frames = args.length > 0 ? Integer.parseInt(args[0]) : 600;
        CameraRenderer camera = new CameraRenderer(RenderScenes.VGA, RenderScenes.WINDSCREEN,
                CameraRenderConfig.defaults(1));
        Scene[] scenes = new Scene[60];
        for (int i = 0; i < scenes.length; i++) {
            scenes[i] = RenderScenes.busyCurve(i * 33_333_333L);
        }
        byte[] rgb = new byte[camera.widthPx() * camera.heightPx() * 3];
        for (int i = 0; i < 200; i++) {
            camera.renderInto(scenes[i % scenes.length], rgb);
        }
        long start = System.nanoTime();
        for (int i = 0; i < frames; i++) {
            camera.renderInto(scenes[i % scenes.length], rgb);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("CameraRenderBench: %d frames 640x480 in %.3f s = %.1f frames/s (%.2f ms/frame)%n",
                frames, seconds, frames / seconds, 1e3 * seconds / frames);
    }
}
