package io.avstack.vehicle.cli;

import io.avstack.core.geom.SensorCalibration;
import io.avstack.core.time.SystemClock;
import io.avstack.perception.camera.CameraTrainer;
import io.avstack.perception.camera.CenterNetModel;
import io.avstack.perception.camera.DetectorConfig;
import io.avstack.perception.camera.DeviceChoice;
import io.avstack.perception.camera.TrainerConfig;
import io.avstack.perception.camera.TrainingSample;
import io.avstack.sim.run.SimCalibration;
import io.avstack.core.map.Road;
import io.avstack.vehicle.train.SeedRanges;
import io.avstack.vehicle.train.CliSupport;
import io.avstack.vehicle.train.SimDatasetGenerator;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code avstack train}: trains perception models on simulator data. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train perception models on simulated data.",
        subcommands = {TrainCommand.Camera.class, TrainCommand.Lidar.class})
public final class TrainCommand implements Runnable {

    /** Where the stack's default camera weights live (relative to the repository root). */
    public static final String DEFAULT_CAMERA_MODEL_DIR = "perception/src/main/resources/io/avstack/perception/camera/model";
    /** The catalogue roads (relative to the repository root); used when present. */
    static final String DEFAULT_ROADS_DIR = "scenarios/roads";

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code avstack train camera}. */
    @Command(name = "camera", mixinStandardHelpOptions = true,
            description = "Render simulator frames (training seed range) and train the camera detector.")
    static final class Camera implements Callable<Integer> {
        @Option(names = "--frames", defaultValue = "2000", description = "Training frames (default ${DEFAULT-VALUE}).")
        int frames;
        @Option(names = "--epochs", defaultValue = "10", description = "Epochs (default ${DEFAULT-VALUE}).")
        int epochs;
        @Option(names = "--seed", defaultValue = "0", description = "Run seed: frames, shuffling, init (default ${DEFAULT-VALUE}).")
        long seed;
        @Option(names = "--out", defaultValue = DEFAULT_CAMERA_MODEL_DIR, description = "Output folder (default ${DEFAULT-VALUE}).")
        Path out;
        @Option(names = "--input", defaultValue = "320x240", description = "Network input WxH, multiples of 16 (default ${DEFAULT-VALUE}).")
        String input;
        @Option(names = "--base-channels", defaultValue = "16",
                description = "Network width: channels of the first block (default ${DEFAULT-VALUE}; 8 is the compressed variant).")
        int baseChannels;
        @Option(names = "--max-actors", defaultValue = "12",
                description = "Actors per training scene at most (default ${DEFAULT-VALUE}; evaluation scenes have 8).")
        int maxActors;
        @Option(names = "--batch", defaultValue = "16", description = "Batch size (default ${DEFAULT-VALUE}).")
        int batch;
        @Option(names = "--lr", defaultValue = "0.001", description = "Adam learning rate (default ${DEFAULT-VALUE}).")
        double learningRate;
        @Option(names = "--no-robustness", description = "Photometric/geometric augmentation only, no strong corruptions.")
        boolean noRobustness;
        @Option(names = "--log-every", defaultValue = "10", description = "Print the loss every N steps (default ${DEFAULT-VALUE}).")
        int logEvery;
        @Mixin
        DetectorRuntimeOptions runtime = new DetectorRuntimeOptions();
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (frames < 1 || epochs < 1 || batch < 1 || logEvery < 1 || baseChannels < 1 || runtime.threads < 0
                    || maxActors < 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--frames, --epochs, --batch, "
                        + "--log-every and --base-channels must be >= 1, --threads and --max-actors >= 0, were "
                        + frames + ", " + epochs + ", " + batch + ", " + logEvery + ", " + baseChannels + ", "
                        + runtime.threads + ", " + maxActors);
            }
            if (seed < 0 || seed >= SeedRanges.MAX_RUN_SEEDS || frames > SeedRanges.MAX_FRAMES) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--seed must be in [0, "
                        + SeedRanges.MAX_RUN_SEEDS + ") and --frames <= " + SeedRanges.MAX_FRAMES + ", were " + seed
                        + ", " + frames);
            }
            int[] size = CliSupport.parseSize(spec, input);
            CliSupport.setThreads(runtime.threads);
            DetectorConfig config = DetectorConfig.defaults().withInputSize(size[0], size[1])
                    .withBaseChannels(baseChannels);
            SensorCalibration cam = SimCalibration.load().sensor(SimCalibration.CAMERA_FRONT);
            List<Road> roadList = CliSupport.roads(runtime.roads, DEFAULT_ROADS_DIR);
            SimDatasetGenerator gen = new SimDatasetGenerator(cam, roadList,
                    new SimDatasetGenerator.Options(0.3, 10, size[0], size[1], maxActors));
            PrintWriter pw = spec.commandLine().getOut();
            pw.printf(Locale.ROOT, "rendering %d training frames (seeds %d..%d, %d roads)%n", frames,
                    SeedRanges.frameSeed(SeedRanges.Split.TRAIN, seed, 0),
                    SeedRanges.frameSeed(SeedRanges.Split.TRAIN, seed, frames - 1), roadList.size());
            pw.flush();
            List<TrainingSample> samples = gen.samples(SeedRanges.Split.TRAIN, seed, frames);
            int boxes = 0;
            for (TrainingSample s : samples) {
                boxes += s.boxes().size();
            }
            pw.printf(Locale.ROOT, "%d labelled boxes; training %d epochs, batch %d, input %dx%d, base channels %d%n",
                    boxes, epochs, batch, size[0], size[1], baseChannels);
            pw.flush();
            TrainerConfig tc = new TrainerConfig(epochs, batch, learningRate, seed, true, !noRobustness, 0);
            Files.createDirectories(out);
            long startNs = SystemClock.INSTANCE.nowNs();
            try (ai.djl.Model model = CenterNetModel.newModel(config, DeviceChoice.resolve(runtime.device),
                    (int) seed)) {
                float loss = new CameraTrainer(config, tc).trainAndSave(model, samples, (epoch, step, l) -> {
                    if (step % logEvery == 0) {
                        double elapsedS = (SystemClock.INSTANCE.nowNs() - startNs) / 1e9;
                        pw.printf(Locale.ROOT, "epoch %d step %d loss %.4f (%.0f s, %.2f s/step)%n", epoch + 1, step,
                                l, elapsedS, elapsedS / step);
                        pw.flush();
                    }
                }, out);
                pw.printf(Locale.ROOT, "final epoch mean loss %.4f; weights and metadata written to %s%n", loss,
                        out.toAbsolutePath());
            }
            pw.flush();
            return 0;
        }
    }

    /** {@code avstack train lidar}: not there yet. */
    @Command(name = "lidar", mixinStandardHelpOptions = true, description = "Lidar detector training (not implemented yet).")
    static final class Lidar implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().getErr().println("avstack train lidar: not implemented yet (the lidar detector is "
                    + "geometric and has no trained weights); only 'avstack train camera' exists");
            return 2;
        }
    }
}
