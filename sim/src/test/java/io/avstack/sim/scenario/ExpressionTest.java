package io.avstack.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpressionTest {

    private static final Map<String, String> VALUES = Map.of("kph", "36", "pct", "75", "side", "NEAR", "zero", "0");

    private static String eval(String text) {
        return Expression.parse(text).evaluate(VALUES);
    }

    @Test
    void loneNameGivesTheValueAsWritten() {
        assertThat(eval("side")).isEqualTo("NEAR");
        assertThat(eval(" kph ")).isEqualTo("36");
        assertThat(eval("(side)")).isEqualTo("NEAR");
    }

    @Test
    void arithmeticFollowsPrecedenceAndParentheses() {
        assertThat(eval("kph / 3.6")).isEqualTo("10");
        assertThat(eval("1 + 2 * 3")).isEqualTo("7");
        assertThat(eval("(1 + 2) * 3")).isEqualTo("9");
        assertThat(eval("10 - 4 - 3")).isEqualTo("3");       // left-associative
        assertThat(eval("12 / 2 / 3")).isEqualTo("2");
        assertThat(eval("-kph + -(-2)")).isEqualTo("-34");
        assertThat(eval("(100 - pct) / 100 * 1.85")).isEqualTo("0.4625");
        assertThat(eval("kph * 0")).isEqualTo("0");          // never "-0" or "0.0"
    }

    @Test
    void resultsAreWrittenWithoutExponent() {
        assertThat(eval("1 / 1000000000")).isEqualTo("0.000000001");
        assertThat(eval("1000000 * 1000000 * 1000")).isEqualTo("1000000000000000");
    }

    @Test
    void listsTheNamesItUses() {
        assertThat(Expression.parse("(a + b) * a").names()).containsExactly("a", "b", "a");
    }

    @Test
    void syntaxErrorsSayWhatAndWhere() {
        assertThatThrownBy(() -> Expression.parse("kph +")).hasMessageContaining("ends too early");
        assertThatThrownBy(() -> Expression.parse("(kph")).hasMessageContaining("missing ')'");
        assertThatThrownBy(() -> Expression.parse("kph ^ 2")).hasMessageContaining("unexpected '^' at character 5");
        assertThatThrownBy(() -> Expression.parse("1.2.3")).hasMessageContaining("bad number '1.2.3'");
        assertThatThrownBy(() -> Expression.parse("")).hasMessageContaining("ends too early");
        assertThatThrownBy(() -> Expression.parse("Math.exit(1)")).hasMessageContaining("unexpected '.'");
    }

    @Test
    void evaluationErrors() {
        assertThatThrownBy(() -> eval("side * 2")).hasMessageContaining("'side' = NEAR is not a number");
        assertThatThrownBy(() -> eval("kph / zero")).hasMessageContaining("division by zero");
        assertThatThrownBy(() -> eval("mph")).hasMessageContaining("unknown parameter 'mph'");
    }
}
