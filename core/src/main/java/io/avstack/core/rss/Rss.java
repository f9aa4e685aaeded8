package io.avstack.core.rss;

/**
 * The safe distances of Responsibility-Sensitive Safety (Shalev-Shwartz, Shammah, Shashua 2017),
 * the one implementation shared by planning (its gap never falls below them), safety (its checks
 * and the {@code avstack rss} calculator) and the simulator's metrics. Pure functions of SI values,
 * allocation-free; each checks its arguments and throws {@link IllegalArgumentException} naming the
 * argument and its value. Speeds along a lane are magnitudes ({@code >= 0}): callers clamp a
 * slightly negative tracked speed themselves, so a genuinely reversing input is not silently hidden.
 *
 * <p>Every overload taking {@link RssParams} uses the one response time of the paper for all cars;
 * the primitive overloads take each car's own, as ad-rss-lib does.
 */
public final class Rss {

    private Rss() {
    }

    /**
     * Definition 1 (same direction): the distance the rear car needs behind the front one so that,
     * if the front car brakes at up to {@code brakeMaxMps2} while the rear one accelerates at up to
     * {@code accelMaxMps2} for {@code responseTimeS} and then brakes at least {@code brakeMinMps2},
     * they do not collide:
     * <pre>
     * d_min = [ v_r rho + a_accel rho²/2 + (v_r + rho a_accel)² / (2 b_min) - v_f² / (2 b_max) ]_+
     * </pre>
     *
     * @param rearSpeedMps  v_r, the rear car's speed along the lane, m/s, {@code >= 0}
     * @param frontSpeedMps v_f, the front car's speed along the lane, m/s, {@code >= 0}
     * @return d_min, m, {@code >= 0}
     */
    public static double longitudinalSafeDistanceM(double rearSpeedMps, double frontSpeedMps, double responseTimeS,
                                                   double accelMaxMps2, double brakeMinMps2, double brakeMaxMps2) {
        requireSpeed("rearSpeedMps", rearSpeedMps);
        requireSpeed("frontSpeedMps", frontSpeedMps);
        requireNonNegative("responseTimeS", responseTimeS);
        requireNonNegative("accelMaxMps2", accelMaxMps2);
        requirePositive("brakeMinMps2", brakeMinMps2);
        requirePositive("brakeMaxMps2", brakeMaxMps2);
        double rho = responseTimeS;
        double vAfter = rearSpeedMps + rho * accelMaxMps2;
        // The order of operations is the simulator's original one: its metrics stay bit-identical.
        double d = rearSpeedMps * rho + 0.5 * accelMaxMps2 * rho * rho + vAfter * vAfter / (2 * brakeMinMps2)
                - frontSpeedMps * frontSpeedMps / (2 * brakeMaxMps2);
        return Math.max(0.0, d);
    }

    /** {@link #longitudinalSafeDistanceM(double, double, double, double, double, double)} with {@code p}. */
    public static double longitudinalSafeDistanceM(double rearSpeedMps, double frontSpeedMps, RssParams p) {
        return longitudinalSafeDistanceM(rearSpeedMps, frontSpeedMps, p.responseTimeS(), p.accelMaxMps2(),
                p.brakeMinMps2(), p.brakeMaxMps2());
    }

