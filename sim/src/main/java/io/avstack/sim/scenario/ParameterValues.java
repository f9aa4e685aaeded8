package io.avstack.sim.scenario;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Parameter values as text, the form they are substituted in: numbers without exponent or
 * trailing zeros ({@code 30}, {@code 8.5}), other values restricted to characters that stay one
 * plain YAML scalar wherever they are substituted.
 */
final class ParameterValues {

    /** What a non-numeric value may contain. */
    static final String TEXT_RULE = "a number, true/false, or text of letters, digits, '_', '-' and '.'";

    private static final Pattern NUMBER = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern TEXT = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]*");

    private ParameterValues() {
    }

    /** Whether {@code value} is a plain decimal number. */
    static boolean isNumber(String value) {
        return NUMBER.matcher(value).matches();
    }

    /** Whether {@code value} can be substituted: a number or plain text. */
    static boolean isValid(String value) {
        return isNumber(value) || TEXT.matcher(value).matches();
    }

    /**
     * A YAML scalar as parameter text: numbers normalised ({@code 30.0} becomes {@code 30}), booleans and
     * strings as written; null for anything else (a list, a mapping, null).
     */
    static String of(Object yamlScalar) {
        if (yamlScalar instanceof Double || yamlScalar instanceof Float) {
            double d = ((Number) yamlScalar).doubleValue();
            return Double.isFinite(d) ? format(d) : null;
        }
        if (yamlScalar instanceof BigDecimal big) {
            return normalise(big);
        }
        if (yamlScalar instanceof Number || yamlScalar instanceof Boolean) {
            return yamlScalar.toString();
        }
        if (yamlScalar instanceof String s) {
            return isValid(s) ? s : null;
        }
        return null;
    }

    /** A double without exponent: {@code 15} for 15.0, {@code 8.333333333333334}. */
    static String format(double value) {
        if (value == 0) {
            return "0"; // also for -0.0
        }
        return normalise(BigDecimal.valueOf(value));
    }

    static String normalise(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= 0 ? stripped.toBigInteger().toString() : stripped.toPlainString();
    }
}
