package io.avstack.system.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.config.ConfigLoader;
import io.avstack.core.log.DriveLogReader;
import io.avstack.core.log.LoggedRecord;
import io.avstack.core.msg.ControlCommand;
import io.avstack.sim.run.ScenarioSetups;
import io.avstack.sim.run.SimSetup;
import io.avstack.sim.scenario.ScenarioLoader;
import io.avstack.system.CliHarness;
import io.avstack.vehicle.run.RunConfig;
import io.avstack.vehicle.run.RunProcess;
import io.avstack.vehicle.run.StampOrderedStack;
import io.avstack.vehicle.stack.SimStacks;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Split deployment: a drivers process and a stack process talking through a real Mosquitto on
 * loopback produce the same commands as the single process on the same input files (a 2 s CCRs
 * export: VLP-16 pcap, ARS408 and vehicle CAN candumps).
 *
 * <p>What "same" means with an asynchronous transport: the live stack's commands depend on thread
 * scheduling (which frames a busy detector skips, when a world model is due), so two live runs never
 * match exactly, even in one process. Each deployment's stack process records every input it
 * received (its drive log); the commands compared are those of the stack run in its deterministic
 * mode ({@link StampOrderedStack}: inputs in stamp order, clock from the stamps) on those inputs, and
 * they must be identical, stamp by stamp. So the test checks that the split deployment delivers
 * exactly the single process's inputs (none lost, none altered) and that the stack's output is a
 * function of them. The camera is left out: a driver reading a video file stamps frames with the
 * clock at grab time, which differs from run to run. The two "processes" are two {@code avstack run}
 * instances (roles DRIVERS and STACK, each with its own MQTT client) in this JVM.
 */
class SplitDeploymentTest {

    private static final Path REPO = CliHarness.REPO;
    private static final Map<String, String> PARAMS = Map.of("gapM", "30", "egoSpeedKph", "30", "overlapPct", "100");
    private static final Set<String> INPUTS = Set.of(TopicNames.topic("ego", StandardTopics.LIDAR_TOP),
            TopicNames.topic("ego", StandardTopics.RADAR_FRONT), TopicNames.topic("ego", StandardTopics.EGO_STATE));

    @TempDir
    static Path tmp;

    @BeforeAll
    static void exportAShortDrive() {
        MosquittoBroker.assumeInstalled();
        CliHarness cli = new CliHarness();
        int code = cli.run("export", REPO.resolve("scenarios/ccrs.yaml").toString(), "--out",
                tmp.resolve("samples").toString(), "--param", "gapM=30", "--param", "egoSpeedKph=30",
                "--param", "overlapPct=100", "--duration-s", "2", "--no-ground-truth");
        assertThat(code).as(cli.both()).isZero();
    }

    private static String drivers() {
        return """
                drivers:
                  lidar: {pcap: samples/lidar.pcap, udpPort: 2368}
                  radar: {candump: samples/radar.log, sensorId: 0}
                  ego: {candump: samples/vehicle.log, signals: samples/ego-can.yaml}
                """;
    }

    private static String stack() {
        return """
                stack:
                  scenario: %s
                  params: {gapM: "30", egoSpeedKph: "30", overlapPct: "100"}
                """.formatted(REPO.resolve("scenarios/ccrs.yaml").toAbsolutePath());
    }

    private static String log(String dir) {
        return "log: {dir: " + dir + ", maxFileMb: 512, maxTotalMb: 4096}\n";
    }

    private static RunConfig config(String name, String yaml) throws Exception {
        Path f = tmp.resolve(name + ".yaml");
        Files.writeString(f, yaml);
        return ConfigLoader.load(f, RunConfig.class);
    }

