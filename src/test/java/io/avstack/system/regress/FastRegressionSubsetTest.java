package io.avstack.system.regress;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.avstack.system.CliHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast subset of the safety regression suite that CI runs on every change: representative
 * scenarios of the catalogue (car-to-car stationary / moving / braking, pedestrian crossing, cut-in,
 * red light, curve) driven by the full stack (CNN detectors, fusion, planning, safety) on simulated
 * sensors, plus a single-sensor fault. Every run must pass its criteria (no collision among them).
 * The whole suite is {@code avstack regress --stack full} (docs/REGRESSION.md).
 */
class FastRegressionSubsetTest {

    /** One or a few runs per behaviour the catalogue covers. */
    private static final String[] NOMINAL = {"ccrb.yaml", "cut-in-close.yaml", "traffic-light-turns-red.yaml",
        "curve-s-bend.yaml", "pedestrian-far-side.yaml"};

    @TempDir
    Path tmp;

    @Test
    void fullStackPassesTheFastSubset() throws Exception {
        assertSuitePasses(NOMINAL, "none", tmp.resolve("nominal"));
    }

    @Test
    void fullStackAvoidsCarToCarCollisionsWithTheCameraBlackedOut() throws Exception {
        assertSuitePasses(new String[] {"ccrb.yaml"}, "camera_blackout", tmp.resolve("faulted"));
    }

    private static void assertSuitePasses(String[] files, String faults, Path dir) throws Exception {
        CliHarness cli = new CliHarness();
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("regress"));
        for (String f : files) {
            args.add(CliHarness.REPO.resolve("scenarios").resolve(f).toString());
        }
        args.addAll(java.util.List.of("--stack", "full", "--faults", faults, "--jobs", "2", "--videos", "0",
                "--report-dir", dir.toString()));
        int code = cli.run(args.toArray(String[]::new));
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        for (JsonNode r : summary.get("results")) {
            assertThat(r.get("collision").asBoolean()).as(r.get("id").asText() + " " + r.get("reason").asText())
                    .isFalse();
        }
        assertThat(code).as(cli.both()).isZero();
    }
}
