package io.avstack.core.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component whose key may be absent (or {@code null}) in the YAML file; the
 * component is then {@code null}. Every other component of a config record is required: a missing
 * key fails loading with {@link ConfigException.Kind#MISSING_KEY}.
 *
 * <p>Only reference-typed components may be optional (a primitive cannot say "absent"). There is
 * deliberately no default-value annotation: defaults live in the shipped config file, where they
 * are documented with their unit, not buried in code.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface OptionalKey {
}
