package io.avstack.sim.fault;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One parsed fault: {@code kind:target@start-end[,key=value]...}, e.g.
 * {@code latency:lidar_top@0-10,ms=150}. Grammar, targets and parameters: {@code docs/FAULTS.md}.
 *
 * @param text    the spec as given (trimmed), for counters and logs
 * @param kind    what the fault does
 * @param target  which topics it hits, see {@link FaultTarget}
 * @param startNs window start, ns of simulated time (inclusive)
 * @param endNs   window end, ns of simulated time (exclusive)
 * @param params  every parameter of {@code kind}, defaults filled in, sorted by key
 */
public record FaultSpec(String text, FaultKind kind, String target, long startNs, long endNs,
                        Map<String, Double> params) {

    private static final double NS_PER_S = 1e9;
    /** Windows end by this many seconds of simulated time (about 11.6 days, far from long overflow). */
    private static final double MAX_TIME_S = 1e6;

    public FaultSpec {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        if (startNs < 0 || endNs <= startNs) {
            throw new IllegalArgumentException("fault spec '" + text + "': window [" + startNs + ", " + endNs
                    + ") ns must start at >= 0 and end after it starts");
        }
        params = Collections.unmodifiableMap(new TreeMap<>(params));
        requireParamsOf(text, kind, params);
    }

    /** Parses one spec; throws {@link FaultSpecException} naming the spec and the bad part. */
    public static FaultSpec parse(String spec) {
        if (spec == null) {
            throw new FaultSpecException("null", "spec must not be null");
        }
        String text = spec.trim();
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new FaultSpecException(text, "missing ':' after the kind (expected kind:target@start-end[,key=value]...)");
        }
        String kindName = text.substring(0, colon);
        FaultKind kind = FaultKind.fromSpecName(kindName);
        if (kind == null) {
            throw new FaultSpecException(text, "unknown kind '" + kindName + "' (known: " + FaultKind.specNames() + ")");
        }
        String rest = text.substring(colon + 1);
        int at = rest.indexOf('@');
        if (at < 0) {
            throw new FaultSpecException(text, "missing '@start-end' time window after the target");
        }
        String target = rest.substring(0, at);
        FaultTarget.requireValid(text, target);
        String[] parts = rest.substring(at + 1).split(",", -1);
        long[] window = parseWindow(text, parts[0]);
        Map<String, Double> params = parseParams(text, kind, parts);
        return new FaultSpec(text, kind, target, window[0], window[1], params);
    }

    /** True while simulated time {@code nowNs} lies in {@code [startNs, endNs)}. */
    public boolean activeAt(long nowNs) {
        return nowNs >= startNs && nowNs < endNs;
    }

    /** True when this fault's target names {@code topic}. */
    public boolean appliesTo(String topic) {
        return FaultTarget.matches(target, topic);
    }

    /** The value of parameter {@code key} (defaults included). */
    public double param(String key) {
        Double v = params.get(key);
        if (v == null) {
            throw new IllegalArgumentException("fault kind " + kind.specName() + " has no parameter '" + key + "'");
        }
        return v;
    }

    @Override
    public String toString() {
        return text;
    }

    /** Every parameter of {@code kind} present and allowed, no others: also for specs built in code. */
    private static void requireParamsOf(String text, FaultKind kind, Map<String, Double> params) {
        for (ParamDef def : kind.params()) {
            Double v = params.get(def.key());
            if (v == null || !def.allows(v)) {
                throw new IllegalArgumentException("fault spec '" + text + "': parameter " + def.key() + "=" + v
                        + " must be in " + def.rangeText());
            }
        }
        if (params.size() != kind.params().size()) {
            throw new IllegalArgumentException("fault spec '" + text + "': parameters " + params.keySet()
                    + " include some " + kind.specName() + " does not accept");
        }
    }

    private static long[] parseWindow(String text, String window) {
        int dash = window.indexOf('-');
        if (dash < 0) {
            throw new FaultSpecException(text, "time window '" + window + "' must be start-end in seconds, e.g. 2.0-4.5");
        }
        double startS = parseNumber(text, "window start", window.substring(0, dash));
        double endS = parseNumber(text, "window end", window.substring(dash + 1));
        if (startS < 0 || endS > MAX_TIME_S) {
            throw new FaultSpecException(text, "time window '" + window + "' must lie in [0, " + (long) MAX_TIME_S + "] s");
        }
        if (!(endS > startS)) {
            throw new FaultSpecException(text, "time window '" + window + "' must end after it starts");
        }
        return new long[] {Math.round(startS * NS_PER_S), Math.round(endS * NS_PER_S)};
    }

    private static Map<String, Double> parseParams(String text, FaultKind kind, String[] parts) {
        Map<String, Double> params = new TreeMap<>();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new FaultSpecException(text, "parameter '" + part + "' must be key=value");
            }
            String key = part.substring(0, eq);
            ParamDef def = kind.param(key);
            if (def == null) {
                throw new FaultSpecException(text, "unknown parameter '" + key + "' for " + kind.specName()
                        + " (accepts: " + keys(kind) + ")");
            }
            double value = parseNumber(text, "parameter " + key, part.substring(eq + 1));
            if (!def.allows(value)) {
                throw new FaultSpecException(text, "parameter " + key + "=" + part.substring(eq + 1)
                        + " out of range " + def.rangeText());
            }
            if (params.put(key, value) != null) {
                throw new FaultSpecException(text, "parameter '" + key + "' given twice");
            }
        }
        for (ParamDef def : kind.params()) {
            if (!params.containsKey(def.key())) {
                if (def.isRequired()) {
                    throw new FaultSpecException(text, kind.specName() + " needs parameter " + def.key()
                            + " in " + def.rangeText());
                }
                params.put(def.key(), def.defaultValue());
            }
        }
        return params;
    }

    private static double parseNumber(String text, String what, String value) {
        try {
            double v = Double.parseDouble(value.trim());
            if (Double.isFinite(v) && !value.isBlank() && isPlainNumber(value.trim())) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below with the spec's text
        }
        throw new FaultSpecException(text, what + " '" + value + "' is not a number");
    }

    /** Rejects Java-only forms Double.parseDouble accepts (hex, 'd'/'f' suffixes, NaN/Infinity). */
    private static boolean isPlainNumber(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static String keys(FaultKind kind) {
        if (kind.params().isEmpty()) {
            return "no parameters";
        }
        StringBuilder sb = new StringBuilder();
        for (ParamDef p : kind.params()) {
            sb.append(sb.isEmpty() ? "" : ", ").append(p.key());
        }
        return sb.toString();
    }
}
