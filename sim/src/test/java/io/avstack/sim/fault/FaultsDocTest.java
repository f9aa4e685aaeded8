package io.avstack.sim.fault;

import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.bus.TopicSpec;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/FAULTS.md's tables must equal FaultKind and the standard topics, so the docs cannot drift. */
class FaultsDocTest {

    record ParamRow(String kind, String key, String range, String defaultText) {
    }

    @Test
    void parameterTableEqualsFaultKind() throws IOException {
        List<ParamRow> documented = new ArrayList<>();
        for (String[] cells : rows(doc())) {
            if (cells.length == 4 && FaultKind.fromSpecName(unquote(cells[0])) != null) {
                documented.add(new ParamRow(unquote(cells[0]), unquote(cells[1]), cells[2], cells[3]));
            }
        }
        List<ParamRow> defined = new ArrayList<>();
        for (FaultKind k : FaultKind.values()) {
            if (k.params().isEmpty()) {
                defined.add(new ParamRow(k.specName(), "-", "-", "-"));
            }
            for (ParamDef p : k.params()) {
                defined.add(new ParamRow(k.specName(), p.key(), p.rangeText(),
                        p.isRequired() ? "required" : number(p.defaultValue())));
            }
        }
        assertThat(documented).containsExactlyElementsOf(defined);
    }

    @Test
    void everyShortTargetMatchesItsStandardTopicAndNoOther() throws IOException {
        List<TopicSpec> topics = TopicRegistry.standard("ego").topics();
        int checked = 0;
        for (String[] cells : rows(doc())) {
            if (!cells[0].startsWith("`avstack/")) {
                continue;
            }
            String topic = unquote(cells[0]);
            for (String target : cells[1].split(",")) {
                String t = unquote(target);
                FaultSpec spec = FaultSpec.parse("dropout:" + t + "@0-1");
                for (TopicSpec other : topics) {
                    assertThat(spec.appliesTo(other.name())).as("%s on %s", t, other.name())
                            .isEqualTo(other.name().equals(topic));
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(topics.size());
    }

    @Test
    void everyExampleInTheDocParses() throws IOException {
        List<String> lines = Files.readAllLines(doc());
        int start = lines.indexOf("## Examples");
        int parsed = 0;
        for (int i = start; i < lines.size() && !lines.get(i).startsWith("## Targets"); i++) {
            String line = lines.get(i);
            if (!line.isBlank() && Character.isLowerCase(line.charAt(0)) && line.contains("@")) {
                FaultSpec.parse(line.split("\\s+")[0]);
                parsed++;
            }
        }
        assertThat(parsed).isEqualTo(11);
    }

    private static List<String[]> rows(Path doc) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(doc)) {
            String t = line.trim();
            if (t.startsWith("| `")) {
                String[] cells = t.substring(1, t.length() - 1).split("\\|");
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].trim();
                }
                out.add(cells);
            }
        }
        return out;
    }

    private static String unquote(String s) {
        return s.trim().replace("`", "");
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** Tests run in the module directory; the docs live at the repository root. */
    private static Path doc() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("docs/FAULTS.md");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("docs/FAULTS.md not found above " + Path.of("").toAbsolutePath());
    }
}
