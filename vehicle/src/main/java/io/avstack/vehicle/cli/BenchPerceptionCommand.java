package io.avstack.vehicle.cli;

import io.avstack.core.geom.SensorCalibration;
import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.ImageEncoding;
import io.avstack.perception.DetectorLatency;
import io.avstack.perception.camera.BundledCameraModel;
import io.avstack.perception.camera.CameraDetector;
import io.avstack.perception.camera.CameraNetworkLatency;
import io.avstack.perception.camera.ModelMetadata;
import io.avstack.perception.camera.RgbImage;
import io.avstack.perception.lidar.BundledLidarModel;
import io.avstack.perception.lidar.LidarDetector;
import io.avstack.perception.nn.TorchThreads;
import io.avstack.sim.run.SimCalibration;
import io.avstack.vehicle.train.CliSupport;
import io.avstack.vehicle.train.LidarDatasetGenerator;
import io.avstack.vehicle.train.LidarLatency;
import io.avstack.vehicle.train.SeedRanges;
import io.avstack.vehicle.train.SimDatasetGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code avstack bench perception}: detector latency per frame, pre- and post-processing included.
 * Camera: {@link CameraDetector#detect} on 640x480 RGB8 frames (simulator frames of the evaluation
 * seed range, cycled, so decoding sees realistic detections), plus the network's forward pass alone
 * (the figure comparable with native PyTorch, {@code perception/bench/camera_net_torch.py}). Lidar:
 * {@link LidarDetector#detect} with the bundled weights on simulated 32-beam scans (see also
 * {@code avstack bench lidar} for its CPU time).
 */
@Command(name = "perception", mixinStandardHelpOptions = true,
        description = {"Camera and lidar detector latency p50/p99 per frame (scan), pre- and post-processing",
            "included. --json prints {\"camera\": {\"p50_ms\": x, \"p99_ms\": x}, \"lidar\": {...}}; an entry",
            "that is not measured has null numbers and a \"note\"."})
public final class BenchPerceptionCommand implements Callable<Integer> {

    /** Distinct frames cycled through. */
    private static final int DISTINCT_FRAMES = 16;

    @Option(names = "--frames", defaultValue = "300", description = "Timed frames per detector (default ${DEFAULT-VALUE}).")
    int frames;

    @Option(names = "--warm-up", defaultValue = "30", description = "Untimed frames first (default ${DEFAULT-VALUE}).")
    int warmUp;

    @Option(names = "--threads", defaultValue = "1",
            description = "PyTorch intra-op threads (default ${DEFAULT-VALUE}: on a shared 2-core CPU one thread gives "
                    + "the steadiest p99).")
    int threads;

    @Option(names = "--device", defaultValue = "auto", description = "cpu, gpu or auto (default ${DEFAULT-VALUE}).")
    String device;

    @Option(names = "--weights", description = "Camera model folder; default: the bundled weights.")
    Path weights;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    /** A detector's measured latency, or why there is none. */
    record Entry(DetectorLatency.Result latency, String note) {
        static Entry notAvailable(String why) {
            return new Entry(null, why);
        }
    }

