package io.avstack.sim.scenario;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.avstack.core.config.ConfigException;
import io.avstack.core.config.Validated;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * First pass over a scenario file (placeholders replaced by {@link Placeholders#token tokens}):
 * reads {@code parameters} and {@code sweep} and checks every placeholder, so that an unknown
 * parameter or a bad sweep fails with the file, line and key of the offending text. The rest of the
 * document is only looked at for placeholders; it is bound, strictly, per run into a
 * {@link ScenarioSpec}.
 *
 * <p>Bound by {@code ConfigLoader}; {@link #validate()} stores the checked defaults and sweep axes.
 */
final class ScenarioHeader implements Validated {

    /** At most this many values per swept parameter, and runs per file. */
    static final int MAX_VALUES = 1000;
    static final int MAX_RUNS = 10_000;

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private Map<String, Object> parameters = new LinkedHashMap<>();
    private Map<String, Object> sweep = new LinkedHashMap<>();
    private final Map<String, Object> rest = new LinkedHashMap<>();

    private final Map<String, String> defaults = new LinkedHashMap<>();
    private final List<SweepAxis> axes = new ArrayList<>();

    @JsonProperty("parameters")
    void setParameters(Map<String, Object> value) {
        parameters = value == null ? new LinkedHashMap<>() : value;
    }

    @JsonProperty("sweep")
    void setSweep(Map<String, Object> value) {
        sweep = value == null ? new LinkedHashMap<>() : value;
    }

    @JsonAnySetter
    void setOther(String key, Object value) {
        rest.put(key, value);
    }

    /** Parameter defaults as text, in declaration order. */
    Map<String, String> defaults() {
        return defaults;
    }

    /**
     * The {@code roadFile} of a run with these parameter values; null if the file has none (or
     * something other than text there, which binding the spec reports).
     */
    String roadFile(Map<String, String> values) {
        return rest.get("roadFile") instanceof String template
                ? Placeholders.resolveTokens(template, text -> Expression.parse(text).evaluate(values))
                : null;
    }

    /** Swept parameters in declaration order (the first varies slowest). */
    List<SweepAxis> axes() {
        return axes;
    }

    @Override
    public void validate() {
        for (Map.Entry<String, Object> e : parameters.entrySet()) {
            defaults.put(e.getKey(), checkParameter(e.getKey(), e.getValue()));
        }
        long runs = 1;
        for (Map.Entry<String, Object> e : sweep.entrySet()) {
            SweepAxis axis = checkSweep(e.getKey(), e.getValue());
            axes.add(axis);
            runs *= axis.values().size();
            if (runs > MAX_RUNS) {
                throw ConfigException.invalid("sweep", sweep.keySet(), "expands to more than " + MAX_RUNS + " runs");
            }
        }
        if (rest.containsKey("road") && rest.containsKey("roadFile")) {
            throw ConfigException.invalid("road", "roadFile and road",
                    "give exactly one of 'roadFile' (a path) or 'road' (inline, docs/ROADS.md)");
        }
        for (Map.Entry<String, Object> e : rest.entrySet()) {
            checkPlaceholders(e.getKey(), e.getValue());
        }
    }

    private String checkParameter(String name, Object value) {
        String key = "parameters." + name;
        if (!NAME.matcher(name).matches()) {
            throw ConfigException.invalid(key, name, "a parameter name is a letter or '_', then letters, digits, '_'");
        }
        String text = ParameterValues.of(value);
        if (value instanceof String s && Placeholders.hasPlaceholder(s)) {
            throw ConfigException.invalid(key, s, "a parameter's default cannot use ${...}");
        }
        if (text == null) {
            throw ConfigException.invalid(key, value, "a parameter value is " + ParameterValues.TEXT_RULE);
        }
        return text;
    }

    private SweepAxis checkSweep(String name, Object spec) {
        String key = "sweep." + name;
        String fallback = defaults.get(name);
        if (fallback == null) {
            throw ConfigException.invalid(key, name, "sweeps an undeclared parameter; declare it under 'parameters'"
                    + " (declared: " + defaults.keySet() + ")");
        }
        List<String> values;
        if (spec instanceof List<?> list) {
            values = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                values.add(checkValue(key + "[" + i + "]", list.get(i), ParameterValues.isNumber(fallback)));
            }
        } else if (spec instanceof Map<?, ?> range) {
            values = expandRange(key, range);
            if (!ParameterValues.isNumber(fallback)) {
                throw ConfigException.invalid(key, spec, "a range sweeps a number, but the default is " + fallback);
            }
        } else {
            throw ConfigException.invalid(key, spec, "a sweep is a list of values or {from, to, step}");
        }
        if (values.isEmpty()) {
            throw ConfigException.invalid(key, spec, "list at least one value");
        }
        return new SweepAxis(name, values);
    }

    private static String checkValue(String key, Object value, boolean numeric) {
        if (value instanceof String s && Placeholders.hasPlaceholder(s)) {
            throw ConfigException.invalid(key, s, "a swept value cannot use ${...}");
        }
        String text = ParameterValues.of(value);
        if (text == null) {
            throw ConfigException.invalid(key, value, "a parameter value is " + ParameterValues.TEXT_RULE);
        }
        if (ParameterValues.isNumber(text) != numeric) {
            throw ConfigException.invalid(key, value, numeric ? "the default is a number, so must this be"
                    : "the default is not a number, so this must not be one either");
        }
        return text;
    }

    private static List<String> expandRange(String key, Map<?, ?> range) {
        if (!range.keySet().equals(Set.of("from", "to", "step"))) {
            throw ConfigException.invalid(key, range.keySet(), "a range has exactly the keys from, to, step");
        }
        BigDecimal from = decimal(key + ".from", range.get("from"));
        BigDecimal to = decimal(key + ".to", range.get("to"));
        BigDecimal step = decimal(key + ".step", range.get("step"));
        if (step.signum() <= 0) {
            throw ConfigException.invalid(key + ".step", range.get("step"), "must be greater than 0");
        }
        if (to.compareTo(from) < 0) {
            throw ConfigException.invalid(key + ".to", range.get("to"), "must not be less than from (" + from + ")");
        }
        // exact decimal arithmetic: 0.1 steps give 0.3, not 0.30000000000000004
        long count = to.subtract(from).divide(step, 0, RoundingMode.FLOOR).longValueExact() + 1;
        if (count > MAX_VALUES) {
            throw ConfigException.invalid(key + ".step", range.get("step"),
                    "gives " + count + " values, more than " + MAX_VALUES);
        }
        List<String> values = new ArrayList<>((int) count);
        for (long i = 0; i < count; i++) {
            values.add(ParameterValues.normalise(from.add(step.multiply(BigDecimal.valueOf(i)))));
        }
        return values;
    }

    private static BigDecimal decimal(String key, Object value) {
        String text = ParameterValues.of(value);
        if (text == null || !ParameterValues.isNumber(text)) {
            throw ConfigException.invalid(key, value, "must be a number");
        }
        return new BigDecimal(text);
    }

    private void checkPlaceholders(String key, Object value) {
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String child = key + "." + e.getKey();
                if (Placeholders.hasPlaceholder(String.valueOf(e.getKey()))) {
                    throw ConfigException.invalid(child, e.getKey(), "${...} is allowed in values, not in keys");
                }
                checkPlaceholders(child, e.getValue());
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                checkPlaceholders(key + "[" + i + "]", list.get(i));
            }
        } else if (value instanceof String s && Placeholders.hasPlaceholder(s)) {
            checkExpressions(key, s);
        }
    }

    private void checkExpressions(String key, String value) {
        List<String> expressions = Placeholders.expressionsIn(value);
        if (expressions.isEmpty() || value.contains("${")) {
            throw ConfigException.invalid(key, value, "unclosed ${ (a placeholder is ${name} or ${expression} on one line)");
        }
        for (String text : expressions) {
            String shown = "${" + text + "}";
            try {
                Expression expression = Expression.parse(text);
                for (String name : expression.names()) {
                    if (!defaults.containsKey(name)) {
                        throw ConfigException.invalid(key, shown, "unknown parameter '" + name
                                + "' (declared: " + defaults.keySet() + ")");
                    }
                }
                expression.evaluate(defaults);
            } catch (IllegalArgumentException e) {
                throw ConfigException.invalid(key, shown, e.getMessage());
            }
        }
    }
}
