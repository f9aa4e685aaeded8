package io.avstack.vehicle.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.config.ConfigLoader;
import io.avstack.drivers.ego.EgoCanConfig;
import io.avstack.vehicle.cli.AvstackCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code avstack export}: reproducible files, never overwritten, bad input named. */
class SensorExportTest {

    private static final String SCENARIO = "../scenarios/ccrs.yaml";

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int export(String... args) {
        CommandLine cli = AvstackCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "export";
        System.arraycopy(args, 0, all, 1, args.length);
        return cli.execute(all);
    }

    @Test
    void sameScenarioAndSeedGiveByteIdenticalSensorFiles() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertThat(export(SCENARIO, "--out", a.toString(), "--duration-s", "0.3", "--no-ground-truth"))
                .as(out + "\n" + err).isZero();
        assertThat(export(SCENARIO, "--out", b.toString(), "--duration-s", "0.3", "--no-ground-truth")).isZero();
        for (String f : new String[] {SensorExport.LIDAR_FILE, SensorExport.RADAR_FILE, SensorExport.VEHICLE_FILE,
                SensorExport.SIGNALS_FILE}) {
            assertThat(Files.readAllBytes(a.resolve(f))).as(f).isEqualTo(Files.readAllBytes(b.resolve(f)));
        }
        assertThat(a.resolve(SensorExport.GROUND_TRUTH_FILE)).doesNotExist();
        assertThat(a.resolve(SensorExport.CAMERA_FILE)).isNotEmptyFile();
        // 4 rotations (t = 0, 0.1, 0.2, 0.3 s) of 75 packets, each 16 + 1248 bytes after the 24-byte header
        assertThat(Files.size(a.resolve(SensorExport.LIDAR_FILE))).isEqualTo(24 + 4 * 75 * (16 + 14 + 20 + 8 + 1206));
        assertThat(out.toString()).contains("4 rotations, 300 VLP-16 packets").contains("camera  4 frames");
        // the shipped signal map is what the drivers load
        assertThat(ConfigLoader.load(a.resolve(SensorExport.SIGNALS_FILE), EgoCanConfig.class).speed().name())
                .isEqualTo("WheelSpeed");
    }

    @Test
    void anExistingExportIsNeverOverwritten() throws Exception {
        Path dir = tmp.resolve("x");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(SensorExport.RADAR_FILE), "keep me");
        assertThat(export(SCENARIO, "--out", dir.toString(), "--duration-s", "0.1")).isEqualTo(1);
        assertThat(err.toString()).contains(SensorExport.RADAR_FILE).contains("never overwrites");
        assertThat(Files.readString(dir.resolve(SensorExport.RADAR_FILE))).isEqualTo("keep me");
        assertThat(dir.resolve(SensorExport.LIDAR_FILE)).doesNotExist();
    }

    @Test
    void badInputIsNamedWithExitCodeTwo() {
        assertThat(export(SCENARIO, "--out", tmp.resolve("y").toString(), "--camera-fps", "60")).isEqualTo(2);
        assertThat(err.toString()).contains("camera fps").contains("60");
        assertThat(export(SCENARIO, "--out", tmp.resolve("y").toString(), "--param", "nope=1")).isEqualTo(2);
        assertThat(err.toString()).contains("nope");
        assertThat(export(SCENARIO, "--out", tmp.resolve("y").toString(), "--duration-s", "-1")).isEqualTo(2);
        assertThat(err.toString()).contains("duration");
    }
}
