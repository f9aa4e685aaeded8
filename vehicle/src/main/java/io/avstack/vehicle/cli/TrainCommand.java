package io.avstack.vehicle.cli;

import io.avstack.core.geom.SensorCalibration;
import io.avstack.core.time.SystemClock;
import io.avstack.core.msg.ObjectClass;
import io.avstack.perception.camera.CameraArchitecture;
import io.avstack.perception.camera.CameraDetector;
import io.avstack.perception.camera.CameraRangeFit;
import io.avstack.perception.camera.CameraRangeModel;
import io.avstack.perception.camera.CameraTrainer;
import io.avstack.perception.camera.CenterNetModel;
import io.avstack.perception.camera.DetectorConfig;
import io.avstack.perception.camera.DeviceChoice;
import io.avstack.perception.camera.ModelMetadata;
import io.avstack.perception.camera.TrainerConfig;
import io.avstack.perception.camera.TrainingSample;
import io.avstack.perception.lidar.BevCenterNetModel;
import io.avstack.perception.lidar.LidarArchitecture;
import io.avstack.perception.lidar.LidarDetectorConfig;
import io.avstack.perception.lidar.LidarModelMetadata;
import io.avstack.perception.lidar.LidarTrainer;
import io.avstack.perception.nn.TrainingLoop;
import io.avstack.sim.run.SimCalibration;
import io.avstack.core.map.Road;
import io.avstack.vehicle.train.SeedRanges;
import io.avstack.vehicle.train.CameraRangeCalibration;
import io.avstack.vehicle.train.CliSupport;
import io.avstack.vehicle.train.LidarDatasetGenerator;
import io.avstack.vehicle.train.SimDatasetGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        subcommands = {TrainCommand.Camera.class, TrainCommand.CameraRange.class, TrainCommand.Lidar.class})
public final class TrainCommand implements Runnable {

