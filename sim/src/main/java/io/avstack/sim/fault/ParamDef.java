package io.avstack.sim.fault;

/**
 * One parameter a {@link FaultKind} accepts: its key in the spec, unit, allowed closed range and
 * default ({@code NaN} = required).
 *
 * @param key          name in the spec, e.g. {@code "ms"}
 * @param unit         unit or meaning shown in errors and docs, e.g. {@code "milliseconds"}
 * @param min          smallest allowed value (inclusive)
 * @param max          largest allowed value (inclusive)
 * @param minExclusive true when {@code min} itself is not allowed (e.g. a delay must be {@code > 0})
 * @param defaultValue value when the spec omits the key; {@code NaN} when the key is required
 * @param wholeNumber  true when only whole numbers are allowed (a switch such as {@code reported})
 */
public record ParamDef(String key, String unit, double min, double max, boolean minExclusive,
                       double defaultValue, boolean wholeNumber) {

    static ParamDef required(String key, String unit, double min, double max, boolean minExclusive) {
        return new ParamDef(key, unit, min, max, minExclusive, Double.NaN, false);
    }

    static ParamDef optional(String key, String unit, double min, double max, double defaultValue) {
        return new ParamDef(key, unit, min, max, false, defaultValue, false);
    }

    /** An optional 0/1 switch. */
    static ParamDef flag(String key, String meaning) {
        return new ParamDef(key, meaning, 0, 1, false, 0, true);
    }

    public boolean isRequired() {
        return Double.isNaN(defaultValue);
    }

    /** True when {@code value} lies in the allowed range. */
    public boolean allows(double value) {
        return Double.isFinite(value) && (minExclusive ? value > min : value >= min) && value <= max
                && (!wholeNumber || value == Math.rint(value));
    }

    /** The allowed range as text, e.g. {@code "(0, 10000] milliseconds"}. */
    public String rangeText() {
        if (wholeNumber) {
            return fmt(min) + " or " + (max - min == 1 ? "" : "... ") + fmt(max) + ", " + unit;
        }
        return (minExclusive ? "(" : "[") + fmt(min) + ", " + fmt(max) + "] " + unit;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
