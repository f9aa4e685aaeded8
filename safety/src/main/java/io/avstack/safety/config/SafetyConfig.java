package io.avstack.safety.config;

import io.avstack.core.config.ConfigLoader;
import io.avstack.core.rss.RssParams;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Every parameter of the safety layer ({@code rss}: the ego's and other cars' RSS parameters;
 * {@code rssVulnerable}: those of pedestrians and cyclists), one YAML file ({@code safety.yaml}; the shipped defaults are
 * the classpath resource {@value #DEFAULT_RESOURCE}, documented in docs/safety.md).
 */
public record SafetyConfig(RssParams rss, RssParams rssVulnerable, VehicleLimits vehicle, CheckConfig checks, AebConfig aeb,
                           WatchdogConfig watchdog, ResponseConfig response) {

    public static final String DEFAULT_RESOURCE = "io/avstack/safety/safety.yaml";

    public SafetyConfig {
        Objects.requireNonNull(rss, "SafetyConfig.rss");
        Objects.requireNonNull(rssVulnerable, "SafetyConfig.rssVulnerable");
        Objects.requireNonNull(vehicle, "SafetyConfig.vehicle");
        Objects.requireNonNull(checks, "SafetyConfig.checks");
        Objects.requireNonNull(aeb, "SafetyConfig.aeb");
        Objects.requireNonNull(watchdog, "SafetyConfig.watchdog");
        Objects.requireNonNull(response, "SafetyConfig.response");
    }

    /** The shipped defaults. */
    public static SafetyConfig defaults() {
        return ConfigLoader.loadResource(DEFAULT_RESOURCE, SafetyConfig.class);
    }

    /** Loads and validates {@code file}; a bad file fails with one message naming file, line, key and value. */
    public static SafetyConfig load(Path file) {
        return ConfigLoader.load(file, SafetyConfig.class);
    }
}
