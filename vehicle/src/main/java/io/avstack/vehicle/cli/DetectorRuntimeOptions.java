package io.avstack.vehicle.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by {@code train camera} and {@code eval camera}: compute device, threads, roads. */
final class DetectorRuntimeOptions {

    @Option(names = "--threads", defaultValue = "0", description = "PyTorch intra-op threads (0: engine default).")
    int threads;

    @Option(names = "--device", defaultValue = "auto", description = "cpu, gpu or auto (default ${DEFAULT-VALUE}).")
    String device;

    @Option(names = "--roads", description = "Folder of road files (default: " + TrainCommand.DEFAULT_ROADS_DIR
            + " when it exists).")
    Path roads;
}