    /**
     * The highest rear-car speed at which {@code gapM} is still at least the same-direction safe
     * distance: the inverse of {@link #longitudinalSafeDistanceM(double, double, RssParams)} in
     * {@code rearSpeedMps}, which is strictly increasing. 0 when even standing still is not safe
     * (the gap is below what the response time alone needs).
     *
     * @param gapM          bumper-to-bumper distance, m (negative: overlapping)
     * @param frontSpeedMps v_f, m/s, {@code >= 0}
     * @return m/s, {@code >= 0}
     */
    public static double maxSafeRearSpeedMps(double gapM, double frontSpeedMps, RssParams p) {
        requireFinite("gapM", gapM);
        requireSpeed("frontSpeedMps", frontSpeedMps);
        double rho = requireNonNegative("responseTimeS", p.responseTimeS());
        double a = requireNonNegative("accelMaxMps2", p.accelMaxMps2());
        double bMin = requirePositive("brakeMinMps2", p.brakeMinMps2());
        double bMax = requirePositive("brakeMaxMps2", p.brakeMaxMps2());
        // With u = v_r + rho a the distance reads u²/(2 b_min) + u rho - a rho²/2 - v_f²/(2 b_max);
        // solve d_min = gap for the positive root u.
        double c = gapM + 0.5 * a * rho * rho + frontSpeedMps * frontSpeedMps / (2 * bMax);
        double discriminant = rho * rho + 2 * c / bMin;
        if (discriminant <= 0) {
            return 0.0;
        }
        double u = bMin * (Math.sqrt(discriminant) - rho);
        return Math.max(0.0, u - rho * a);
    }

    /**
     * Definition 2 (opposite directions): the distance two cars driving towards each other need
     * when {@code c1} is in its correct lane and brakes at least {@code brakeMinCorrectMps2} after its
     * response time, and {@code c2} (in the wrong lane) brakes at least {@code brakeMinMps2} after its
     * own; each may accelerate at up to {@code accelMaxMps2} while responding:
     * <pre>
     * v1,rho = v1 + rho1 a_accel,   v2,rho = v2 + rho2 a_accel
     * d_min = (v1 + v1,rho)/2 rho1 + v1,rho² / (2 b_min,correct) + (v2 + v2,rho)/2 rho2 + v2,rho² / (2 b_min)
     * </pre>
     *
     * @param correctSpeedMps  v1: speed of the car in its correct lane, a magnitude, m/s
     * @param oppositeSpeedMps v2: speed of the car in the wrong lane, a magnitude, m/s
     * @return d_min, m
     */
    public static double oppositeSafeDistanceM(double correctSpeedMps, double oppositeSpeedMps,
                                               double correctResponseTimeS, double oppositeResponseTimeS,
                                               double accelMaxMps2, double brakeMinCorrectMps2, double brakeMinMps2) {
        requireSpeed("correctSpeedMps", correctSpeedMps);
        requireSpeed("oppositeSpeedMps", oppositeSpeedMps);
        requireNonNegative("correctResponseTimeS", correctResponseTimeS);
        requireNonNegative("oppositeResponseTimeS", oppositeResponseTimeS);
        requireNonNegative("accelMaxMps2", accelMaxMps2);
        requirePositive("brakeMinCorrectMps2", brakeMinCorrectMps2);
        requirePositive("brakeMinMps2", brakeMinMps2);
        double v1Rho = correctSpeedMps + correctResponseTimeS * accelMaxMps2;
        double v2Rho = oppositeSpeedMps + oppositeResponseTimeS * accelMaxMps2;
        return (correctSpeedMps + v1Rho) / 2 * correctResponseTimeS + v1Rho * v1Rho / (2 * brakeMinCorrectMps2)
                + (oppositeSpeedMps + v2Rho) / 2 * oppositeResponseTimeS + v2Rho * v2Rho / (2 * brakeMinMps2);
    }

    /** Definition 2 with both cars' response time {@code p.responseTimeS()}. */
    public static double oppositeSafeDistanceM(double correctSpeedMps, double oppositeSpeedMps, RssParams p) {
        return oppositeSafeDistanceM(correctSpeedMps, oppositeSpeedMps, p.responseTimeS(), p.responseTimeS(),
                p.accelMaxMps2(), p.brakeMinCorrectMps2(), p.brakeMinMps2());
    }

