package io.avstack.core.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Inclusive bounds for a numeric record component of a config record, checked after loading by
 * {@link ConfigValidator}. NaN is always out of range, so a bounded component can never be NaN.
 * Bounds are in the component's own unit (the one in its name).
 *
 * <pre>{@code
 * record MqttConfig(String url, @Range(min = 1, max = 600) int keepAliveS) {}
 * }</pre>
 *
 * <p>Only components of a numeric type (primitive or {@link Number}) may carry it; anything else is
 * a programming error reported as {@link IllegalStateException}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Range {

    /** Smallest allowed value, inclusive. */
    double min() default Double.NEGATIVE_INFINITY;

    /** Largest allowed value, inclusive. */
    double max() default Double.POSITIVE_INFINITY;
}
