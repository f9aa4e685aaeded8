package io.avstack.planning.config;

import io.avstack.core.config.ConfigException;
import io.avstack.core.config.ConfigLoader;
import io.avstack.core.config.Range;
import io.avstack.core.config.Validated;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Every parameter of the planner and its controller, bound from YAML by {@link ConfigLoader}. The
 * shipped defaults are {@code io/avstack/planning/planning.yaml} (documented with units in
 * docs/PLANNING.md); every key is required, so nothing falls back to a value buried in code.
 */
public record PlanningConfig(Horizon horizon, Vehicle vehicle, Comfort comfort, Limits limits, Following following,
        Rss rss, Rules rules, LaneChange laneChange, Prediction prediction, Lattice lattice, Cost cost,
        Controller controller) implements Validated {

    /** Classpath resource of the shipped defaults. */
    public static final String DEFAULTS_RESOURCE = "io/avstack/planning/planning.yaml";

    public PlanningConfig {
        Objects.requireNonNull(horizon, "horizon");
        Objects.requireNonNull(vehicle, "vehicle");
        Objects.requireNonNull(comfort, "comfort");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(following, "following");
        Objects.requireNonNull(rss, "rss");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(laneChange, "laneChange");
        Objects.requireNonNull(prediction, "prediction");
        Objects.requireNonNull(lattice, "lattice");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(controller, "controller");
    }

    /** The shipped defaults. */
    public static PlanningConfig defaults() {
        return ConfigLoader.loadResource(DEFAULTS_RESOURCE, PlanningConfig.class);
    }

    /** Loads and validates a planning config file; {@link ConfigException} names file, key and value. */
    public static PlanningConfig load(Path file) {
        return ConfigLoader.load(file, PlanningConfig.class);
    }

    /** This config with the vehicle section replaced (e.g. by the simulated ego's geometry). */
    public PlanningConfig withVehicle(Vehicle v) {
        return new PlanningConfig(horizon, v, comfort, limits, following, rss, rules, laneChange, prediction, lattice,
                cost, controller);
    }

    /** This config with the lane-change section replaced (e.g. to switch lane changes off). */
    public PlanningConfig withLaneChange(LaneChange lc) {
        return new PlanningConfig(horizon, vehicle, comfort, limits, following, rss, rules, lc, prediction, lattice,
                cost, controller);
    }

    @Override
    public void validate() {
        if (comfort.accelMps2() > limits.accelMps2()) {
            throw ConfigException.invalid("comfort.accelMps2", comfort.accelMps2(),
                    "must not exceed limits.accelMps2 (" + limits.accelMps2() + ")");
        }
        if (comfort.decelMps2() > limits.decelMps2()) {
            throw ConfigException.invalid("comfort.decelMps2", comfort.decelMps2(),
                    "must not exceed limits.decelMps2 (" + limits.decelMps2() + ")");
        }
        if (comfort.jerkMps3() > limits.jerkMps3()) {
            throw ConfigException.invalid("comfort.jerkMps3", comfort.jerkMps3(),
                    "must not exceed limits.jerkMps3 (" + limits.jerkMps3() + ")");
        }
        if (comfort.lateralAccelMps2() > limits.lateralAccelMps2()) {
            throw ConfigException.invalid("comfort.lateralAccelMps2", comfort.lateralAccelMps2(),
                    "must not exceed limits.lateralAccelMps2 (" + limits.lateralAccelMps2() + ")");
        }
        if (limits.decelMps2() > vehicle.maxDecelMps2()) {
            throw ConfigException.invalid("limits.decelMps2", limits.decelMps2(),
                    "must not exceed vehicle.maxDecelMps2 (" + vehicle.maxDecelMps2() + ")");
        }
        if (horizon.stepS() * 4 > horizon.horizonS()) {
            throw ConfigException.invalid("horizon.stepS", horizon.stepS(),
                    "must be at most a quarter of horizon.horizonS (" + horizon.horizonS() + ")");
        }
        checkTimes("lattice.lateralTimesS", lattice.lateralTimesS(), 0.5, 10.0);
        checkTimes("lattice.velocityTimesS", lattice.velocityTimesS(), 0.5, horizon.horizonS());
        for (int i = 0; i < lattice.speedOffsetsMps().size(); i++) {
            double v = lattice.speedOffsetsMps().get(i);
            if (!(Math.abs(v) <= 30)) {
                throw ConfigException.invalid("lattice.speedOffsetsMps[" + i + "]", v, "must be within [-30, 30] m/s");
            }
        }
        for (int i = 0; i < lattice.brakeDecelsMps2().size(); i++) {
            double v = lattice.brakeDecelsMps2().get(i);
            if (!(v > 0 && v <= limits.decelMps2())) {
                throw ConfigException.invalid("lattice.brakeDecelsMps2[" + i + "]", v,
                        "must be within (0, limits.decelMps2 = " + limits.decelMps2() + "] m/s²");
            }
        }
    }

    private static void checkTimes(String key, List<Double> times, double min, double max) {
        if (times.isEmpty() || times.size() > 6) {
            throw ConfigException.invalid(key, times, "must list 1 to 6 durations");
        }
        for (int i = 0; i < times.size(); i++) {
            double t = times.get(i);
            if (!(t >= min && t <= max)) {
                throw ConfigException.invalid(key + "[" + i + "]", t, "must be within [" + min + ", " + max + "] s");
            }
        }
    }

    /**
     * @param horizonS      length of every planned trajectory, s
     * @param stepS         time between trajectory points, s
     * @param previewM      how far ahead the map is read (speed limits, curves, stop lines, crosswalks), m
     * @param maxInputAgeS  a world model or light-state message older than this is stale, s
     */
    public record Horizon(@Range(min = 1, max = 10) double horizonS, @Range(min = 0.02, max = 0.5) double stepS,
            @Range(min = 30, max = 1000) double previewM, @Range(min = 0.05, max = 5) double maxInputAgeS) {
    }

    /**
     * The ego vehicle as the planner and controller assume it (rear-axle reference point).
     *
     * @param wheelbaseM        rear axle to front axle, m
     * @param lengthM           bumper to bumper, m
     * @param widthM            body width, m
     * @param rearOverhangM     rear bumper to rear axle, m
     * @param maxSteerRad       largest front-wheel angle, rad
     * @param maxSteerRateRadps largest steering rate, rad/s
     * @param maxAccelMps2      largest acceleration the powertrain delivers, m/s²
     * @param maxDecelMps2      hardest braking, positive, m/s²
     * @param actuationDelayS   command-to-actuator delay the controller compensates, s
     */
    public record Vehicle(@Range(min = 0.5, max = 20) double wheelbaseM, @Range(min = 0.5, max = 30) double lengthM,
            @Range(min = 0.3, max = 5) double widthM, @Range(min = 0, max = 10) double rearOverhangM,
            @Range(min = 0.01, max = 1.2) double maxSteerRad, @Range(min = 0.01, max = 10) double maxSteerRateRadps,
            @Range(min = 0.1, max = 20) double maxAccelMps2, @Range(min = 0.1, max = 20) double maxDecelMps2,
            @Range(min = 0, max = 2) double actuationDelayS) implements Validated {

        @Override
        public void validate() {
            if (rearOverhangM + wheelbaseM > lengthM) {
                throw ConfigException.invalid("rearOverhangM", rearOverhangM,
                        "rearOverhangM + wheelbaseM must not exceed lengthM (" + lengthM + ")");
            }
        }

        /** Rear axle to front bumper, m. */
        public double frontOffsetM() {
            return lengthM - rearOverhangM;
        }

        /** Tightest curvature the steering allows, 1/m. */
        public double maxCurvaturePerM() {
            return Math.tan(maxSteerRad) / wheelbaseM;
        }
    }

    /**
     * Comfort limits of nominal driving: the reference plan keeps within them; stronger responses are
     * for safety only.
     *
     * @param accelMps2        largest nominal acceleration, m/s²
     * @param decelMps2        largest nominal braking, positive, m/s² ("maximum comfortable braking")
     * @param jerkMps3         largest nominal |jerk|, m/s³
     * @param lateralAccelMps2 largest nominal lateral acceleration (sets curve speeds), m/s²
     */
    public record Comfort(@Range(min = 0.1, max = 10) double accelMps2, @Range(min = 0.1, max = 10) double decelMps2,
            @Range(min = 0.1, max = 50) double jerkMps3, @Range(min = 0.1, max = 10) double lateralAccelMps2) {
    }

    /**
     * Hard limits every candidate trajectory must respect (its accelerations, jerk, lateral
     * acceleration, speed above the limit); emergency braking uses {@code decelMps2}.
     *
     * @param accelMps2          m/s²
     * @param decelMps2          positive, m/s²
     * @param jerkMps3           m/s³
     * @param lateralAccelMps2   m/s²
     * @param speedToleranceMps  speed above the limit a candidate may reach, m/s
     */
    public record Limits(@Range(min = 0.1, max = 15) double accelMps2, @Range(min = 0.1, max = 15) double decelMps2,
            @Range(min = 0.1, max = 200) double jerkMps3, @Range(min = 0.1, max = 15) double lateralAccelMps2,
            @Range(min = 0, max = 5) double speedToleranceMps) {
    }

    /**
     * Car following (IDM+ with the RSS distance as a floor of the desired gap).
     *
     * @param timeGapS       desired time gap, s
     * @param standstillGapM gap kept to a stopped lead, m
     * @param rssMarginM     added to the RSS safe distance in the desired gap, m
     * @param idmExponent    exponent of the free-road term
     */
    public record Following(@Range(min = 0.3, max = 5) double timeGapS, @Range(min = 0.5, max = 20) double standstillGapM,
            @Range(min = 0, max = 30) double rssMarginM, @Range(min = 1, max = 10) double idmExponent) {
    }

    /**
     * RSS longitudinal safe distance parameters (Shalev-Shwartz et al. 2017).
     *
     * @param responseTimeS rho, s
     * @param accelMaxMps2  the rear vehicle's largest acceleration during rho, m/s²
     * @param brakeMinMps2  the rear vehicle's guaranteed braking, m/s²
     * @param brakeMaxMps2  the front vehicle's hardest braking, m/s²
     * @param toleranceM    how much a candidate may deepen an existing shortfall, m
     */
    public record Rss(@Range(min = 0, max = 3) double responseTimeS, @Range(min = 0, max = 10) double accelMaxMps2,
            @Range(min = 0.1, max = 15) double brakeMinMps2, @Range(min = 0.1, max = 15) double brakeMaxMps2,
            @Range(min = 0, max = 10) double toleranceM) {
    }

    /**
     * Traffic rules.
     *
     * @param stopLineMarginM          the front bumper stops this far before a stop line, m
     * @param yellowStopDecelMps2      stop at yellow only if this braking suffices, m/s²
     * @param yieldMarginM             the front bumper stops this far before a yielded-to road user's path, m
     * @param yieldSlackS              a road user entering the ego's path up to this long after the ego has passed still counts, s
     * @param crosswalkKerbZoneM       a pedestrian this close to the road edge at a crosswalk, walking in, is yielded to, m
     * @param restartDelayS            after standing still, the way must be clear this long before moving off, s
     * @param standstillSpeedMps       below this speed the ego counts as stopped, m/s
     * @param speedAnticipationDecelMps2 braking planned ahead of a lower speed limit or a curve, m/s²
     * @param speedAnticipationTimeS   the reference speed is read this far ahead of the ego, s
     * @param routeEndMarginM          the ego stops this far before the end of its route, m
     */
    public record Rules(@Range(min = 0, max = 10) double stopLineMarginM,
            @Range(min = 0.5, max = 10) double yellowStopDecelMps2, @Range(min = 0.5, max = 20) double yieldMarginM,
            @Range(min = 0, max = 10) double yieldSlackS, @Range(min = 0, max = 10) double crosswalkKerbZoneM,
            @Range(min = 0, max = 10) double restartDelayS, @Range(min = 0.01, max = 2) double standstillSpeedMps,
            @Range(min = 0.1, max = 5) double speedAnticipationDecelMps2,
            @Range(min = 0, max = 5) double speedAnticipationTimeS, @Range(min = 0, max = 100) double routeEndMarginM) {
    }

    /**
     * Lane changes (MOBIL, Kesting et al. 2007) and their safety check.
     *
     * @param enabled              whether the planner changes lanes at all
     * @param politeness           weight of the other drivers' acceleration changes, 0..1
     * @param thresholdMps2        acceleration gain needed to change, m/s²
     * @param routeLaneBiasMps2    bonus for moving towards the route's lane (penalty away from it), m/s²
     * @param safeDecelMps2        hardest braking a change may impose on the new follower, m/s²
     * @param previewS             the lanes' accelerations are averaged over this long of the reference plan, s
     * @param cooldownS            no new change this long after one ended, s
     * @param noChangeBeforeStopM  no change this close before a stop line or crosswalk, m
     * @param completeToleranceM   a change is complete within this lateral distance of the lane centre, m
     */
    public record LaneChange(boolean enabled, @Range(min = 0, max = 1) double politeness,
            @Range(min = 0, max = 10) double thresholdMps2, @Range(min = 0, max = 5) double routeLaneBiasMps2,
            @Range(min = 0.5, max = 10) double safeDecelMps2, @Range(min = 0.5, max = 10) double previewS,
            @Range(min = 0, max = 60) double cooldownS, @Range(min = 0, max = 300) double noChangeBeforeStopM,
            @Range(min = 0.05, max = 2) double completeToleranceM) {
    }

    /**
     * Prediction of other road users and the margins around them.
     *
     * @param lonSigmaGrowthMps   longitudinal uncertainty added per second of prediction, m/s
     * @param latSigmaGrowthMps   lateral uncertainty added per second of prediction, m/s
     * @param collisionMarginLonM clearance kept ahead of and behind another road user, m
     * @param collisionMarginLatM clearance kept beside another road user, m
     * @param corridorMarginM     the ego's path is its width plus this on each side, m
     * @param cutInHorizonS       a vehicle predicted to enter the ego's lane within this long is a lead, s
     * @param behindRangeM        road users further behind than this are ignored, m
     * @param stationarySpeedMps  below this speed a road user counts as standing, m/s
     * @param minExistenceProb    tracks less likely than this to exist are not predicted (ignored)
     */
    public record Prediction(@Range(min = 0, max = 10) double lonSigmaGrowthMps,
            @Range(min = 0, max = 10) double latSigmaGrowthMps, @Range(min = 0, max = 10) double collisionMarginLonM,
            @Range(min = 0, max = 5) double collisionMarginLatM, @Range(min = 0, max = 3) double corridorMarginM,
            @Range(min = 0, max = 10) double cutInHorizonS, @Range(min = 0, max = 300) double behindRangeM,
            @Range(min = 0, max = 5) double stationarySpeedMps, @Range(min = 0, max = 1) double minExistenceProb) {
    }

    /**
     * The candidate set.
     *
     * @param lateralTimesS         lateral manoeuvre lengths, as seconds at the current speed
     * @param minLateralDistanceM   shortest lateral manoeuvre, m (so the ego never moves sideways while slow)
     * @param velocityTimesS        durations of the quartic speed-keeping profiles, s
     * @param speedOffsetsMps       end speeds of those profiles relative to the reference plan's, m/s
     * @param brakeDecelsMps2       constant-deceleration braking profiles, m/s²
     */
    public record Lattice(List<Double> lateralTimesS, @Range(min = 2, max = 100) double minLateralDistanceM,
            List<Double> velocityTimesS, List<Double> speedOffsetsMps, List<Double> brakeDecelsMps2) {
        public Lattice {
            lateralTimesS = List.copyOf(Objects.requireNonNull(lateralTimesS, "lateralTimesS"));
            velocityTimesS = List.copyOf(Objects.requireNonNull(velocityTimesS, "velocityTimesS"));
            speedOffsetsMps = List.copyOf(Objects.requireNonNull(speedOffsetsMps, "speedOffsetsMps"));
            brakeDecelsMps2 = List.copyOf(Objects.requireNonNull(brakeDecelsMps2, "brakeDecelsMps2"));
        }
    }

    /**
     * Weights of the cost terms (each term is integrated over the horizon, per second).
     *
     * @param speed        squared deviation from the reference speed, per (m/s)²
     * @param accel        squared acceleration, per (m/s²)²
     * @param jerk         squared jerk, per (m/s³)²
     * @param laneOffset   squared lateral offset from the target lane's centre, per m²
     * @param lateralAccel squared lateral acceleration, per (m/s²)²
     * @param lateralJerk  squared lateral jerk, per (m/s³)²
     * @param comfortExcess squared excess of acceleration, braking or jerk over the comfort limits
     * @param laneOvershoot squared offset beyond the target lane's centre (a path overshooting it), per m²
     */
    public record Cost(@Range(min = 0, max = 1e4) double speed, @Range(min = 0, max = 1e4) double accel,
            @Range(min = 0, max = 1e4) double jerk, @Range(min = 0, max = 1e4) double laneOffset,
            @Range(min = 0, max = 1e4) double lateralAccel, @Range(min = 0, max = 1e4) double lateralJerk,
            @Range(min = 0, max = 1e6) double comfortExcess, @Range(min = 0, max = 1e6) double laneOvershoot) {
    }

    /**
     * The trajectory-following controller: pure pursuit laterally, feed-forward plus PI on speed and
     * P on station longitudinally.
     *
     * @param lookaheadBaseM          pure-pursuit look-ahead at standstill, m
     * @param lookaheadTimeS          look-ahead added per m/s of speed, s
     * @param speedKp                 m/s² per m/s of speed error
     * @param speedKi                 m/s² per m of integrated speed error
     * @param integralLimitMps2       the integral term's largest contribution, m/s²
     * @param stationKp               m/s of speed correction per m of station error
     * @param stationErrorLimitM      station error used at most, m
     * @param maxJerkMps3             the command's largest rate of change, m/s³
     * @param standstillHoldDecelMps2 braking that holds the car when the plan stands still, m/s²
     */
    public record Controller(@Range(min = 0.5, max = 50) double lookaheadBaseM,
            @Range(min = 0, max = 5) double lookaheadTimeS, @Range(min = 0, max = 20) double speedKp,
            @Range(min = 0, max = 20) double speedKi, @Range(min = 0, max = 10) double integralLimitMps2,
            @Range(min = 0, max = 10) double stationKp, @Range(min = 0, max = 50) double stationErrorLimitM,
            @Range(min = 0.1, max = 10000) double maxJerkMps3, @Range(min = 0, max = 10) double standstillHoldDecelMps2) {
    }
}
