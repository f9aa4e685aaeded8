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

    /** "WxH" as {width, height}. */
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
