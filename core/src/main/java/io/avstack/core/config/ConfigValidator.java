package io.avstack.core.config;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Checks a bound config value: every {@link Range} on a record component, then every
 * {@link Validated#validate()}, depth first through nested records, lists, collections and map
 * values, so a cross-field check only ever sees components that are individually valid.
 *
 * <p>{@link ConfigLoader} runs it on everything it loads; code that builds a config in memory (a
 * test, the simulator) calls {@link #validate(Object, String)} to get the same checks.
 */
public final class ConfigValidator {

    private ConfigValidator() {
    }

    /**
     * Validates {@code config} and everything reachable from it.
     *
     * @param sourceName named as the file in error messages
     * @throws ConfigException of kind {@code OUT_OF_RANGE} or {@code INVALID} for the first failure
     * @throws IllegalStateException if a config type misuses the annotations (a programming error)
     */
    public static void validate(Object config, String sourceName) {
        check(config, "", sourceName);
    }

    private static void check(Object value, String path, String source) {
        if (value == null) {
            return;
        }
        if (isNaN(value)) {
            throw new ConfigException(ConfigException.Kind.OUT_OF_RANGE, source, path, "NaN",
                    "NaN is never a valid config value", -1, -1, null);
        }
        if (value instanceof Record record) {
            checkComponents(record, path, source);
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                check(list.get(i), KeyPaths.index(path, i), source);
            }
        } else if (value instanceof Collection<?> collection) {
            int i = 0;
            for (Object element : collection) {
                check(element, KeyPaths.index(path, i++), source);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                check(entry.getValue(), KeyPaths.child(path, String.valueOf(entry.getKey())), source);
            }
        }
        if (value instanceof Validated validated) {
            try {
                validated.validate();
            } catch (ConfigException e) {
                throw e.file() == null ? e.resolve(source, path) : e;
            }
        }
    }

    private static void checkComponents(Record record, String path, String source) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            String componentPath = KeyPaths.child(path, component.getName());
            if (component.isAnnotationPresent(OptionalKey.class) && component.getType().isPrimitive()) {
                throw new IllegalStateException(describe(component)
                        + " is @OptionalKey but primitive: an absent key would silently read as 0");
            }
            Object value = read(component, record);
            Range range = component.getAnnotation(Range.class);
            if (range != null) {
                checkRange(range, component, value, componentPath, source);
            }
            check(value, componentPath, source);
        }
    }

    private static void checkRange(Range range, RecordComponent component, Object value, String path,
            String source) {
        if (value == null) {
            return; // an absent optional key has nothing to bound
        }
        if (!(value instanceof Number number)) {
            throw new IllegalStateException(describe(component) + " has @Range but is not numeric");
        }
        double v = number.doubleValue();
        if (!(v >= range.min() && v <= range.max())) { // written so that NaN fails too
            throw new ConfigException(ConfigException.Kind.OUT_OF_RANGE, source, path,
                    ConfigException.render(value), "must be within " + bounds(range), -1, -1, null);
        }
    }

    private static boolean isNaN(Object value) {
        return value instanceof Double d && d.isNaN() || value instanceof Float f && f.isNaN();
    }

    private static Object read(RecordComponent component, Record record) {
        Method accessor = component.getAccessor();
        try {
            accessor.setAccessible(true); // config records may be package-private
            return accessor.invoke(record);
        } catch (IllegalAccessException | RuntimeException e) {
            throw new IllegalStateException("cannot read " + describe(component), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("accessor of " + describe(component) + " threw", e.getCause());
        }
    }

    private static String bounds(Range range) {
        return "[" + number(range.min()) + ", " + number(range.max()) + "]";
    }

    /** 600.0 reads as 600 in a message; infinities as -inf/inf. */
    static String number(double d) {
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Double.toString(d);
    }

    private static String describe(RecordComponent component) {
        return component.getDeclaringRecord().getName() + "." + component.getName();
    }
}
