package io.avstack.system.cli;

import io.avstack.system.CliHarness;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code avstack rss} with the public check values (ad-rss-lib asserts the same), to 0.01 m. */
class RssCliTest {

    private static final Pattern JSON = Pattern.compile("\\{\"safe_distance_m\": ([0-9.Ee+-]+)\\}");
    private static final String KPH_100 = String.valueOf(100 / 3.6);
    private static final String KPH_10 = String.valueOf(10 / 3.6);

    private final CliHarness cli = new CliHarness();


    private double json(String... args) {
        assertThat(cli.run(args)).as(cli.err()).isZero();
        Matcher m = JSON.matcher(cli.out().strip());
        assertThat(m.matches()).as(cli.out()).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void followerAt100KphBehindAStoppedLead() {
        assertThat(json("rss", "longitudinal", "--v-rear", KPH_100, "--v-front", "0", "--rho", "1", "--a-accel", "3.5",
                "--b-min", "4", "--b-max", "8", "--json")).isCloseTo(151.81, within(0.01));
    }

    @Test
    void bothAt100Kph() {
        assertThat(json("rss", "longitudinal", "--v-rear", KPH_100, "--v-front", KPH_100, "--rho", "1", "--a-accel",
                "3.5", "--b-min", "4", "--b-max", "8", "--json")).isCloseTo(103.59, within(0.01));
    }

    @Test
    void slowFollowerBehindAFastLead() {
        assertThat(json("rss", "longitudinal", "--v-rear", KPH_10, "--v-front", KPH_100, "--rho", "1", "--a-accel",
                "3.5", "--b-min", "4", "--b-max", "8", "--json")).isZero();
    }

    @Test
    void lateralBothStill() {
        assertThat(json("rss", "lateral", "--v-left", "0", "--v-right", "0", "--rho", "2", "--a-lat-accel", "0.2",
                "--b-lat-min", "0.8", "--mu", "0.1", "--json")).isCloseTo(1.10, within(0.01));
    }

    @Test
    void oppositeHandComputed() {
        // v1 10, v2 15, rho 0.5, a 2, b_correct 3, b_min 4: 5.25 + 20.1667 + 7.75 + 32
        assertThat(json("rss", "opposite", "--v1", "10", "--v2", "15", "--rho1", "0.5", "--rho2", "0.5",
                "--a-accel", "2", "--b-min-correct", "3", "--b-min", "4", "--json")).isCloseTo(65.17, within(0.01));
    }

    @Test
    void missingParametersComeFromTheShippedConfig() {
        // rho 0.5, a 2, b_min 4, b_max 8 (safety.yaml): docs/METRICS.md's 59.125 m
        assertThat(json("rss", "longitudinal", "--v-rear", "20", "--v-front", "10", "--json"))
                .isCloseTo(59.125, within(1e-9));
    }

    @Test
    void aConfigFileReplacesTheDefaults(@TempDir Path dir) throws IOException {
        String shipped;
        try (var in = getClass().getClassLoader().getResourceAsStream("io/avstack/safety/safety.yaml")) {
            shipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Path file = dir.resolve("safety.yaml");
        Files.writeString(file, shipped.replace("responseTimeS: 0.5", "responseTimeS: 1.0"));
        // rho 1: 20 + 1 + 22²/8 - 100/16 = 75.25
        assertThat(json("rss", "longitudinal", "--v-rear", "20", "--v-front", "10", "--config", file.toString(),
                "--json")).isCloseTo(75.25, within(1e-9));
    }

    @Test
    void textOutputNamesTheResultAndEveryParameter() {
        assertThat(cli.run("rss", "opposite", "--v1", "10", "--v2", "15")).isZero();
        assertThat(cli.out())
                .startsWith("RSS longitudinal (opposite directions) safe distance: 65.17 m")
                .contains("rho1 0.500 s").contains("b_min_correct 3.000 m/s²");
    }

    @Test
    void badValuesFailNamingTheOption() {
        assertThat(cli.run("rss", "longitudinal", "--v-rear", "-1", "--v-front", "0")).isNotZero();
        assertThat(cli.err()).contains("--v-rear must be finite and >= 0 (a speed magnitude, m/s), was -1.0");
        assertThat(cli.run("rss", "lateral", "--v-left", "0", "--v-right", "0", "--b-lat-min", "0")).isNotZero();
        assertThat(cli.err()).contains("--b-lat-min must be finite and > 0, was 0.0");
        assertThat(cli.run("rss", "longitudinal", "--v-rear", "1")).isNotZero();
        assertThat(cli.err()).contains("--v-front");
    }

    @Test
    void helpListsTheCalculator() {
        assertThat(cli.run("--help")).isZero();
        assertThat(cli.out()).contains("rss");
        assertThat(cli.runFresh("rss", "--help")).isZero();
        assertThat(cli.out()).contains("longitudinal").contains("opposite").contains("lateral");
    }
}
