package io.avstack.core.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avstack.core.config.TestConfigs.Bounded;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** {@link Range} bounds are inclusive: min and max themselves pass, the next double beyond fails. */
class RangeTest {

    private static final double MIN = -2.5;
    private static final double MAX = 7.0;

    @Test
    void boundsThemselvesAreAllowed() {
        assertThatCode(() -> ConfigValidator.validate(new Bounded(MIN), "t")).doesNotThrowAnyException();
        assertThatCode(() -> ConfigValidator.validate(new Bounded(MAX), "t")).doesNotThrowAnyException();
    }

    @Test
    void nextDoubleBeyondEitherBoundIsRejected() {
        assertOutOfRange(Math.nextDown(MIN));
        assertOutOfRange(Math.nextUp(MAX));
        assertOutOfRange(Double.NaN);
        assertOutOfRange(Double.POSITIVE_INFINITY);
    }

    @Property(seed = "20261123") // fixed: tests are deterministic
    void everyValueInsideIsAccepted(@ForAll @DoubleRange(min = MIN, max = MAX) double valueM) {
        assertThatCode(() -> ConfigValidator.validate(new Bounded(valueM), "t")).doesNotThrowAnyException();
    }

    @Property(seed = "20261123") // fixed: tests are deterministic
    void everyValueOutsideIsRejected(@ForAll @DoubleRange(min = -1e6, max = 1e6) double valueM) {
        Assume.that(valueM < MIN || valueM > MAX);
        assertOutOfRange(valueM);
    }

    @Test
    void rangeOnNonNumberIsAProgrammingError() {
        assertThatThrownBy(() -> ConfigValidator.validate(new TestConfigs.BadRangeOnString("x"), "t"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BadRangeOnString.name");
    }

    private static void assertOutOfRange(double valueM) {
        assertThatThrownBy(() -> ConfigValidator.validate(new Bounded(valueM), "src.yaml"))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.kind()).isEqualTo(ConfigException.Kind.OUT_OF_RANGE);
                    org.assertj.core.api.Assertions.assertThat(e.keyPath()).isEqualTo("valueM");
                    org.assertj.core.api.Assertions.assertThat(e.getMessage())
                            .contains("src.yaml", "valueM = " + valueM, "[-2.5, 7]");
                });
    }
}
