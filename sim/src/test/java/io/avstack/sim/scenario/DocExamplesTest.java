package io.avstack.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The annotated examples of docs/scenario-format.md load as written. */
class DocExamplesTest {

    private static final Path DOC = Path.of("..", "docs", "scenario-format.md");
    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(name: .*?)```", Pattern.DOTALL);

    @Test
    void everyExampleLoads(@TempDir Path dir) throws IOException {
        Path roads = Files.createDirectory(dir.resolve("roads"));
        try (var files = Files.list(CatalogueTest.CATALOGUE.resolve("roads"))) {
            for (Path road : files.toList()) {
                Files.copy(road, roads.resolve(road.getFileName()));
            }
        }
        List<String> examples = new ArrayList<>();
        Matcher m = YAML_BLOCK.matcher(Files.readString(DOC));
        while (m.find()) {
            examples.add(m.group(1));
        }

        assertThat(examples).hasSize(3);
        int[] expectedRuns = {15, 2, 6};
        for (int i = 0; i < examples.size(); i++) {
            Path file = dir.resolve("example-" + i + ".yaml");
            Files.writeString(file, examples.get(i));
            assertThat(ScenarioLoader.load(file)).as("example " + (i + 1)).hasSize(expectedRuns[i]);
        }
    }
}