    @Override
    public Integer call() {
        if (frames < 1 || warmUp < 0 || threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--frames and --threads must be >= 1 and "
                    + "--warm-up >= 0, were " + frames + ", " + threads + ", " + warmUp);
        }
        CliSupport.setThreads(threads);
        CameraDetector detector;
        try {
            detector = weights == null ? BundledCameraModel.load(device)
                    : CameraDetector.load(weights, ModelMetadata.read(weights).detectorConfig(), device);
        } catch (IllegalArgumentException | IllegalStateException | IOException e) {
            spec.commandLine().getErr().println("avstack bench perception: camera weights: " + e.getMessage());
            return 1;
        }
        TorchThreads.setIntraOp(threads);
        Entry camera;
        DetectorLatency.Result network;
        try (CameraDetector d = detector) {
            CameraFrame[] inputs = frames();
            int[] next = {0};
            camera = new Entry(DetectorLatency.measure(() -> d.detect(inputs[next[0]++ % inputs.length]), warmUp,
                    frames), null);
            network = CameraNetworkLatency.measure(d, warmUp, frames);
            PrintWriter out = spec.commandLine().getOut();
            Entry lidar = lidar();
            if (json) {
                out.printf(Locale.ROOT, "{\"camera\": %s, \"lidar\": %s}%n", json(camera), json(lidar));
            } else {
                out.printf(Locale.ROOT, "camera detector %dx%d base %d, %s, %d PyTorch thread(s), %d frames after %d "
                                + "warm-up:%n", d.config().inputWidthPx(), d.config().inputHeightPx(),
                        d.config().baseChannels(), d.model().getNDManager().getDevice(), threads, frames, warmUp);
                out.println("  " + text("detect(640x480 frame)", camera));
                out.println("  " + text("network forward only", new Entry(network, null)));
                out.printf(Locale.ROOT, "  parameters: %d%n", CameraNetworkLatency.parameterCount(d));
                out.println("lidar detector:");
                out.println("  " + text("detect(scan)", lidar));
            }
            out.flush();
        }
        return 0;
    }

    /**
     * The lidar detector's entry: the bundled weights on simulated 32-beam scans of the evaluation
     * seed range ({@link LidarLatency}), wall time.
     */
    Entry lidar() {
        SensorCalibration lidar = SimCalibration.load().sensor(TrainCommand.LIDAR_ID);
        try (LidarDetector d = BundledLidarModel.load(lidar.extrinsics(), device)) {
            LidarDatasetGenerator gen = new LidarDatasetGenerator(lidar,
                    CliSupport.roads(null, TrainCommand.DEFAULT_ROADS_DIR), d.config().grid(),
                    LidarDatasetGenerator.DEFAULT_MIN_POINTS);
            return new Entry(LidarLatency.measure(d, gen, warmUp, frames).wall(), null);
        } catch (IllegalStateException e) {
            return Entry.notAvailable("not available: " + e.getMessage());
        }
    }

    /** 640x480 simulator frames (evaluation seeds, so never trained on). */
    private static CameraFrame[] frames() {
        SensorCalibration cam = SimCalibration.load().sensor(SimCalibration.CAMERA_FRONT);
        SimDatasetGenerator gen = new SimDatasetGenerator(cam,
                CliSupport.roads(null, TrainCommand.DEFAULT_ROADS_DIR), SimDatasetGenerator.defaultOptions(cam));
        CameraFrame[] out = new CameraFrame[DISTINCT_FRAMES];
        for (int i = 0; i < out.length; i++) {
            RgbImage im = gen.frame(SeedRanges.frameSeed(SeedRanges.Split.EVAL, 0, i)).image();
            out[i] = new CameraFrame(Header.of(SimCalibration.CAMERA_FRONT, i, 0), im.widthPx(), im.heightPx(),
                    ImageEncoding.RGB8, SimCalibration.CAMERA_FRONT, im.data());
        }
        return out;
    }

    private static String json(Entry e) {
        if (e.latency() == null) {
            return "{\"p50_ms\": null, \"p99_ms\": null, \"note\": \"" + e.note().replace("\"", "'") + "\"}";
        }
        return String.format(Locale.ROOT, "{\"p50_ms\": %.3f, \"p99_ms\": %.3f}", e.latency().p50Ms(),
                e.latency().p99Ms());
    }

    private static String text(String what, Entry e) {
        if (e.latency() == null) {
            return what + ": " + e.note();
        }
        DetectorLatency.Result r = e.latency();
        return String.format(Locale.ROOT, "%s: p50 %.2f ms, p99 %.2f ms, mean %.2f ms, max %.2f ms", what, r.p50Ms(),
                r.p99Ms(), r.meanMs(), r.maxMs());
    }
}
