package io.avstack.sim.run;

import io.avstack.sim.scene.Scene;

/**
 * Watches the run tick by tick without taking part (a video writer, a viewer). The runner calls
 * {@link #wantsScene} every tick and builds a {@link Scene} only for the ticks an observer wants.
 */
public interface SceneObserver extends AutoCloseable {

    /** Whether {@link #onScene} should be called at sim time {@code nowNs}. */
    boolean wantsScene(long nowNs);

    void onScene(Scene scene);

    /** Called once after the last tick (finish a file). */
    @Override
    default void close() {
    }
}
