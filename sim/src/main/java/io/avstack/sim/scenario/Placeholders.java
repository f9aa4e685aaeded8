package io.avstack.sim.scenario;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the {@code ${...}} placeholders in a scenario file's text, outside comments, and replaces
 * them. Substitution works on the text, before YAML parsing, so the lines of the substituted text
 * are the lines of the file and every later error points at the right line.
 *
 * <p>Before the parameters are known the file is parsed once with each placeholder replaced by a
 * token ({@link #token}) that is a plain YAML scalar anywhere (a raw {@code ${a}} would break a
 * flow mapping such as {@code {speedMps: ${a}}}) and carries the expression, so that the header
 * check can report a bad placeholder at its key path.
 */
final class Placeholders {

    /** A placeholder: {@code text.substring(start, end)} is {@code ${expression}}. */
    record Placeholder(int start, int end, String expression) {
    }

    private static final Pattern TOKEN = Pattern.compile("__p([0-9a-f]*)__");

    private Placeholders() {
    }

    /** Every complete placeholder outside comments, in text order; an unclosed one is left alone. */
    static List<Placeholder> find(String text) {
        List<Placeholder> found = new ArrayList<>();
        char quote = 0;
        char previous = '\n';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                quote = 0; // a quoted scalar spanning lines is not supported inside placeholders
            } else if (quote != 0) {
                if (c == quote && text.charAt(i - 1) != '\\') {
                    quote = 0;
                }
            } else if (c == '#' && Character.isWhitespace(previous)) {
                i = endOfLine(text, i) - 1;
                continue;
            } else if ((c == '"' || c == '\'') && startsScalar(text, i)) {
                quote = c;
            }
            if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                int close = closing(text, i + 2);
                if (close > 0) {
                    found.add(new Placeholder(i, close + 1, text.substring(i + 2, close).strip()));
                    i = close;
                    c = '}';
                }
            }
            previous = c;
        }
        return found;
    }

    /** {@code text} with each placeholder replaced by {@code replacement.apply(placeholder)}. */
    static String replace(String text, List<Placeholder> placeholders, Function<Placeholder, String> replacement) {
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (Placeholder p : placeholders) {
            out.append(text, from, p.start()).append(replacement.apply(p));
            from = p.end();
        }
        return out.append(text, from, text.length()).toString();
    }

    /** The token standing for {@code expression} in the header pass: {@code __p<hex of UTF-8>__}. */
    static String token(String expression) {
        return "__p" + HexFormat.of().formatHex(expression.getBytes(StandardCharsets.UTF_8)) + "__";
    }

    /** The expressions of the tokens in a string read in the header pass. */
    static List<String> expressionsIn(String value) {
        List<String> expressions = new ArrayList<>();
        Matcher m = TOKEN.matcher(value);
        while (m.find()) {
            expressions.add(new String(HexFormat.of().parseHex(m.group(1)), StandardCharsets.UTF_8));
        }
        return expressions;
    }

    /** {@code value} with each token replaced by {@code evaluate} applied to its expression. */
    static String resolveTokens(String value, Function<String, String> evaluate) {
        Matcher m = TOKEN.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String expression = new String(HexFormat.of().parseHex(m.group(1)), StandardCharsets.UTF_8);
            m.appendReplacement(out, Matcher.quoteReplacement(evaluate.apply(expression)));
        }
        return m.appendTail(out).toString();
    }

    /** Whether a string read in the header pass holds a token or an unclosed {@code ${}. */
    static boolean hasPlaceholder(String value) {
        return TOKEN.matcher(value).find() || value.contains("${");
    }

    private static boolean startsScalar(String text, int i) {
        for (int j = i - 1; j >= 0; j--) {
            char c = text.charAt(j);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return c == ':' || c == '-' || c == '[' || c == '{' || c == ',' || c == '?';
            }
        }
        return true;
    }

    /** Index of the '}' closing a placeholder whose expression starts at {@code from}; -1 if none on the line. */
    private static int closing(String text, int from) {
        for (int j = from; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '}') {
                return j;
            }
            if (c == '\n' || c == '{' || c == '$') {
                return -1;
            }
        }
        return -1;
    }

    private static int endOfLine(String text, int i) {
        int nl = text.indexOf('\n', i);
        return nl < 0 ? text.length() : nl;
    }
}
