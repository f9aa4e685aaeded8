package io.avstack.sim.run;

import io.avstack.sim.render.BevOverlay;
import io.avstack.sim.render.Png;
import io.avstack.sim.scene.Scene;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Writes a PNG of {@link RunPictures} at chosen simulated times: at the first tick at or after each
 * time. Times after the end of the run produce nothing.
 */
public final class SnapshotObserver implements SceneObserver {

    private final TreeMap<Long, Path> pending;
    private final RunPictures pictures;
    private int written;

    /** @param filesByTimeNs the PNG file to write for each simulated time, ns */
    public SnapshotObserver(Map<Long, Path> filesByTimeNs, long seed) {
        this(filesByTimeNs, seed, () -> BevOverlay.NONE);
    }

    /** As {@link #SnapshotObserver(Map, long)} with {@code overlay} drawn over the bird's-eye view. */
    public SnapshotObserver(Map<Long, Path> filesByTimeNs, long seed, Supplier<BevOverlay> overlay) {
        this.pending = new TreeMap<>(filesByTimeNs);
        this.pictures = new RunPictures(seed, overlay);
    }

    @Override
    public boolean wantsScene(long nowNs) {
        return !pending.isEmpty() && pending.firstKey() <= nowNs;
    }

    @Override
    public void onScene(Scene scene) {
        var picture = pictures.render(scene);
        while (!pending.isEmpty() && pending.firstKey() <= scene.simTimeNs()) {
            Png.write(picture, pending.pollFirstEntry().getValue());
            written++;
        }
    }

    /** PNGs written so far. */
    public int written() {
        return written;
    }
}
