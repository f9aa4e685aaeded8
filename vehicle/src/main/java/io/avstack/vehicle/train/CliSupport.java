package io.avstack.vehicle.train;

import io.avstack.core.map.Road;
import io.avstack.perception.camera.DetectorConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Option parsing shared by the train and eval commands. */
public final class CliSupport {

    private CliSupport() {
    }

    /** Fails unless {@code frames} and {@code seed} lie in {@link SeedRanges}' bounds for an evaluation. */
    public static void checkEvalRange(CommandSpec spec, int frames, long seed) {
        if (frames < 1 || frames > SeedRanges.MAX_FRAMES || seed < 0 || seed >= SeedRanges.MAX_RUN_SEEDS) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--frames must be in [1, "
                    + SeedRanges.MAX_FRAMES + "] and --seed in [0, " + SeedRanges.MAX_RUN_SEEDS + "), were "
                    + frames + ", " + seed);
        }
    }

    /** Fails unless the common training options are in range (see {@link SeedRanges}). */
    public static void checkTrainOptions(CommandSpec spec, int frames, int epochs, int batch, int logEvery,
            int baseChannels, int threads, long seed) {
        if (frames < 1 || epochs < 1 || batch < 1 || logEvery < 1 || baseChannels < 1 || threads < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--frames, --epochs, --batch, "
                    + "--log-every and --base-channels must be >= 1 and --threads >= 0, were " + frames + ", "
                    + epochs + ", " + batch + ", " + logEvery + ", " + baseChannels + ", " + threads);
        }
        if (seed < 0 || seed >= SeedRanges.MAX_RUN_SEEDS || frames > SeedRanges.MAX_FRAMES) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--seed must be in [0, "
                    + SeedRanges.MAX_RUN_SEEDS + ") and --frames <= " + SeedRanges.MAX_FRAMES + ", were " + seed
                    + ", " + frames);
        }
    }

    /** "WxH" as {width, height}. */
    /** A usage error unless {@code --vru-scenes} {@code value} is in [0, 1]. */
    public static void checkVruScenes(CommandSpec spec, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--vru-scenes must be in [0, 1], was " + value);
        }
    }

    public static int[] parseSize(CommandSpec spec, String value) {
        String[] parts = value.toLowerCase(java.util.Locale.ROOT).split("x");
        try {
            if (parts.length == 2) {
                int w = Integer.parseInt(parts[0].strip());
                int h = Integer.parseInt(parts[1].strip());
                int m = DetectorConfig.INPUT_MULTIPLE_PX;
                if (w >= m && h >= m && w % m == 0 && h % m == 0 && w <= 640 && h <= 480) {
                    return new int[] {w, h};
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CommandLine.ParameterException(spec.commandLine(),
                "--input must be WxH with multiples of " + DetectorConfig.INPUT_MULTIPLE_PX
                        + " up to 640x480, was '" + value + "'");
    }

    /** Sets the PyTorch thread counts before the engine starts (0: leave the default). */
    public static void setThreads(int threads) {
        if (threads > 0) {
            System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
            System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        }
    }

    /** The roads of {@code folder}, or of the default folder when it exists, else generated roads only. */
    public static List<Road> roads(Path folder, String defaultFolder) {
        if (folder != null) {
            return RoadCatalogue.withFolder(folder);
        }
        Path d = Path.of(defaultFolder);
        return Files.isDirectory(d) ? RoadCatalogue.withFolder(d) : RoadCatalogue.generated();
    }
}
