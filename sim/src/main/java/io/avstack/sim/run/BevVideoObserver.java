package io.avstack.sim.run;

import io.avstack.sim.render.BevOverlay;
import io.avstack.sim.render.BevRenderer;
import io.avstack.sim.render.VideoWriter;
import io.avstack.sim.scene.Scene;
import java.nio.file.Path;

/**
 * Writes a bird's-eye-view video of a run (docs/RENDERING.md): 640 x 480 px at 0.15 m/px around
 * the ego, {@link #FPS} frames per simulated second. Rendering takes sim time only, so the video of
 * a run is reproducible.
 */
public final class BevVideoObserver implements SceneObserver {

    /** Frames per simulated second. */
    public static final int FPS = 10;
    static final int WIDTH_PX = 640;
    static final int HEIGHT_PX = 480;
    static final double METRES_PER_PIXEL = 0.15;

    private static final long FRAME_NS = 1_000_000_000L / FPS;

    private final BevRenderer renderer = new BevRenderer(WIDTH_PX, HEIGHT_PX, METRES_PER_PIXEL);
    private final VideoWriter writer;

    /** Opens {@code file} for writing; {@code VideoWriter.VideoException} if no encoder opens. */
    public BevVideoObserver(Path file) {
        this.writer = new VideoWriter(file, WIDTH_PX, HEIGHT_PX, FPS);
    }

    @Override
    public boolean wantsScene(long nowNs) {
        return nowNs % FRAME_NS == 0;
    }

    @Override
    public void onScene(Scene scene) {
        writer.write(renderer.render(scene, BevOverlay.NONE));
    }

    /** Frames written so far. */
    public int framesWritten() {
        return writer.framesWritten();
    }

    @Override
    public void close() {
        writer.close();
    }
}
