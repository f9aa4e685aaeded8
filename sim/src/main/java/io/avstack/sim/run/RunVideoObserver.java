package io.avstack.sim.run;

import io.avstack.core.geom.SensorCalibration;
import io.avstack.core.msg.Header;
import io.avstack.sim.render.BevOverlay;
import io.avstack.sim.render.BevRenderer;
import io.avstack.sim.render.CameraRenderConfig;
import io.avstack.sim.render.CameraRenderer;
import io.avstack.sim.render.Png;
import io.avstack.sim.render.VideoWriter;
import io.avstack.sim.scene.Scene;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * Writes the video of a run (docs/RENDERING.md): the front camera view (the simulated vehicle's
 * calibration) beside a bird's-eye view at 0.15 m/px around the ego, 1280 x 480 px, {@link #FPS}
 * frames per simulated second. Rendering takes sim time only, so the video of a run is
 * reproducible.
 */
public final class RunVideoObserver implements SceneObserver {

    /** Frames per simulated second. */
    public static final int FPS = 10;
    static final int BEV_WIDTH_PX = 640;
    static final int BEV_HEIGHT_PX = 480;
    static final double METRES_PER_PIXEL = 0.15;

    private static final long FRAME_NS = 1_000_000_000L / FPS;

    private final BevRenderer bev = new BevRenderer(BEV_WIDTH_PX, BEV_HEIGHT_PX, METRES_PER_PIXEL);
    private final CameraRenderer camera;
    private final VideoWriter writer;
    private long frame;

    /** Opens {@code file} for writing; {@code VideoWriter.VideoException} if no encoder opens. */
    public RunVideoObserver(Path file, long seed) {
        SensorCalibration cam = SimCalibration.load().sensor(SimCalibration.CAMERA_FRONT);
        if (cam.intrinsics().heightPx() != BEV_HEIGHT_PX) {
            throw new IllegalStateException("camera height " + cam.intrinsics().heightPx() + " px must equal the BEV's "
                    + BEV_HEIGHT_PX + " px in " + SimCalibration.RESOURCE);
        }
        this.camera = new CameraRenderer(cam.intrinsics(), cam.extrinsics(), CameraRenderConfig.defaults(seed));
        this.writer = new VideoWriter(file, cam.intrinsics().widthPx() + BEV_WIDTH_PX, BEV_HEIGHT_PX, FPS);
    }

    @Override
    public boolean wantsScene(long nowNs) {
        return nowNs % FRAME_NS == 0;
    }

    @Override
    public void onScene(Scene scene) {
        BufferedImage front = Png.toImage(camera.render(scene, Header.of(SimCalibration.CAMERA_FRONT, frame++,
                scene.simTimeNs()), SimCalibration.CAMERA_FRONT));
        writer.write(VideoWriter.sideBySide(front, bev.render(scene, BevOverlay.NONE)));
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
