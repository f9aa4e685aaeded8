package io.avstack.system.mqtt;

import java.util.List;

/** Edits a shipped {@code mosquitto.conf} for a test: replaces the values of chosen options. */
final class MosquittoConfigs {

    private MosquittoConfigs() {
    }

    /**
     * {@code lines} with the value of each option in {@code values} ({@code {name, value}} pairs)
     * replaced. Each option must occur exactly once, so a change to the shipped file that the test
     * does not know about fails loudly instead of testing something else.
     */
    static String withValues(List<String> lines, String[][] values) {
        StringBuilder out = new StringBuilder();
        int[] found = new int[values.length];
        for (String line : lines) {
            String replaced = line;
            String[] words = line.strip().split("\\s+", 2);
            for (int i = 0; i < values.length; i++) {
                if (!line.strip().startsWith("#") && words[0].equals(values[i][0])) {
                    replaced = values[i][0] + " " + values[i][1];
                    found[i]++;
                }
            }
            out.append(replaced).append('\n');
        }
        for (int i = 0; i < values.length; i++) {
            if (found[i] != 1) {
                throw new IllegalStateException("option '" + values[i][0] + "' occurs " + found[i]
                        + " times in the shipped mosquitto.conf, expected once");
            }
        }
        return out.toString();
    }
}
