package io.avstack.vehicle.train;

import io.avstack.core.config.ConfigException;
import io.avstack.core.geom.SensorCalibration;
import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.Header;
import io.avstack.perception.camera.RgbImage;
import io.avstack.sim.render.CameraRenderConfig;
import io.avstack.sim.render.CameraRenderer;
import io.avstack.sim.run.LockstepRunner;
import io.avstack.sim.run.ScenarioSetups;
import io.avstack.sim.run.SceneObserver;
import io.avstack.sim.run.SimCalibration;
import io.avstack.sim.run.SimSetup;
import io.avstack.sim.scenario.ScenarioLoader;
import io.avstack.sim.scene.Scene;
import io.avstack.sim.sensor.SensorRandom;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/** The frames {@code avstack explain} looks at: an image file, or a scenario's camera at a time. */
public final class ExplainInputs {

    private ExplainInputs() {
    }

    /** True for a scenario file name (.yaml / .yml). */
    public static boolean isScenario(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /**
     * An image file (PNG, JPEG, BMP, GIF: whatever ImageIO reads) as RGB8.
     *
     * @throws IllegalArgumentException naming the file when it is missing or not an image
     */
    public static RgbImage readImage(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("image file not found: " + file.toAbsolutePath());
        }
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("image unreadable: " + file.toAbsolutePath() + " (" + e.getMessage() + ")",
                    e);
        }
        if (image == null) {
            throw new IllegalArgumentException("not an image ImageIO can read: " + file.toAbsolutePath());
        }
        return toRgb(image);
    }

    /** The pixels of {@code image} as RGB8. */
    public static RgbImage toRgb(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] rgb = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = image.getRGB(x, y);
                int i = (y * w + x) * 3;
                rgb[i] = (byte) (p >> 16);
                rgb[i + 1] = (byte) (p >> 8);
                rgb[i + 2] = (byte) p;
            }
        }
        return new RgbImage(w, h, rgb);
    }

    /** An RGB8 image as a TYPE_INT_RGB image. */
    public static BufferedImage toImage(RgbImage rgb) {
        BufferedImage out = new BufferedImage(rgb.widthPx(), rgb.heightPx(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < rgb.heightPx(); y++) {
            for (int x = 0; x < rgb.widthPx(); x++) {
                out.setRGB(x, y, (rgb.get(x, y, 0) << 16) | (rgb.get(x, y, 1) << 8) | rgb.get(x, y, 2));
            }
        }
        return out;
    }

    /**
     * The simulated front camera frame of the first run of {@code scenario} at the first tick at or
     * after {@code atS} seconds, rendered as the run's camera sensor renders it (same calibration,
     * same sensor seed).
     *
     * @throws IllegalArgumentException when the file is bad or the run ends before {@code atS}
     */
    public static RgbImage scenarioFrame(Path scenario, double atS) {
        if (!(atS >= 0)) {
            throw new IllegalArgumentException("--at must be >= 0 s, was " + atS);
        }
        SimSetup setup;
        try {
            setup = ScenarioSetups.of(ScenarioLoader.load(scenario, Map.of(), null).get(0));
        } catch (UncheckedIOException | ConfigException e) {
            throw new IllegalArgumentException("scenario unreadable: " + scenario.toAbsolutePath() + " ("
                    + e.getMessage() + ")", e);
        }
        long atNs = Math.round(atS * 1e9);
        Scene[] captured = new Scene[1];
        LockstepRunner.builder(setup).optObserver(new SceneObserver() {
            @Override
            public boolean wantsScene(long nowNs) {
                return captured[0] == null && nowNs >= atNs;
            }

            @Override
            public void onScene(Scene scene) {
                captured[0] = scene;
            }
        }).build().run();
        if (captured[0] == null) {
            throw new IllegalArgumentException("the run of " + scenario + " ends before --at " + atS + " s");
        }
        SensorCalibration cam = SimCalibration.load().sensor(SimCalibration.CAMERA_FRONT);
        CameraRenderer renderer = new CameraRenderer(cam.intrinsics(), cam.extrinsics(),
                CameraRenderConfig.defaults(SensorRandom.sensorSeed(setup.seed(), SimCalibration.CAMERA_FRONT)));
        CameraFrame frame = renderer.render(captured[0], Header.of(SimCalibration.CAMERA_FRONT, 0,
                captured[0].simTimeNs()), SimCalibration.CAMERA_FRONT);
        return new RgbImage(frame.widthPx(), frame.heightPx(), frame.data());
    }
}
