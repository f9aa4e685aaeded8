package io.avstack.core.rss;

import io.avstack.core.config.ConfigException;
import io.avstack.core.config.Range;
import io.avstack.core.config.Validated;

/**
 * The parameters of Responsibility-Sensitive Safety (Shalev-Shwartz, Shammah, Shashua, "On a Formal
 * Model of Safe and Scalable Self-driving Cars", 2017), shared by every car in a situation as in the
 * paper. Loadable as a config section ({@code ConfigLoader}: ranges and {@link #validate()} checked);
 * code that builds one in memory calls {@code ConfigValidator.validate(params, name)} or relies on
 * {@link Rss}, which checks every argument it uses.
 *
 * @param responseTimeS              rho: time before a car's proper response starts, s
 * @param accelMaxMps2               a_max,accel: longitudinal acceleration a car may still apply
 *                                   during rho, m/s²
 * @param brakeMinMps2               a_min,brake: braking a responding car applies at least, positive, m/s²
 * @param brakeMinCorrectMps2        a_min,brake,correct: braking at least of a car driving in its correct
 *                                   lane towards an oncoming one (gentler than {@code brakeMinMps2}), m/s²
 * @param brakeMaxMps2               a_max,brake: hardest braking any car may apply, positive, m/s²
 * @param lateralAccelMaxMps2        a^lat_max,accel: lateral acceleration towards the other car during rho, m/s²
 * @param lateralBrakeMinMps2        a^lat_min,brake: lateral braking at least after rho, positive, m/s²
 * @param lateralFluctuationMarginM  mu: lateral distance that stays unsafe whatever the velocities, m
 */
public record RssParams(
        @Range(min = 0.0, max = 5.0) double responseTimeS,
        @Range(min = 0.0, max = 20.0) double accelMaxMps2,
        @Range(min = 0.1, max = 20.0) double brakeMinMps2,
        @Range(min = 0.1, max = 20.0) double brakeMinCorrectMps2,
        @Range(min = 0.1, max = 20.0) double brakeMaxMps2,
        @Range(min = 0.0, max = 10.0) double lateralAccelMaxMps2,
        @Range(min = 0.01, max = 10.0) double lateralBrakeMinMps2,
        @Range(min = 0.0, max = 5.0) double lateralFluctuationMarginM) implements Validated {

    /**
     * The paper's ordering of the braking bounds: the correct-lane car may brake more gently than
     * a car's guaranteed braking, which is never more than the hardest braking of any car.
     */
    @Override
    public void validate() {
        if (brakeMinCorrectMps2 > brakeMinMps2) {
            throw ConfigException.invalid("brakeMinCorrectMps2", brakeMinCorrectMps2,
                    "must not exceed brakeMinMps2 (" + brakeMinMps2 + ")");
        }
        if (brakeMinMps2 > brakeMaxMps2) {
            throw ConfigException.invalid("brakeMinMps2", brakeMinMps2,
                    "must not exceed brakeMaxMps2 (" + brakeMaxMps2 + ")");
        }
    }
}
