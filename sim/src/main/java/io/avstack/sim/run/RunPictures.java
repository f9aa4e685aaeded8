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
import java.util.function.Supplier;

/**
 * The picture of a run at one instant: the front camera view (the simulated vehicle's calibration)
 * beside a bird's-eye view at 0.15 m/px around the ego, both 480 px high. Used by the run video and
 * by snapshots; rendering depends on the scene and the seed only.
 */
public final class RunPictures {

    static final int BEV_WIDTH_PX = 640;
    static final int HEIGHT_PX = 480;
    static final double METRES_PER_PIXEL = 0.15;

    private final BevRenderer bev = new BevRenderer(BEV_WIDTH_PX, HEIGHT_PX, METRES_PER_PIXEL);
    private final CameraRenderer camera;
    private final int widthPx;
    private final Supplier<BevOverlay> overlay;
    private long frame;

    public RunPictures(long seed) {
        this(seed, () -> BevOverlay.NONE);
    }

    /** Pictures with {@code overlay} (e.g. a {@link PlanOverlay}) drawn over the bird's-eye view. */
    public RunPictures(long seed, Supplier<BevOverlay> overlay) {
        this.overlay = overlay;
        SensorCalibration cam = SimCalibration.load().sensor(SimCalibration.CAMERA_FRONT);
        if (cam.intrinsics().heightPx() != HEIGHT_PX) {
            throw new IllegalStateException("camera height " + cam.intrinsics().heightPx() + " px must equal the BEV's "
                    + HEIGHT_PX + " px in " + SimCalibration.RESOURCE);
        }
        this.camera = new CameraRenderer(cam.intrinsics(), cam.extrinsics(), CameraRenderConfig.defaults(seed));
        this.widthPx = cam.intrinsics().widthPx() + BEV_WIDTH_PX;
    }

    public int widthPx() {
        return widthPx;
    }

    public int heightPx() {
        return HEIGHT_PX;
    }

    /** Camera view (left) and bird's-eye view (right) of {@code scene}. */
    public BufferedImage render(Scene scene) {
        BufferedImage front = Png.toImage(camera.render(scene,
                Header.of(SimCalibration.CAMERA_FRONT, frame++, scene.simTimeNs()), SimCalibration.CAMERA_FRONT));
        return VideoWriter.sideBySide(front, bev.render(scene, overlay.get()));
    }
}
