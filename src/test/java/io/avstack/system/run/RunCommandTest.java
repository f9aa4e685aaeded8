package io.avstack.system.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.log.DriveLogReader;
import io.avstack.core.log.LoggedRecord;
import io.avstack.vehicle.Main;
import io.avstack.system.CliHarness;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code avstack run --config}: the onboard process on the simulator input. */
class RunCommandTest {

    private static final Path REPO = Path.of("..");

    private final CliHarness cli = new CliHarness();

    @TempDir
    Path tmp;

    private int run(String... args) {
        return cli.run(args);
    }

    private Path config(String yaml) throws Exception {
        Path f = tmp.resolve("run.yaml");
        Files.writeString(f, yaml, StandardCharsets.UTF_8);
        return f;
    }

    private String simConfig(String scenario, double realtime, double durationS) {
        return """
                vehicleId: ego
                role: ALL
                durationS: %s
                bus:
                  transport: INPROCESS
                sim:
                  scenario: %s
                  stack: builtin
                  realtime: %s
                  report: %s
                log:
                  dir: %s
                  maxFileMb: 64
                  maxTotalMb: 256
                """.formatted(durationS, scenario, realtime, tmp.resolve("report.json").toAbsolutePath(),
                tmp.resolve("logs").toAbsolutePath());
    }

    @Test
    void simInputRunsTheScenarioRecordsAReplayableLogAndAReport() throws Exception {
        Path cfg = config(simConfig("scenarios/ccrs.yaml", 0, 0));
        int code = run("run", "--config", cfg.toString(), "--base-dir", REPO.toString());
        assertThat(code).as(cli.both()).isZero();
        assertThat(cli.out()).contains("ccrs").contains("PASS").contains("finished");
        Path log = tmp.resolve("logs").resolve("ccrs.avlog");
        assertThat(log).exists();
        assertThat(tmp.resolve("report.json")).exists();
        // the recorded drive replays through the same stack with zero differences
        assertThat(run("replay", log.toString(), "--compare", "--scenario-root", REPO.toString()))
                .as(cli.both()).isZero();
        // a second run never overwrites the first log
        assertThat(run("run", "--config", cfg.toString(), "--base-dir", REPO.toString())).isZero();
        assertThat(tmp.resolve("logs").resolve("ccrs-1.avlog")).exists();
    }

    @Test
    void badConfigIsRejectedWithFileKeyAndValue() throws Exception {
        Path cfg = config(simConfig("scenarios/ccrs.yaml", 0, 0).replace("role: ALL", "role: DRIVERS"));
        assertThat(run("run", "--config", cfg.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("run.yaml").contains("role").contains("DRIVERS");
        Path typo = config(simConfig("scenarios/ccrs.yaml", 0, 0).replace("realtime:", "realtme:"));
        assertThat(run("run", "--config", typo.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("realtme");
        assertThat(run("run", "--config", tmp.resolve("nope.yaml").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("config file not found");
    }

    @Test
    void stackRoleRulesAreCheckedNamingTheKey() throws Exception {
        String mqtt = "vehicleId: ego\ndurationS: 0\nbus: {transport: MQTT, url: 'tcp://127.0.0.1:1'}\n";
        // role STACK without a stack section
        assertThat(run("run", "--config", config(mqtt + "role: STACK\n").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("stack").contains("role STACK runs the stack");
        // a stack in the drivers' process
        String stack = "stack: {scenario: scenarios/ccrs.yaml}\n";
        assertThat(run("run", "--config", config(mqtt + "role: DRIVERS\ndrivers: {}\n" + stack).toString())).isEqualTo(2);
        assertThat(cli.err()).contains("role DRIVERS runs no stack");
        // a stack next to the simulator's own
        assertThat(run("run", "--config", config(simConfig("scenarios/ccrs.yaml", 0, 0) + stack).toString())).isEqualTo(2);
        assertThat(cli.err()).contains("the simulator hosts its own stack");
        // the stack's topics are under avstack/ego/
        String other = "vehicleId: car2\ndurationS: 0\nbus: {transport: MQTT, url: 'tcp://127.0.0.1:1'}\nrole: STACK\n";
        assertThat(run("run", "--config", config(other + stack).toString())).isEqualTo(2);
        assertThat(cli.err()).contains("vehicleId").contains("car2");
    }

    @Test
    void sigtermStopsARealTimeRunWithTheDriveLogFinished() throws Exception {
        Path cfg = config(simConfig("scenarios/highway-cruise.yaml", 1.0, 0));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "run", "--config", cfg.toString(), "--base-dir", REPO.toString())
                .redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        Thread reader = Thread.ofPlatform().daemon().start(() -> {
            try {
                output.append(new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (java.io.IOException ignored) {
                // the child is gone
            }
        });
        Path logs = tmp.resolve("logs");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!(Files.isDirectory(logs) && Files.list(logs).findAny().isPresent()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(1_500); // some real-time seconds of driving
        child.toHandle().destroy(); // SIGTERM (Process.destroy would also close our end of its output)
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("child exits after SIGTERM").isTrue();
        reader.join(5_000);
        assertThat(output.toString()).as("exit %d", child.exitValue()).contains("stopped on request");
        Path log = logs.resolve("highway-cruise.avlog");
        long records = 0;
        try (DriveLogReader r = DriveLogReader.open(log)) {
            assertThat(r.footer()).as("log closed cleanly (footer written)").isPresent();
            for (LoggedRecord rec = r.next(); rec != null; rec = r.next()) {
                records++;
            }
        }
        assertThat(records).isGreaterThan(50);
    }
}