    /**
     * Definition 4 (lateral): the distance between a car {@code c1} on the left and {@code c2} on the
     * right so that, if each accelerates laterally towards the other at up to
     * {@code lateralAccelMaxMps2} for the response time and then brakes its lateral velocity to zero
     * at least at {@code lateralBrakeMinMps2}, they stay {@code mu} apart:
     * <pre>
     * v1,rho = v1 + rho a_lat,   v2,rho = v2 - rho a_lat
     * d_min = mu + [ (2 v1 + rho a_lat)/2 rho + v1,rho² / (2 b_lat) - ((2 v2 - rho a_lat)/2 rho - v2,rho² / (2 b_lat)) ]_+
     * </pre>
     * Lateral velocities share one axis pointing from the left car to the right car (positive =
     * rightwards). The braking terms are the paper's when each car still moves towards the other
     * after its response time ({@code v1,rho >= 0}, {@code v2,rho <= 0}), the case the definition is
     * derived for. A car whose lateral velocity after the response time points away from the other
     * brakes away from it; like ad-rss-lib we count that braking as 0 rather than adding the
     * squared term in the wrong direction, which keeps the distance monotone in both velocities and
     * still never below the true worst case.
     *
     * @param leftLateralSpeedMps  v1, lateral velocity of the left car, m/s, positive = rightwards
     * @param rightLateralSpeedMps v2, lateral velocity of the right car, m/s, positive = rightwards
     * @return d_min, m, {@code >= mu}
     */
    public static double lateralSafeDistanceM(double leftLateralSpeedMps, double rightLateralSpeedMps,
                                              double responseTimeS, double lateralAccelMaxMps2,
                                              double lateralBrakeMinMps2, double fluctuationMarginM) {
        requireFinite("leftLateralSpeedMps", leftLateralSpeedMps);
        requireFinite("rightLateralSpeedMps", rightLateralSpeedMps);
        double rho = requireNonNegative("responseTimeS", responseTimeS);
        double a = requireNonNegative("lateralAccelMaxMps2", lateralAccelMaxMps2);
        double b = requirePositive("lateralBrakeMinMps2", lateralBrakeMinMps2);
        double mu = requireNonNegative("fluctuationMarginM", fluctuationMarginM);
        double v1Rho = leftLateralSpeedMps + rho * a;
        double left = (2 * leftLateralSpeedMps + rho * a) / 2 * rho + (v1Rho > 0 ? v1Rho * v1Rho / (2 * b) : 0.0);
        double v2Rho = rightLateralSpeedMps - rho * a;
        double right = (2 * rightLateralSpeedMps - rho * a) / 2 * rho - (v2Rho < 0 ? v2Rho * v2Rho / (2 * b) : 0.0);
        return mu + Math.max(0.0, left - right);
    }

    /** Definition 4 with {@code p}'s response time and lateral parameters. */
    public static double lateralSafeDistanceM(double leftLateralSpeedMps, double rightLateralSpeedMps, RssParams p) {
        return lateralSafeDistanceM(leftLateralSpeedMps, rightLateralSpeedMps, p.responseTimeS(),
                p.lateralAccelMaxMps2(), p.lateralBrakeMinMps2(), p.lateralFluctuationMarginM());
    }

    /**
     * The paper's dangerous situation: both the longitudinal and the lateral distance are non-safe;
     * while either is safe no response is owed. {@link RssPairState} adds the blame time and the
     * proper response.
     */
    public static boolean dangerous(boolean longitudinallySafe, boolean laterallySafe) {
        return !longitudinallySafe && !laterallySafe;
    }

    private static double requireSpeed(String name, double value) {
        if (!(value >= 0.0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + " must be finite and >= 0 (a speed magnitude), was " + value);
        }
        return value;
    }

    private static double requireFinite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, was " + value);
        }
        return value;
    }

    private static double requireNonNegative(String name, double value) {
        if (!(value >= 0.0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, was " + value);
        }
        return value;
    }

    private static double requirePositive(String name, double value) {
        if (!(value > 0.0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + " must be finite and > 0, was " + value);
        }
        return value;
    }
}
