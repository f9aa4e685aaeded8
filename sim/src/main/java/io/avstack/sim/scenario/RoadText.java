package io.avstack.sim.scenario;

import io.avstack.core.config.ConfigException;
import io.avstack.core.config.ConfigLoader;
import io.avstack.core.map.RoadConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A road file's text, checked on its own and ready to be appended to a scenario's text as its
 * {@code road:} key. Appending (after the scenario's last line, so no scenario line moves) lets one
 * {@link ConfigLoader} binding check the scenario against its road, and a scenario key that does
 * not fit the road (a lane the road lacks, a start beyond its end) fails with the scenario file's
 * line, like every other scenario error.
 */
final class RoadText {

    private final String indented;

    private RoadText(String indented) {
        this.indented = indented;
    }

    /**
     * Loads and validates the road file on its own first, so that a problem inside it is reported
     * with the road file's name and line.
     *
     * @throws ConfigException for a missing or invalid road file
     */
    static RoadText load(Path roadFile) {
        ConfigLoader.load(roadFile, RoadConfig.class);
        String text;
        try {
            text = Files.readString(roadFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ScenarioErrors.inFile(roadFile.toString(), "", "(file)", "cannot read: " + e);
        }
        StringBuilder out = new StringBuilder(text.length() + 64);
        for (String line : text.split("\\R", -1)) {
            if (!line.strip().equals("---")) { // a document start marker cannot be nested
                out.append("  ").append(line).append('\n');
            }
        }
        return new RoadText(out.toString());
    }

    /** {@code scenarioText} with this road appended as its top-level {@code road} key. */
    String appendTo(String scenarioText) {
        StringBuilder out = new StringBuilder(scenarioText.length() + indented.length() + 8);
        out.append(scenarioText);
        if (!scenarioText.isEmpty() && scenarioText.charAt(scenarioText.length() - 1) != '\n') {
            out.append('\n');
        }
        return out.append("road:\n").append(indented).toString();
    }
}
