/**
 * Start-up configuration: YAML bound into records by {@link io.avstack.core.config.ConfigLoader},
 * strictly (unknown, missing, duplicate, mistyped keys are errors) and validated by
 * {@link io.avstack.core.config.ConfigValidator} ({@link io.avstack.core.config.Range},
 * {@link io.avstack.core.config.Validated}). Every failure is one
 * {@link io.avstack.core.config.ConfigException} naming file, line, key path and value.
 * Format and conventions: docs/CONFIG.md.
 */
package io.avstack.core.config;
