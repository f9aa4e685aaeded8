package io.avstack.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.avstack.core.config.ConfigException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Malformed scenario files (src/test/resources/scenario/malformed) fail naming file, line, key, value. */
class ScenarioErrorsTest {

    private static final Path MALFORMED = ScenarioLoaderTest.RESOURCES.resolve("malformed");

    private static ConfigException loadError(String name) {
        Path file = MALFORMED.resolve(name);
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> ScenarioLoader.load(file));
        assertThat(e).as(name + " should fail").isNotNull();
        assertThat(e.file()).isEqualTo(file.toString());
        assertThat(e.getMessage()).startsWith(file.toString());
        return e;
    }

    @Test
    void unknownKey() {
        ConfigException e = loadError("unknown-key.yaml");

        assertThat(e.kind()).isEqualTo(ConfigException.Kind.UNKNOWN_KEY);
        assertThat(e.keyPath()).isEqualTo("ego.startSpeed");
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.getMessage()).contains("startSpeedMps");
    }

    @Test
    void outOfRangeSubstitutedValueNamesItsLineAndTheValue() {
        ConfigException e = loadError("out-of-range.yaml");

        assertThat(e.kind()).isEqualTo(ConfigException.Kind.OUT_OF_RANGE);
        assertThat(e.keyPath()).isEqualTo("durationS");
        assertThat(e.value()).isEqualTo("-50.0");
        assertThat(e.line()).isEqualTo(10);
    }

    @Test
    void badYaml() {
        ConfigException e = loadError("bad-yaml.yaml");

        assertThat(e.kind()).isEqualTo(ConfigException.Kind.MALFORMED);
        assertThat(e.line()).isBetween(3, 5);
    }

    @Test
    void unknownParameterInPlaceholder() {
        ConfigException e = loadError("unknown-parameter.yaml");

        assertThat(e.kind()).isEqualTo(ConfigException.Kind.INVALID);
        assertThat(e.keyPath()).isEqualTo("ego.targetSpeedMps");
        assertThat(e.value()).isEqualTo("\"${speedKmh / 3.6}\"");
        assertThat(e.line()).isEqualTo(9);
        assertThat(e.getMessage()).contains("unknown parameter 'speedKmh'").contains("speedKph");
    }

    @Test
    void badExpression() {
        ConfigException e = loadError("bad-expression.yaml");

        assertThat(e.keyPath()).isEqualTo("ego.startSpeedMps");
        assertThat(e.line()).isEqualTo(8);
        assertThat(e.getMessage()).contains("missing ')'");
    }

    @Test
    void textParameterInArithmetic() {
        ConfigException e = loadError("string-in-arithmetic.yaml");

        assertThat(e.keyPath()).isEqualTo("durationS");
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.getMessage()).contains("'side'").contains("not a number");
    }

    @Test
    void sweepRangeRunningBackwards() {
        ConfigException e = loadError("bad-sweep.yaml");

        assertThat(e.keyPath()).isEqualTo("sweep.speedKph.to");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.getMessage()).contains("must not be less than from");
    }

    @Test
    void sweepOfAnUndeclaredParameter() {
        ConfigException e = loadError("undeclared-sweep.yaml");

        assertThat(e.keyPath()).isEqualTo("sweep.gapM");
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.getMessage()).contains("undeclared parameter");
    }

    @Test
    void sweepValueOfTheWrongType() {
        ConfigException e = loadError("sweep-type-mismatch.yaml");

        assertThat(e.keyPath()).isEqualTo("sweep.speedKph[1]");
        assertThat(e.value()).isEqualTo("\"fast\"");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.getMessage()).contains("the default is a number");
    }

    @Test
    void placeholderInASweep() {
        ConfigException e = loadError("placeholder-in-sweep.yaml");

        assertThat(e.keyPath()).isEqualTo("sweep.side[1]");
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.getMessage()).contains("cannot use ${...}");
    }

    @Test
    void sweepExpandingIntoTooManyRuns() {
        ConfigException e = loadError("sweep-too-many-runs.yaml");

        assertThat(e.keyPath()).isEqualTo("sweep");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.getMessage()).contains("more than 10000 runs");
    }

    @Test
    void missingKey() {
        ConfigException e = loadError("missing-key.yaml");

        assertThat(e.kind()).isEqualTo(ConfigException.Kind.MISSING_KEY);
        assertThat(e.keyPath()).isEqualTo("ego.targetSpeedMps");
        assertThat(e.line()).isEqualTo(3); // a missing key points at its parent
    }

    @Test
    void bothRoadAndRoadFile() {
        ConfigException e = loadError("road-and-road-file.yaml");

        assertThat(e.keyPath()).isEqualTo("road");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("exactly one of 'roadFile'");
    }

    @Test
    void actorWithoutPath() {
        ConfigException e = loadError("no-path.yaml");

        assertThat(e.keyPath()).isEqualTo("actors[0]");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.getMessage()).contains("exactly one of 'laneId' or 'crossing");
    }

    @Test
    void inlineRoadTooShortForTheEgoStart() {
        ConfigException e = loadError("inline-lane-not-on-road.yaml");

        assertThat(e.keyPath()).isEqualTo("ego.startSM");
        assertThat(e.line()).isEqualTo(8);
        assertThat(e.getMessage()).contains("beyond the road's end at 100.0 m");
    }

    @Test
    void laneMissingFromTheRoadFileNamesTheScenarioLine() {
        ConfigException e = loadError("lane-not-on-road.yaml");

        assertThat(e.keyPath()).isEqualTo("ego.laneId");
        assertThat(e.value()).isEqualTo("-3");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("forward lanes -1..-2");
    }

    @Test
    void problemInsideTheRoadFileNamesTheRoadFile() {
        Path file = MALFORMED.resolve("bad-road-file.yaml");
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> ScenarioLoader.load(file));

        assertThat(e.file()).endsWith("bad-road.yaml");
        assertThat(e.keyPath()).isEqualTo("lanes.forward[0]");
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void missingRoadFile() {
        Path file = MALFORMED.resolve("missing-road-file.yaml");
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> ScenarioLoader.load(file));

        assertThat(e.kind()).isEqualTo(ConfigException.Kind.NOT_FOUND);
        assertThat(e.file()).endsWith("no-such-road.yaml");
    }

    @Test
    void notUtf8() {
        assertThat(loadError("not-utf8.yaml").getMessage()).contains("not UTF-8 text");
    }

    @Test
    void missingFile() {
        Path file = MALFORMED.resolve("does-not-exist.yaml");
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> ScenarioLoader.load(file));

        assertThat(e.kind()).isEqualTo(ConfigException.Kind.NOT_FOUND);
        assertThat(e.file()).isEqualTo(file.toString());
    }
}
