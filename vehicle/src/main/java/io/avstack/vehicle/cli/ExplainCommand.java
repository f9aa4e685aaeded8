package io.avstack.vehicle.cli;

import io.avstack.core.msg.Detection2D;
import io.avstack.core.msg.ObjectClass;
import io.avstack.perception.camera.BundledCameraModel;
import io.avstack.perception.camera.CameraDetection;
import io.avstack.perception.camera.CameraDetector;
import io.avstack.perception.camera.CameraExplainer;
import io.avstack.perception.camera.Explanation;
import io.avstack.perception.camera.HeatmapOverlay;
import io.avstack.perception.camera.ModelMetadata;
import io.avstack.perception.camera.RgbImage;
import io.avstack.sim.render.Png;
import io.avstack.vehicle.train.ExplainInputs;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code avstack explain}: what the camera detector responded to. Writes the frame with the
 * predicted centre heatmap blended in ({@link HeatmapOverlay}: brightest where the network sees an
 * object centre) and the detection boxes drawn on top, and prints the detections.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Runs the camera detector on an image file, or on a scenario's simulated front camera at",
            "--at SECONDS, and writes a PNG of the frame with the predicted centre heatmap overlaid",
            "(black-red-yellow-white: brightest where the network sees an object centre) and the boxes.",
            "Exit 1 for a bad input file or weights."})
public final class ExplainCommand implements Callable<Integer> {

    /** Box colours per class: car green, truck blue, pedestrian magenta, cyclist cyan. */
    private static final Color CAR = new Color(0x00E040);
    private static final Color TRUCK = new Color(0x3080FF);
    private static final Color PEDESTRIAN = new Color(0xFF30FF);
    private static final Color CYCLIST = new Color(0x00E0FF);

    @Parameters(index = "0", paramLabel = "IMAGE_OR_FRAME",
            description = "An image file (PNG, JPEG, ...), or a scenario file (.yaml) rendered at --at.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "The PNG to write.")
    Path out;

    @Option(names = "--at", defaultValue = "0", paramLabel = "SECONDS",
            description = "Simulated time of the scenario frame (default ${DEFAULT-VALUE}).")
    double atS;

    @Option(names = "--weights", description = "Model folder (weights + metadata.json); default: the bundled weights.")
    Path weights;

    @Option(names = "--device", defaultValue = "auto", description = "cpu, gpu or auto (default ${DEFAULT-VALUE}).")
    String device;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        RgbImage frame;
        CameraDetector detector;
        try {
            frame = ExplainInputs.isScenario(input) ? ExplainInputs.scenarioFrame(input, atS)
                    : ExplainInputs.readImage(input);
            detector = weights == null ? BundledCameraModel.load(device)
                    : CameraDetector.load(weights, ModelMetadata.read(weights).detectorConfig(), device);
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("avstack explain: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("avstack explain: metadata unreadable in " + weights.toAbsolutePath() + " (" + e.getMessage()
                    + ")");
            return 1;
        }
        Explanation e;
        try (CameraDetector d = detector; CameraExplainer explainer = new CameraExplainer(d)) {
            e = explainer.explain(frame);
        }
        BufferedImage picture = ExplainInputs.toImage(HeatmapOverlay.blend(frame, e));
        drawBoxes(picture, e);
        Png.write(picture, out);
        PrintWriter pw = spec.commandLine().getOut();
        pw.printf(Locale.ROOT, "%d detections in %s (%dx%d) -> %s%n", e.detections().size(), input,
                frame.widthPx(), frame.heightPx(), out.toAbsolutePath());
        for (CameraDetection c : e.detections()) {
            Detection2D b = c.box();
            pw.printf(Locale.ROOT, "  %-10s score %.2f  box (%.0f, %.0f)-(%.0f, %.0f) px%n",
                    b.cls().name().toLowerCase(Locale.ROOT), b.score(), b.xMinPx(), b.yMinPx(), b.xMaxPx(), b.yMaxPx());
        }
        pw.flush();
        return 0;
    }

    private static void drawBoxes(BufferedImage picture, Explanation e) {
        Graphics2D g = picture.createGraphics();
        try {
            g.setStroke(new BasicStroke(1.5f));
            for (CameraDetection c : e.detections()) {
                Detection2D b = c.box();
                g.setColor(colour(b.cls()));
                int x = (int) Math.round(b.xMinPx());
                int y = (int) Math.round(b.yMinPx());
                g.drawRect(x, y, (int) Math.round(b.xMaxPx() - b.xMinPx()), (int) Math.round(b.yMaxPx() - b.yMinPx()));
                g.drawString(String.format(Locale.ROOT, "%s %.2f", b.cls().name().toLowerCase(Locale.ROOT), b.score()),
                        x, Math.max(10, y - 3));
            }
        } finally {
            g.dispose();
        }
    }

    private static Color colour(ObjectClass cls) {
        return switch (cls) {
            case TRUCK, BUS -> TRUCK;
            case PEDESTRIAN -> PEDESTRIAN;
            case CYCLIST, MOTORCYCLIST -> CYCLIST;
            default -> CAR;
        };
    }
}
