package io.avstack.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    private static List<String> expressions(String text) {
        return Placeholders.find(text).stream().map(Placeholders.Placeholder::expression).toList();
    }

    @Test
    void findsPlaceholdersInBlockFlowAndQuotedScalars() {
        String text = """
                a: ${x}
                b: {c: ${y / 2}, d: [${z}]}
                e: "text ${w} and ${ v }"
                """;

        assertThat(expressions(text)).containsExactly("x", "y / 2", "z", "w", "v");
    }

    @Test
    void ignoresComments() {
        String text = """
                # ${commented}
                a: ${x}   # ${alsoCommented}
                b: "# not a comment ${y}"
                c: 'it''s ${z}' # ${nope}
                """;

        assertThat(expressions(text)).containsExactly("x", "y", "z");
    }

    @Test
    void leavesUnclosedPlaceholdersAlone() {
        assertThat(expressions("a: ${x\nb: ${y}")).containsExactly("y");
    }

    @Test
    void replacementKeepsTheLineStructure() {
        String text = "a: ${x}\nb: {c: ${y}}\n";
        String replaced = Placeholders.replace(text, Placeholders.find(text), p -> "[" + p.expression() + "]");

        assertThat(replaced).isEqualTo("a: [x]\nb: {c: [y]}\n");
    }

    @Test
    void tokensCarryTheirExpressionThroughYaml() {
        String token = Placeholders.token("(a + b) / 3.6");

        assertThat(token).matches("__p[0-9a-f]+__");
        assertThat(Placeholders.expressionsIn("x" + token + "y" + Placeholders.token("c")))
                .containsExactly("(a + b) / 3.6", "c");
        assertThat(Placeholders.hasPlaceholder("plain")).isFalse();
        assertThat(Placeholders.hasPlaceholder("a ${b")).isTrue();
    }
}
