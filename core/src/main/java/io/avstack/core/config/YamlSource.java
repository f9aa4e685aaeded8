package io.avstack.core.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.StringJoiner;

/**
 * The text of one config document and its name: parses it into a tree, and maps a key path back
 * to a line and column for error messages (bound values no longer know where they came from).
 */
final class YamlSource {

    private static final YAMLFactory LOCATING_FACTORY = new YAMLFactory();

    private final String name;
    private final String text;

    YamlSource(String name, String text) {
        this.name = name;
        this.text = text;
    }

    String name() {
        return name;
    }

    /**
     * Parses the single YAML document.
     *
     * @throws ConfigException {@code MALFORMED} for bad syntax, a duplicate key, an empty file or
     *     more than one document
     */
    JsonNode parse(ObjectMapper mapper) {
        try (JsonParser parser = mapper.createParser(text)) {
            JsonNode tree = mapper.readTree(parser);
            if (tree == null || tree.isMissingNode()) {
                throw malformed("", null, "empty document", 1, 1, null);
            }
            JsonLocation extra = parser.nextToken() != null ? parser.currentTokenLocation() : null;
            if (extra != null) {
                throw malformed("", null, "more than one YAML document", extra.getLineNr(), extra.getColumnNr(),
                        null);
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw fromParseError(e);
        } catch (IOException e) {
            throw malformed("", null, e.toString(), -1, -1, e);
        }
    }

    /**
     * Line and column of {@code keyPath}, or of its deepest ancestor present in the text (a missing
     * key points at its parent). {@code {-1, -1}} if nothing matches.
     */
    int[] locate(String keyPath) {
        int[] best = {-1, -1};
        int bestLength = -1;
        try (JsonParser parser = LOCATING_FACTORY.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                String path = KeyPaths.of(parser.getParsingContext());
                if (path.length() > bestLength && KeyPaths.isPrefix(path, keyPath)) {
                    JsonLocation at = parser.currentTokenLocation();
                    best = new int[] {at.getLineNr(), at.getColumnNr()};
                    bestLength = path.length();
                    if (path.equals(keyPath)) {
                        break;
                    }
                }
            }
        } catch (IOException e) {
            // the text parsed once already; a failure here only costs the line number
        }
        return best;
    }

    private ConfigException fromParseError(JsonProcessingException e) {
        String path = e.getProcessor() instanceof JsonParser p ? KeyPaths.of(p.getParsingContext()) : "";
        JsonLocation at = e.getLocation();
        int line = at == null ? -1 : at.getLineNr();
        int column = at == null ? -1 : at.getColumnNr();
        String message = problemLines(e.getOriginalMessage());
        if (message.startsWith("Duplicate field")) {
            message = "duplicate key" + message.substring("Duplicate field".length());
        }
        return malformed(path, lineText(line), message, line, column, e);
    }

    private ConfigException malformed(String path, String value, String detail, int line, int column,
            Throwable cause) {
        return new ConfigException(ConfigException.Kind.MALFORMED, name, path, value, detail, line, column, cause);
    }

    /** The source line, quoted, as the "value" of a syntax error; null if out of range. */
    private String lineText(int line) {
        if (line < 1) {
            return null;
        }
        String[] lines = text.split("\\R", -1);
        return line <= lines.length ? ConfigException.render(lines[line - 1].strip()) : null;
    }

    /**
     * SnakeYAML's message without its indented parts (the " in 'reader', line..." marks and the
     * echoed source with a caret, which the location and value already give), one line.
     */
    private static String problemLines(String message) {
        if (message == null) {
            return "";
        }
        StringJoiner problems = new StringJoiner("; ");
        for (String line : message.split("\\R")) {
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                problems.add(line.strip());
            }
        }
        return problems.toString();
    }
}
