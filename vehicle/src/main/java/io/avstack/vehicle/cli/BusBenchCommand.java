package io.avstack.vehicle.cli;

import io.avstack.core.bus.TopicRegistry;
import io.avstack.vehicle.bench.BenchTransport;
import io.avstack.vehicle.bench.BusBenchLoads;
import io.avstack.vehicle.bench.BusBenchReport;
import io.avstack.vehicle.bench.BusBenchmark;
import io.avstack.vehicle.bench.InProcessBenchTransport;
import io.avstack.vehicle.bench.LoadResult;
import io.avstack.vehicle.bench.LoadSpec;
import io.avstack.vehicle.bench.MqttBenchTransport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code avstack bus-bench}: throughput and latency of both bus transports. */
@Command(name = "bus-bench", mixinStandardHelpOptions = true,
        description = {
            "Measures throughput, loss and p50/p99 latency of a 640x480 camera frame at 30 Hz and a small",
            "message at 1 kHz on the in-process bus and over MQTT (embedded broker unless --broker-url).",
            "In process the frame is raw RGB (zero copy); over MQTT it is JPEG, with raw shown for reference."})
public final class BusBenchCommand implements Callable<Integer> {

    /** Which transports to run. */
    enum Transport { ALL, INPROCESS, MQTT }

    @Option(names = "--duration-s", defaultValue = "10", description = "Seconds per load (default ${DEFAULT-VALUE}; the documented run uses 60).")
    double durationS;

    @Option(names = "--transport", defaultValue = "ALL", description = "all, inprocess or mqtt (default ${DEFAULT-VALUE}).")
    Transport transport;

    @Option(names = "--broker-url", description = "External MQTT broker, e.g. tcp://127.0.0.1:1883; default: start the embedded broker.")
    String brokerUrl;

    @Option(names = "--vehicle", defaultValue = "ego", description = "Vehicle id in topic names (default ${DEFAULT-VALUE}).")
    String vehicleId;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!(durationS > 0)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--duration-s must be > 0, was " + durationS);
        }
        PrintWriter out = spec.commandLine().getOut();
        TopicRegistry registry = TopicRegistry.standard(vehicleId);
        BusBenchLoads loads = new BusBenchLoads(vehicleId);
        List<LoadResult> results = new ArrayList<>();
        if (transport != Transport.MQTT) {
            try (BenchTransport t = new InProcessBenchTransport(registry)) {
                runAll(t, List.of(loads.smallCommand(durationS), loads.cameraRaw(durationS)), results, out);
            }
        }
        if (transport != Transport.INPROCESS) {
            try (BenchTransport t = MqttBenchTransport.start(registry, brokerUrl)) {
                runAll(t, List.of(loads.smallCommand(durationS), loads.cameraJpeg(durationS), loads.cameraRaw(durationS)),
                        results, out);
            }
        }
        out.println();
        BusBenchReport.print(out, results);
        return 0;
    }

    private static void runAll(BenchTransport t, List<LoadSpec> specs, List<LoadResult> results, PrintWriter out) {
        for (LoadSpec spec : specs) {
            out.printf("running %-10s %-32s %.0f s ...%n", t.name(), spec.name(), spec.durationS());
            out.flush();
            results.add(BusBenchmark.run(t.name(), spec, t.publisher(), t.subscriber()));
        }
    }
}
