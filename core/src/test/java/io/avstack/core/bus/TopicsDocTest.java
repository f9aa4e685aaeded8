package io.avstack.core.bus;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/TOPICS.md's table must equal the standard registry, so the docs cannot drift. */
class TopicsDocTest {

    /** The columns of a topic row that the registry defines; producer and consumers are prose. */
    record Row(String name, String type, double rateHz, boolean rateIsFloor, DeliveryKind kind) {
    }

    @Test
    void topicTableEqualsTheStandardRegistry() throws IOException {
        List<Row> documented = parseTopicRows(Files.readAllLines(findDoc()));

        List<Row> registered = new ArrayList<>();
        for (TopicSpec spec : TopicRegistry.standard("ego").topics()) {
            registered.add(new Row(spec.name(), spec.messageType().getSimpleName(), spec.rateHz(), spec.rateIsFloor(),
                    spec.kind()));
        }
        assertThat(documented).containsExactlyElementsOf(registered);
    }

    @Test
    void standardRegistryIsBuiltForTheGivenVehicle() {
        TopicRegistry lead = TopicRegistry.standard("lead");
        assertThat(lead.topics()).allSatisfy(spec -> assertThat(spec.name()).startsWith("avstack/lead/"));
        assertThat(lead.spec(TopicNames.topic("lead", StandardTopics.CAMERA_FRONT)).kind())
                .isEqualTo(DeliveryKind.SENSOR);
        assertThat(lead.size()).isEqualTo(15);
    }

    /** How the table marks a rate that is a floor ({@link TopicSpec#rateIsFloor}). */
    static final String FLOOR = ">=";

    /** Rows whose first cell is a back-quoted {@code avstack/...} name. */
    static List<Row> parseTopicRows(List<String> lines) {
        List<Row> rows = new ArrayList<>();
        for (String line : lines) {
            String trimmed = line.trim();
            if (!trimmed.startsWith("| `avstack/")) {
                continue;
            }
            String[] cells = trimmed.substring(1).split("\\|");
            assertThat(cells.length).as("cells in row: %s", line).isGreaterThanOrEqualTo(4);
            String rate = cells[2].trim();
            boolean floor = rate.startsWith(FLOOR);
            rows.add(new Row(cells[0].trim().replace("`", ""), cells[1].trim(),
                    Double.parseDouble(floor ? rate.substring(FLOOR.length()).trim() : rate), floor,
                    DeliveryKind.valueOf(cells[3].trim())));
        }
        return rows;
    }

    /** Tests run in the module directory; the docs live at the repository root. */
    private static Path findDoc() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("docs/TOPICS.md");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("docs/TOPICS.md not found above " + Path.of("").toAbsolutePath());
    }
}