    @Test
    void driversAndStackOverMosquittoGiveTheSingleProcesssCommands() throws Exception {
        StringWriter out = new StringWriter();
        PrintWriter w = new PrintWriter(out, true);
        RunConfig single = config("single", "vehicleId: ego\nrole: ALL\ndurationS: 0\nbus: {transport: INPROCESS}\n"
                + drivers() + stack() + log("single-logs"));
        RunProcess.run(single, tmp, new AtomicBoolean(), w);

        int port = MqttTestSupport.freePort();
        try (MosquittoBroker broker = MosquittoBroker.start(port)) {
            String bus = "bus: {transport: MQTT, url: " + broker.url() + "}\n";
            RunConfig stackRole = config("stack", "vehicleId: ego\nrole: STACK\ndurationS: 0\n" + bus + stack()
                    + log("split-logs"));
            RunConfig driversRole = config("drivers", "vehicleId: ego\nrole: DRIVERS\ndurationS: 0\n" + bus + drivers());
            AtomicBoolean stopStack = new AtomicBoolean();
            StringWriter stackOut = new StringWriter();
            PrintWriter sw = new PrintWriter(stackOut, true);
            CompletableFuture<RunProcess.Outcome> stackRun = CompletableFuture.supplyAsync(() -> {
                try {
                    return RunProcess.run(stackRole, tmp, stopStack, sw);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            MqttTestSupport.awaitUntil("the stack process running", () -> stackOut.toString().contains("stack running")
                    || stackRun.isDone(), MqttTestSupport.WAIT.multipliedBy(3));
            assertThat(stackRun).as(stackOut.toString()).isNotDone();
            RunProcess.run(driversRole, tmp, new AtomicBoolean(), w);
            stopStack.set(true); // the stack drains what is still on its way before finishing its log
            stackRun.get(60, TimeUnit.SECONDS);
        }

        List<StampOrderedStack.Input> singleInputs = inputs(tmp.resolve("single-logs"));
        List<StampOrderedStack.Input> splitInputs = inputs(tmp.resolve("split-logs"));
        assertThat(keys(splitInputs)).as("inputs the split stack received").isEqualTo(keys(singleInputs));
        assertThat(singleInputs).hasSize(2 * 10 + 1 + 2 * 20 + 1 + 2 * 50 + 1);

        SimSetup setup = ScenarioSetups.of(ScenarioLoader.load(REPO.resolve("scenarios/ccrs.yaml"), PARAMS, null).get(0));
        List<ControlCommand> a = StampOrderedStack.commands(SimStacks.LIDAR_RADAR, setup, "ego", singleInputs);
        List<ControlCommand> b = StampOrderedStack.commands(SimStacks.LIDAR_RADAR, setup, "ego", splitInputs);
        assertThat(a).as("commands").hasSizeGreaterThan(50);
        assertThat(b).hasSameSizeAs(a);
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.get(i).header().stampNs()).as("stamp of command %d", i).isEqualTo(a.get(i).header().stampNs());
            assertThat(b.get(i).accelMps2()).as("accel of command %d", i).isEqualTo(a.get(i).accelMps2());
            assertThat(b.get(i).steeringRad()).as("steering of command %d", i).isEqualTo(a.get(i).steeringRad());
        }
        System.out.printf("split deployment: %d inputs, %d commands, identical to the single process's%n",
                splitInputs.size(), b.size());
    }

    /** The stack's inputs in a log series (rotated files in name order). */
    private static List<StampOrderedStack.Input> inputs(Path dir) throws Exception {
        List<StampOrderedStack.Input> in = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                try (DriveLogReader r = DriveLogReader.open(f)) {
                    for (LoggedRecord rec = r.next(); rec != null; rec = r.next()) {
                        if (INPUTS.contains(rec.topic())) {
                            in.add(new StampOrderedStack.Input(rec.topic(), rec.decode()));
                        }
                    }
                }
            }
        }
        return in;
    }

    private static List<String> keys(List<StampOrderedStack.Input> inputs) {
        List<String> k = new ArrayList<>();
        for (StampOrderedStack.Input i : inputs) {
            k.add(i.topic() + "@" + i.message().header().stampNs() + "#" + i.message().header().seq());
        }
        k.sort(null);
        return k;
    }
}
