package io.avstack.sim.run;

import io.avstack.sim.render.BevOverlay;
import io.avstack.sim.render.VideoWriter;
import io.avstack.sim.scene.Scene;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Writes the video of a run (docs/RENDERING.md): {@link RunPictures} (front camera beside a
 * bird's-eye view, 1280 x 480), {@link #FPS} frames per simulated second. Rendering takes sim time
 * only, so the video of a run is reproducible.
 */
public final class RunVideoObserver implements SceneObserver {

    /** Frames per simulated second. */
    public static final int FPS = 10;

    private static final long FRAME_NS = 1_000_000_000L / FPS;

    private final RunPictures pictures;
    private final VideoWriter writer;

    /** Opens {@code file} for writing; {@code VideoWriter.VideoException} if no encoder opens. */
    public RunVideoObserver(Path file, long seed) {
        this(file, seed, () -> BevOverlay.NONE);
    }

    /** As {@link #RunVideoObserver(Path, long)} with {@code overlay} drawn over the bird's-eye view. */
    public RunVideoObserver(Path file, long seed, Supplier<BevOverlay> overlay) {
        this.pictures = new RunPictures(seed, overlay);
        this.writer = new VideoWriter(file, pictures.widthPx(), pictures.heightPx(), FPS);
    }

    @Override
    public boolean wantsScene(long nowNs) {
        return nowNs % FRAME_NS == 0;
    }

    @Override
    public void onScene(Scene scene) {
        writer.write(pictures.render(scene));
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
