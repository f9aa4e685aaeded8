package io.avstack.system.sim;

import io.avstack.system.CliHarness;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.avstack.core.log.DriveLogReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimCommandTest {

    private static final Path CCRS = Path.of("..", "scenarios", "ccrs.yaml");

    private final CliHarness cli = new CliHarness();

    @TempDir
    Path tmp;


    @Test
    void runsOneExpansionWritesTheReportAndRecordsTheBus() throws Exception {
        Path report = tmp.resolve("report.json");
        Path log = tmp.resolve("run.avlog");
        int code = cli.run("sim", CCRS.toString(), "--param", "egoSpeedKph=30", "--param", "overlapPct=100",
                "--seed", "3", "--headless", "--report", report.toString(), "--record", log.toString());
        assertThat(code).as(cli.err()).isZero();
        assertThat(cli.out().lines()).hasSize(1);
        assertThat(cli.out()).startsWith("ccrs").contains("seed=3 PASS").contains("rtf=");
        JsonNode runs = new ObjectMapper().readTree(report.toFile()).get("runs");
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).get("verdict").asText()).isEqualTo("PASS");
        assertThat(runs.get(0).get("seed").asLong()).isEqualTo(3);
        assertThat(runs.get(0).get("collision").asBoolean()).isFalse();
        assertThat(runs.get(0).get("parameters").get("egoSpeedKph").asText()).isEqualTo("30");
        assertThat(Files.size(log)).isPositive();
        try (DriveLogReader reader = DriveLogReader.open(log)) {
            assertThat(reader.metadata().scenario()).startsWith("ccrs");
            assertThat(reader.metadata().seed()).isEqualTo(3);
            java.util.Set<String> topics = new java.util.TreeSet<>();
            for (io.avstack.core.log.LoggedRecord r = reader.next(); r != null; r = reader.next()) {
                topics.add(r.topic());
            }
            assertThat(topics).contains("avstack/ego/sensor/lidar/top", "avstack/ego/sensor/radar/front",
                    "avstack/ego/control/command", "avstack/ego/sim/ground_truth");
        }
    }

    @Test
    void aSweepPrintsOneLinePerRun() {
        assertThat(cli.run("sim", CCRS.toString(), "--param", "egoSpeedKph=20", "--sensors", "truth"))
                .as(cli.err()).isZero();
        assertThat(cli.out().lines()).hasSize(3); // overlapPct 50, 75, 100
    }

    @Test
    void aBadFileFailsWithAClearMessage() throws Exception {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "name: broken\ndurationS: -1\n");
        assertThat(cli.run("sim", bad.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("avstack sim: ").contains("bad.yaml");
        assertThat(cli.run("sim", tmp.resolve("missing.yaml").toString())).isEqualTo(2);
    }

    @Test
    void aFaultThatSilencesEgoStateLeavesTheEgoUncontrolledAndTheRunFails() throws Exception {
        Path report = tmp.resolve("faulted.json");
        // no ego state from 0 s: the controller never commands, the ego coasts into the standing car
        int code = cli.run("sim", CCRS.toString(), "--param", "egoSpeedKph=30", "--param", "overlapPct=100",
                "--fault", "dropout:ego_state@0-1000", "--sensors", "truth", "--report", report.toString());
        assertThat(code).as(cli.err()).isZero(); // completed runs exit 0 whatever the verdict
        assertThat(cli.out()).contains(" FAIL ").contains("collision=true");
        JsonNode run0 = new ObjectMapper().readTree(report.toFile()).get("runs").get(0);
        assertThat(run0.get("collision_actor").asLong()).isEqualTo(1);
        assertThat(run0.get("impact_speed_mps").asDouble()).isCloseTo(30 / 3.6, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void busFaultsAlsoActOnTopicsTheStackPublishes() throws Exception {
        // every control command the stack (here the built-in controller) publishes is lost on the bus
        int lost = cli.run("sim", CCRS.toString(), "--param", "egoSpeedKph=30", "--param", "overlapPct=100",
                "--fault", "bus_loss:control_command@0-1000,p=1", "--sensors", "truth");
        assertThat(lost).as(cli.err()).isZero();
        assertThat(cli.out()).contains(" FAIL ").contains("collision=true");
        // the same commands delayed by 100 ms still stop the car in time
        int delayed = cli.runFresh("sim", CCRS.toString(), "--param", "egoSpeedKph=30", "--param", "overlapPct=100",
                "--fault", "bus_delay:control_command@0-1000,ms=100", "--sensors", "truth");
        assertThat(delayed).as(cli.err()).isZero();
        assertThat(cli.out()).contains(" PASS ").contains("collision=false");
    }

    @Test
    void aRunTheWorldRejectsFailsWithItsNameNotAStackTrace() throws Exception {
        Path file = tmp.resolve("too-fast.yaml");
        Files.writeString(file, """
                name: too-fast
                road:
                  segments: [{straight: 300}]
                  lanes: {forward: [3.5], oncoming: [3.5]}
                  speedLimits: [{fromS: 0, limitMps: 30}]
                ego: {laneId: -1, startSM: 10, startSpeedMps: 60, targetSpeedMps: 20}
                durationS: 5
                """);
        assertThat(cli.run("sim", file.toString(), "--sensors", "truth")).isEqualTo(2);
        assertThat(cli.err()).contains("run too-fast").contains("speedMps must be in [0, 50.0], was 60.0");
    }

    @Test
    void aBadFaultSpecFailsClearly() {
        assertThat(cli.run("sim", CCRS.toString(), "--fault", "smoke:camera_front@2-4")).isEqualTo(2);
        assertThat(cli.err()).contains("--fault").contains("smoke");
    }

    @Test
    void writesACameraAndBirdsEyeVideo() throws Exception {
        Path video = tmp.resolve("run.mp4");
        // gap 20 m at 30 km/h: a 7.4 s run, 75 frames at 10 per simulated second
        int code = cli.run("sim", CCRS.toString(), "--param", "egoSpeedKph=30", "--param", "overlapPct=100",
                "--param", "gapM=20", "--sensors", "truth", "--video", video.toString());
        assertThat(code).as(cli.err()).isZero();
        assertThat(Files.size(video)).isGreaterThan(10_000);
        try (org.bytedeco.javacv.FFmpegFrameGrabber grabber = new org.bytedeco.javacv.FFmpegFrameGrabber(video.toFile())) {
            grabber.start();
            assertThat(grabber.getImageWidth()).as("camera 640 + BEV 640").isEqualTo(1280);
            assertThat(grabber.getLengthInVideoFrames()).isBetween(70, 80);
            grabber.stop();
        }
    }

    @Test
    void writesSnapshotsAtTheChosenTimes() throws Exception {
        int code = cli.run("sim", CCRS.toString(), "--param", "egoSpeedKph=30", "--param", "overlapPct=100",
                "--param", "gapM=20", "--sensors", "truth", "--png-at", "1", "--png-at", "2.5",
                "--png-at", "999", "--png-dir", tmp.toString());
        assertThat(code).as(cli.err()).isZero();
        try (var files = Files.list(tmp)) {
            java.util.List<Path> pngs = files.filter(f -> f.toString().endsWith(".png")).sorted().toList();
            assertThat(pngs).hasSize(2); // 999 s is after the end of the run
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(pngs.get(0).toFile());
            assertThat(image.getWidth()).isEqualTo(1280);
            assertThat(image.getHeight()).isEqualTo(480);
        }
    }
}