    /** Where the stack's default camera weights live (relative to the repository root). */
    public static final String DEFAULT_CAMERA_MODEL_DIR = "perception/src/main/resources/io/avstack/perception/camera/model";
    /** Where the stack's default lidar weights live (relative to the repository root). */
    public static final String DEFAULT_LIDAR_MODEL_DIR = "perception/src/main/resources/io/avstack/perception/lidar/model";
    /** The simulated vehicle's lidar in {@link SimCalibration}. */
    static final String LIDAR_ID = "lidar_top";
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
        @Option(names = "--arch", defaultValue = "fpn-lite", description = {"Network: fpn-lite (the original) or "
                + "fpn-lite-dw (depthwise-separable stride-4 layers, BatchNorm folded at inference: "
                + "about two thirds of the CPU per frame; docs/CAMERA-DETECTOR.md). Default ${DEFAULT-VALUE}."})
        String arch;
        @Option(names = "--max-actors", defaultValue = "12",
                description = "Actors per training scene at most (default ${DEFAULT-VALUE}; evaluation scenes have 8).")
        int maxActors;
        @Option(names = "--batch", defaultValue = "16", description = "Batch size (default ${DEFAULT-VALUE}).")
        int batch;
        @Option(names = "--lr", defaultValue = "0.001", description = "Adam learning rate (default ${DEFAULT-VALUE}).")
        double learningRate;
        @Option(names = "--init", description = {"Fine-tune: start from the weights in this model folder (weights + "
                + "metadata.json, e.g. the shipped model) instead of a random initialisation. Its architecture,",
                "classes and base channels must equal the run's; its input size may differ (the network is fully",
                "convolutional: a fine-tune can move a model to another --input)."})
        Path init;
        @Option(names = "--size-weight", defaultValue = "0.1",
                description = "Weight of the box-size L1 loss term (default ${DEFAULT-VALUE}, CenterNet's).")
        double sizeWeight;
        @Option(names = "--vru-scenes", defaultValue = "0", description = {"Share of training frames drawn as "
                + "VRU-dense scenes: pedestrians and cyclists side by side at 5-50 m, side-on cyclists",
                "(0..1, default ${DEFAULT-VALUE})."})
        double vruScenes;
        @Option(names = "--confusion-weight", defaultValue = "0", description = {"Extra heatmap background weight of "
                + "pedestrian where a cyclist stands and vice versa (0 = off, default ${DEFAULT-VALUE})."})
        double confusionWeight;
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
            CliSupport.checkTrainOptions(spec, frames, epochs, batch, logEvery, baseChannels, runtime.threads, seed);
            if (maxActors < 0) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--max-actors must be >= 0, was " + maxActors);
            }
            CliSupport.checkVruScenes(spec, vruScenes);
            if (!(confusionWeight >= 0)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--confusion-weight must be >= 0, was " + confusionWeight);
            }
            int[] size = CliSupport.parseSize(spec, input);
            CliSupport.setThreads(runtime.threads);
            CameraArchitecture architecture;
            try {
                architecture = CameraArchitecture.fromId(arch);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--arch: " + e.getMessage());
            }
            DetectorConfig config = DetectorConfig.defaults().withInputSize(size[0], size[1])
                    .withBaseChannels(baseChannels).withArchitecture(architecture);
            List<String> commands = new ArrayList<>();
            if (init != null) {
                commands.addAll(checkInit(config));
            }
            commands.add("avstack " + String.join(" ", spec.commandLine().getParseResult().originalArgs()));
            SensorCalibration cam = SimCalibration.load().sensor(SimCalibration.CAMERA_FRONT);
            List<Road> roadList = CliSupport.roads(runtime.roads, DEFAULT_ROADS_DIR);
            SimDatasetGenerator gen = new SimDatasetGenerator(cam, roadList,
                    new SimDatasetGenerator.Options(0.3, 10, size[0], size[1], maxActors, vruScenes));
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
            pw.printf(Locale.ROOT, "%d labelled boxes; training %d epochs, batch %d, input %dx%d, %s, base channels %d%n",
                    boxes, epochs, batch, size[0], size[1], architecture.id(), baseChannels);
            pw.flush();
            if (!(sizeWeight > 0)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--size-weight must be > 0, was " + sizeWeight);
            }
            TrainerConfig tc = new TrainerConfig(epochs, batch, learningRate, seed, true, !noRobustness, 0, sizeWeight,
                    confusionWeight);
            Files.createDirectories(out);
            long startNs = SystemClock.INSTANCE.nowNs();
            try (ai.djl.Model model = init == null
                    ? CenterNetModel.newModel(config, DeviceChoice.resolve(runtime.device), (int) seed)
                    : CenterNetModel.loadForTraining(init, config, DeviceChoice.resolve(runtime.device))) {
                float loss = new CameraTrainer(config, tc).trainAndSave(model, samples, (epoch, step, l) -> {
                    if (step % logEvery == 0) {
                        double elapsedS = (SystemClock.INSTANCE.nowNs() - startNs) / 1e9;
                        pw.printf(Locale.ROOT, "epoch %d step %d loss %.4f (%.0f s, %.2f s/step)%n", epoch + 1, step,
                                l, elapsedS, elapsedS / step);
                        pw.flush();
                    }
                }, out, commands);
                pw.printf(Locale.ROOT, "final epoch mean loss %.4f; weights and metadata written to %s%n", loss,
                        out.toAbsolutePath());
            }
            pw.flush();
            return 0;
        }

        /**
         * A usage error unless the {@code --init} model was trained for the same network as {@code config}.
         *
         * @return the commands that built the {@code --init} weights (a note when they were not recorded)
         */
        private List<String> checkInit(DetectorConfig config) {
            ModelMetadata meta;
            try {
                meta = ModelMetadata.read(init);
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--init metadata unreadable: "
                        + init.resolve(ModelMetadata.FILE_NAME).toAbsolutePath() + " (" + e.getMessage() + ")");
            }
            DetectorConfig other = meta.detectorConfig();
            // The input size may differ: every layer is a convolution, so the weights fit any input.
            if (!other.classes().equals(config.classes()) || other.baseChannels() != config.baseChannels()
                    || other.architecture() != config.architecture()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--init model " + init.toAbsolutePath()
                        + " is " + other.architecture().id() + " " + other.inputWidthPx() + "x" + other.inputHeightPx()
                        + ", base channels " + other.baseChannels() + ", classes " + other.classes() + "; this run needs "
                        + config.architecture().id() + " " + config.inputWidthPx() + "x" + config.inputHeightPx()
                        + ", base channels " + config.baseChannels() + ", classes " + config.classes());
            }
            return meta.trainingCommands().isEmpty()
                    ? List.of("(initial weights " + init.toAbsolutePath() + ": no training command recorded)")
                    : meta.trainingCommands();
        }
    }

    /** {@code avstack train camera-range}. */
    @Command(name = "camera-range", mixinStandardHelpOptions = true,
            description = {"Calibrate the camera's range cues (ground plane, distance head, class height) for one set",
                "of weights on simulator frames from the training seed range, and write " + CameraRangeModel.FILE_NAME,
                "beside them (docs/CAMERA-DETECTOR.md, \"Range\")."})
    static final class CameraRange implements Callable<Integer> {
        @Option(names = "--weights", defaultValue = DEFAULT_CAMERA_MODEL_DIR,
                description = "Model folder (weights + metadata.json) to calibrate (default ${DEFAULT-VALUE}).")
        Path weights;
        @Option(names = "--out", description = "Where to write " + CameraRangeModel.FILE_NAME + " (default: the --weights folder).")
        Path out;
        @Option(names = "--frames", defaultValue = "1600", description = "Frames (default ${DEFAULT-VALUE}).")
        int frames;
        @Option(names = "--seed", defaultValue = "7", description = "Run seed of the training frames (default ${DEFAULT-VALUE}).")
        long seed;
        /**
         * Pedestrians and cyclists keep the ground cue by default: calibrated too (errors 0.084 -> 0.081
         * and 0.108 -> 0.096 on the training matches), they cost closed-loop margin (42 runs of
         * cyclist-start, cyclist-crossing and pedestrian-near-side, seeds 1-3: mean min TTC 1.38 -> 1.32 s).
         */
        @Option(names = "--classes", split = ",", defaultValue = "CAR,TRUCK", description = {"Classes to calibrate; "
                + "the others keep the ground cue (default ${DEFAULT-VALUE}: calibrating pedestrians and cyclists",
                "cost closed-loop margin, docs/CAMERA-DETECTOR.md)."})
        List<ObjectClass> classes;
        @Mixin
        DetectorRuntimeOptions runtime = new DetectorRuntimeOptions();
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            CliSupport.checkEvalRange(spec, frames, seed); // the same seed and frame limits, on the training split
            Path meta = weights.resolve(ModelMetadata.FILE_NAME);
            if (!Files.isRegularFile(meta)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--weights folder has no " + ModelMetadata.FILE_NAME + ": " + meta.toAbsolutePath());
            }
            CliSupport.setThreads(runtime.threads);
            SensorCalibration cam = SimCalibration.load().sensor(SimCalibration.CAMERA_FRONT);
            SimDatasetGenerator gen = new SimDatasetGenerator(cam, CliSupport.roads(runtime.roads, DEFAULT_ROADS_DIR),
                    SimDatasetGenerator.defaultOptions(cam));
            PrintWriter pw = spec.commandLine().getOut();
            List<CameraRangeFit.Sample> samples;
            try (CameraDetector detector = CameraDetector.load(weights, ModelMetadata.read(weights).detectorConfig(),
                    runtime.device)) {
                samples = CameraRangeCalibration.samples(detector, gen, cam, seed, frames, done -> {
                    if (done % 200 == 0 || done == frames) {
                        pw.printf(Locale.ROOT, "%d / %d frames%n", done, frames);
                        pw.flush();
                    }
                });
            }
            CameraRangeModel model = CameraRangeCalibration.fit(samples, java.util.EnumSet.copyOf(classes));
            pw.printf(Locale.ROOT, "%d matched detections; mean relative range error on them, ground cue -> calibrated:%n",
                    samples.size());
            for (ObjectClass c : ObjectClass.values()) {
                CameraRangeModel.ClassCues cues = model.cues(c);
                if (cues != null) {
                    StringBuilder bands = new StringBuilder();
                    for (CameraRangeModel.Band band : cues.bands()) {
                        bands.append(String.format(Locale.ROOT, " [%.2f %.2f %.2f %+.3f]", band.groundWeight(),
                                band.headWeight(), band.heightWeight(), band.logOffset()));
                    }
                    pw.printf(Locale.ROOT, "  %-10s %.4f -> %.4f (height %.2f m; per band ground/head/height weights, log bias:%s)%n",
                            c, CameraRangeFit.meanRelError(CameraRangeModel.GROUND_ONLY, samples, c),
                            CameraRangeFit.meanRelError(model, samples, c), cues.heightM(), bands);
                }
            }
            Path dir = out != null ? out : weights;
            Files.createDirectories(dir);
            model.write(dir);
            pw.printf(Locale.ROOT, "written %s%n", dir.resolve(CameraRangeModel.FILE_NAME).toAbsolutePath());
            pw.flush();
            return 0;
        }
    }

    /** {@code avstack train lidar}. */
    @Command(name = "lidar", mixinStandardHelpOptions = true,
            description = {"Simulate lidar scans (training seed range) and train the lidar BEV detector.",
                "Scans are simulated again for every epoch (same seed, same scan), so no data set is held in memory."})
    static final class Lidar implements Callable<Integer> {
        @Option(names = "--frames", defaultValue = "4000", description = "Training scans (default ${DEFAULT-VALUE}).")
        int frames;
        @Option(names = "--epochs", defaultValue = "8", description = "Epochs (default ${DEFAULT-VALUE}).")
        int epochs;
        @Option(names = "--seed", defaultValue = "0", description = "Run seed: scans, shuffling, init (default ${DEFAULT-VALUE}).")
        long seed;
        @Option(names = "--out", defaultValue = DEFAULT_LIDAR_MODEL_DIR, description = "Output folder (default ${DEFAULT-VALUE}).")
        Path out;
        @Option(names = "--batch", defaultValue = "16", description = "Batch size (default ${DEFAULT-VALUE}).")
        int batch;
        @Option(names = "--lr", defaultValue = "0.005", description = "Peak Adam learning rate, cosine decay (default ${DEFAULT-VALUE}).")
        double learningRate;
        @Option(names = "--base-channels", defaultValue = "16", description = "Network width (default ${DEFAULT-VALUE}).")
        int baseChannels;
        @Option(names = "--architecture", defaultValue = "plain", converter = LidarArchitectureOption.class,
                description = {"Network: plain (the first shipped one) or compact (about half the CPU; "
                        + "docs/LIDAR-DETECTOR.md) (default ${DEFAULT-VALUE})."})
        LidarArchitecture architecture;
        @Option(names = "--window-width", defaultValue = "25.6", description = {"Train on lateral windows this wide, m "
                + "(randomly placed; the model still sees the whole grid at run time); 0 = whole grid (default "
                + "${DEFAULT-VALUE})."})
        double windowWidthM;
        @Option(names = "--vru-scenes", defaultValue = "0", description = {"Share of training scans drawn as "
                + "VRU-dense scenes: pedestrians and cyclists side by side at 5-50 m, side-on cyclists",
                "(0..1, default ${DEFAULT-VALUE}; the usual scenes have no side-on cyclists)."})
        double vruScenes;
        @Option(names = "--init", description = {"Fine-tune: start from the weights in this model folder (weights + "
                + "metadata.json, e.g. a copy of the shipped model) instead of a random initialisation. Its",
                "architecture, grid, classes and base channels must equal the run's."})
        Path init;
        @Option(names = "--no-robustness", description = "Flip/rotation/dropout/noise only, no strong corruptions.")
        boolean noRobustness;
        @Option(names = "--log-every", defaultValue = "20", description = "Print the loss every N steps (default ${DEFAULT-VALUE}).")
        int logEvery;
        @Mixin
        DetectorRuntimeOptions runtime = new DetectorRuntimeOptions();
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            CliSupport.checkTrainOptions(spec, frames, epochs, batch, logEvery, baseChannels, runtime.threads, seed);
            if (baseChannels > 64) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--base-channels must be in [1, 64], was " + baseChannels);
            }
            CliSupport.setThreads(runtime.threads);
            LidarDetectorConfig config = LidarDetectorConfig.defaults().withBaseChannels(baseChannels)
                    .withArchitecture(architecture);
            if (init != null) {
                checkInit(config);
            }
            double gridWidthM = config.grid().yMaxM() - config.grid().yMinM();
            double window = windowWidthM == 0 ? gridWidthM : windowWidthM;
            LidarTrainer trainer;
            TrainerConfig tc = new TrainerConfig(epochs, batch, learningRate, seed, true, !noRobustness, 0);
            try {
                trainer = new LidarTrainer(config, tc, window);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--window-width: " + e.getMessage());
            }
            SensorCalibration lidar = SimCalibration.load().sensor(LIDAR_ID);
            List<Road> roadList = CliSupport.roads(runtime.roads, DEFAULT_ROADS_DIR);
            CliSupport.checkVruScenes(spec, vruScenes);
            LidarDatasetGenerator gen = new LidarDatasetGenerator(lidar, roadList, config.grid(),
                    LidarDatasetGenerator.DEFAULT_MIN_POINTS, vruScenes);
            PrintWriter pw = spec.commandLine().getOut();
            pw.printf(Locale.ROOT, "training on %d simulated scans (seeds %d..%d, %d roads), %d epochs, batch %d, "
                            + "grid %dx%d cells of %.2f m (training windows %.1f m wide), %s network, %d base channels%n", frames,
                    SeedRanges.frameSeed(SeedRanges.Split.TRAIN, seed, 0),
                    SeedRanges.frameSeed(SeedRanges.Split.TRAIN, seed, frames - 1), roadList.size(), epochs, batch,
                    config.grid().rows(), config.grid().cols(), config.grid().cellM(), window,
                    LidarArchitectureOption.name(architecture), baseChannels);
            pw.flush();
            Files.createDirectories(out);
            long startNs = SystemClock.INSTANCE.nowNs(); // progress display only
            try (ai.djl.Model model = init == null
                    ? BevCenterNetModel.newModel(config, DeviceChoice.resolve(runtime.device), (int) seed)
                    : BevCenterNetModel.loadForTraining(init, config, DeviceChoice.resolve(runtime.device))) {
                int stepsPerEpoch = (frames + batch - 1) / batch;
                double[] epochLoss = {0};
                TrainingLoop.Result r = trainer.trainAndSave(model,
                        gen.source(SeedRanges.Split.TRAIN, seed, frames), (epoch, step, l) -> {
                            epochLoss[0] += l;
                            if (step % logEvery == 0) {
                                pw.printf(Locale.ROOT, "epoch %d step %d loss %.4f (%.0f s)%n", epoch + 1, step, l,
                                        (SystemClock.INSTANCE.nowNs() - startNs) / 1e9);
                                pw.flush();
                            }
                            if (step % stepsPerEpoch == 0 && epoch + 1 < epochs) {
                                checkpoint(trainer, model, epoch + 1, step, epochLoss[0] / stepsPerEpoch, pw);
                                epochLoss[0] = 0;
                            }
                        }, out);
                pw.printf(Locale.ROOT, "%d steps; final epoch mean loss %.4f; weights and metadata written to %s%n",
                        r.steps(), r.lastEpochLoss(), out.toAbsolutePath());
            }
            pw.flush();
            return 0;
        }

        /** A usage error unless the {@code --init} model was trained for the same network as {@code config}. */
        private void checkInit(LidarDetectorConfig config) {
            LidarModelMetadata meta;
            try {
                meta = LidarModelMetadata.read(init);
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--init metadata unreadable: "
                        + init.resolve(LidarModelMetadata.FILE_NAME).toAbsolutePath() + " (" + e.getMessage() + ")");
            }
            if (!config.classes().equals(meta.classes()) || !config.grid().equals(meta.grid())
                    || config.baseChannels() != meta.baseChannels() || config.architecture() != meta.architecture()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--init model " + init.toAbsolutePath()
                        + " is " + LidarArchitectureOption.name(meta.architecture()) + ", base channels "
                        + meta.baseChannels() + ", classes " + meta.classes() + ", grid " + meta.grid()
                        + "; this run needs " + LidarArchitectureOption.name(config.architecture()) + ", base channels "
                        + config.baseChannels() + ", classes " + config.classes() + ", grid " + config.grid());
            }
        }

        /** Writes the model after an epoch, so a long run can be evaluated (or salvaged) before it ends. */
        private void checkpoint(LidarTrainer trainer, ai.djl.Model model, int epochsDone, int step, double loss,
                PrintWriter pw) {
            try {
                trainer.save(model, out, frames, epochsDone, step, loss);
                pw.printf(Locale.ROOT, "epoch %d done, mean loss %.4f; checkpoint written to %s%n", epochsDone, loss,
                        out.toAbsolutePath());
            } catch (java.io.IOException e) {
                pw.printf(Locale.ROOT, "epoch %d done; checkpoint could not be written: %s%n", epochsDone, e);
            }
            pw.flush();
        }
    }
}
