package io.avstack.sim.scenario;

import io.avstack.core.config.ConfigException;
import io.avstack.core.config.ConfigValidator;
import io.avstack.core.config.Validated;

/**
 * {@link ConfigException}s for problems found outside a YAML binding (a {@code --param} override, an
 * unreadable file): named with the file, key path and value.
 * ConfigException has no public constructor with a file, so the failing check runs through
 * {@link ConfigValidator}, which fills in the file the same way it does for every other check.
 */
final class ScenarioErrors {

    private ScenarioErrors() {
    }

    static ConfigException inFile(String file, String keyPath, Object value, String reason) {
        Validated failing = () -> {
            throw ConfigException.invalid(keyPath, value, reason);
        };
        try {
            ConfigValidator.validate(failing, file);
        } catch (ConfigException e) {
            return e;
        }
        throw new IllegalStateException("a failing check passed: " + keyPath);
    }
}
