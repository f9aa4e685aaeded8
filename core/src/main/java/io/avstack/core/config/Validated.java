package io.avstack.core.config;

/**
 * A config value with checks that span several fields (e.g. unique ids in a list, a principal
 * point inside the image). {@link ConfigValidator} calls {@link #validate()} after the value's
 * components, and everything nested in them, passed their own checks.
 */
public interface Validated {

    /**
     * Checks cross-field invariants.
     *
     * @throws ConfigException built with {@link ConfigException#invalid(String, Object, String)},
     *     whose key is relative to this value (e.g. {@code "sensors[1].id"}); the validator adds the
     *     file and the path of this value.
     */
    void validate();
}
