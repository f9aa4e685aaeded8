package io.avstack.vehicle.cli;

import io.avstack.vehicle.bench.e2e.E2eBench;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code avstack bench e2e}: sensor-to-command latency of the full stack on the asynchronous bus,
 * with simulated sensors at real rates in real time (docs/RUN.md, "End-to-end latency").
 */
@Command(name = "e2e", mixinStandardHelpOptions = true,
        description = {"Sensor-to-command latency: simulated camera (30 Hz), lidar (10 Hz) and radar (20 Hz) in real",
            "time through the asynchronous bus and the full stack (CNNs, fusion, planning, safety).",
            "--json prints {\"transport\": t, \"seconds\": n, \"p50_ms\": x, \"p99_ms\": x, \"max_ms\": x, "
                + "\"stages\": {...}, \"drops\": {...}, ...}."})
public final class BenchE2eCommand implements Callable<Integer> {

    /** Transports. */
    enum Transport { inproc, mqtt }

    @Option(names = "--transport", defaultValue = "inproc",
            description = "inproc (the in-process bus) or mqtt (the embedded broker; drivers and stack as two clients). Default ${DEFAULT-VALUE}.")
    Transport transport;

    @Option(names = "--broker-url",
            description = "With --transport mqtt: an external broker instead of the embedded one, e.g. tcp://127.0.0.1:1883 "
                    + "(a Mosquitto, as deployed on the vehicle; docs/DEPLOYMENT.md).")
    String brokerUrl;

    @Option(names = "--seconds", defaultValue = "30", description = "Measured seconds (default ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--warmup-s", defaultValue = "5", description = "Seconds run before measuring (default ${DEFAULT-VALUE}).")
    double warmUpS;

    @Option(names = "--fusion-rate-hz", description = "Least world models per second; more follow detector results (default: the shipped fusion configuration's).")
    Double fusionRateHz;

    @Option(names = "--scenario", defaultValue = "scenarios/bench-ten-actors.yaml",
            description = "Scenario the sensors simulate; needs a durationS parameter (default ${DEFAULT-VALUE}).")
    Path scenario;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!(seconds > 0) || !(warmUpS >= 0) || (fusionRateHz != null && !(fusionRateHz >= 0.1 && fusionRateHz <= 100))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--seconds must be > 0, --warmup-s >= 0 and "
                    + "--fusion-rate-hz in 0.1..100; were " + seconds + ", " + warmUpS + ", " + fusionRateHz);
        }
        if (brokerUrl != null && transport != Transport.mqtt) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--broker-url needs --transport mqtt");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter progress = json ? new PrintWriter(PrintWriter.nullWriter()) : out;
        E2eBench.Report r = E2eBench.run(new E2eBench.Options(transport == Transport.mqtt, brokerUrl, seconds, warmUpS,
                fusionRateHz == null ? Double.NaN : fusionRateHz, scenario), progress);
        out.print(json ? r.json() + System.lineSeparator() : r.text());
        out.flush();
        return 0;
    }
}
