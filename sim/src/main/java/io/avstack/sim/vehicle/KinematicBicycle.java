package io.avstack.sim.vehicle;

import io.avstack.core.config.ConfigValidator;
import io.avstack.core.msg.ControlCommand;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.Pose;

/**
 * Kinematic bicycle model of the ego vehicle, reference point at the rear-axle centre, stepped
 * with a fixed {@code dtS}. Each step takes a commanded acceleration (negative = braking) and
 * front-wheel angle with {@link ControlCommand} semantics, and applies in order: rejection of
 * non-finite commands (replaced by maximum braking with the steering held, and counted), the
 * actuation delay (whole steps, {@code round(actuationDelayS / dtS)}), the acceleration limits,
 * the optional jerk limit, the steering-angle and steering-rate limits.
 *
 * <p>Within a step acceleration and steering are held (zero-order hold); the vehicle then moves
 * exactly along a circular arc (or a line) of curvature {@code tan(steer) / wheelbase}, and its
 * speed follows {@link ConstantAccel}, so stopping distance and turning radius carry no
 * integration error. Speed stays in {@code [0, maxSpeedMps]}: this model does not reverse.
 *
 * <p>Deterministic and allocation-free per step; single-threaded (owned by the simulation loop).
 */
public final class KinematicBicycle {

    /** Below this |curvature * distance| the arc is integrated as its second-order expansion. */
    private static final double SMALL_HEADING_CHANGE_RAD = 1e-9;

    private final VehicleParams params;
    private final double dtS;
    private final CommandDelayLine delayLine;

    private double xM;
    private double yM;
    private double yawRad;
    private double speedMps;
    /** Acceleration the actuators deliver (after limits), m/s². */
    private double actuatorAccelMps2;
    /** Acceleration actually realised over the last step (0 when held at standstill), m/s². */
    private double accelMps2;
    private double steerRad;
    private long rejectedCommands;

    /**
     * @param params validated here with {@link ConfigValidator}
     * @param dtS    fixed step, s, in {@code (0, 1]}
     * @throws io.avstack.core.config.ConfigException if {@code params} are out of range
     */
    public KinematicBicycle(VehicleParams params, double dtS) {
        ConfigValidator.validate(params, "VehicleParams");
        if (!(dtS > 0.0 && dtS <= 1.0)) {
            throw new IllegalArgumentException("dtS must be in (0, 1], was " + dtS);
        }
        this.params = params;
        this.dtS = dtS;
        this.delayLine = new CommandDelayLine((int) Math.round(params.actuationDelayS() / dtS));
        reset(0.0, 0.0, 0.0, 0.0, 0.0);
    }

    /**
     * Places the vehicle; the delay line is filled with "zero acceleration, this steering angle",
     * so during the first delay the vehicle coasts at {@code speedMps}.
     *
     * @throws IllegalArgumentException if a value is not finite, the speed is outside
     *     {@code [0, maxSpeedMps]} or the steering angle beyond {@code maxSteerRad}
     */
    public void reset(double xM, double yM, double yawRad, double speedMps, double steerRad) {
        requireFinite("xM", xM);
        requireFinite("yM", yM);
        requireFinite("yawRad", yawRad);
        if (!(speedMps >= 0.0 && speedMps <= params.maxSpeedMps())) {
            throw new IllegalArgumentException(
                    "speedMps must be in [0, " + params.maxSpeedMps() + "], was " + speedMps);
        }
        if (!(Math.abs(steerRad) <= params.maxSteerRad())) {
            throw new IllegalArgumentException(
                    "steerRad must be within +-" + params.maxSteerRad() + ", was " + steerRad);
        }
        this.xM = xM;
        this.yM = yM;
        this.yawRad = yawRad;
        this.speedMps = speedMps;
        this.steerRad = steerRad;
        this.actuatorAccelMps2 = 0.0;
        this.accelMps2 = 0.0;
        delayLine.fill(0.0, steerRad);
    }

    /** Advances by one step with the command's acceleration and steering angle. */
    public void step(ControlCommand command) {
        step(command.accelMps2(), command.steeringRad());
    }

    /**
     * Advances by one step.
     *
     * @param cmdAccelMps2 commanded acceleration, m/s², negative = braking; non-finite = rejected
     * @param cmdSteerRad  commanded front-wheel angle, rad, positive = left; non-finite = rejected
     */
    public void step(double cmdAccelMps2, double cmdSteerRad) {
        if (!Double.isFinite(cmdAccelMps2) || !Double.isFinite(cmdSteerRad)) {
            // A corrupt command must never propagate: brake as hard as possible, keep the wheel.
            rejectedCommands++;
            cmdAccelMps2 = -params.maxDecelMps2();
            cmdSteerRad = steerRad;
        }
        delayLine.push(cmdAccelMps2, cmdSteerRad);
        actuatorAccelMps2 = limitAccel(delayLine.accelMps2());
        steerRad = limitSteer(delayLine.steerRad());
        integrate();
    }

    private double limitAccel(double requestedMps2) {
        double a = Math.max(-params.maxDecelMps2(), Math.min(params.maxAccelMps2(), requestedMps2));
        if (params.hasJerkLimit()) {
            double maxChange = params.maxJerkMps3() * dtS;
            a = Math.max(actuatorAccelMps2 - maxChange, Math.min(actuatorAccelMps2 + maxChange, a));
        }
        return a;
    }

    private double limitSteer(double requestedRad) {
        double target = Math.max(-params.maxSteerRad(), Math.min(params.maxSteerRad(), requestedRad));
        double maxChange = params.maxSteerRateRadps() * dtS;
        return Math.max(steerRad - maxChange, Math.min(steerRad + maxChange, target));
    }

    private void integrate() {
        double maxSpeed = params.maxSpeedMps();
        double distanceM = ConstantAccel.distanceAfter(speedMps, actuatorAccelMps2, dtS, 0.0, maxSpeed);
        double newSpeed = ConstantAccel.speedAfter(speedMps, actuatorAccelMps2, dtS, 0.0, maxSpeed);
        accelMps2 = (newSpeed - speedMps) / dtS;
        speedMps = newSpeed;
        double curvaturePerM = Math.tan(steerRad) / params.wheelbaseM();
        double headingChangeRad = curvaturePerM * distanceM;
        if (Math.abs(headingChangeRad) < SMALL_HEADING_CHANGE_RAD) {
            double midYaw = yawRad + 0.5 * headingChangeRad;
            xM += distanceM * Math.cos(midYaw);
            yM += distanceM * Math.sin(midYaw);
        } else {
            double newYaw = yawRad + headingChangeRad;
            xM += (Math.sin(newYaw) - Math.sin(yawRad)) / curvaturePerM;
            yM += (Math.cos(yawRad) - Math.cos(newYaw)) / curvaturePerM;
        }
        yawRad = normaliseAngle(yawRad + headingChangeRad);
    }

    private static double normaliseAngle(double rad) {
        return Math.IEEEremainder(rad, 2.0 * Math.PI);
    }

    private static void requireFinite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, was " + value);
        }
    }

    /** The current state as a message; {@code header.frameId} should be the world frame. */
    public EgoState toEgoState(Header header) {
        return new EgoState(header, Pose.planar(xM, yM, yawRad), speedMps, yawRateRadps(),
                accelMps2, steerRad);
    }

    /** Rear-axle centre x in the world frame, m. */
    public double xM() {
        return xM;
    }

    /** Rear-axle centre y in the world frame, m. */
    public double yM() {
        return yM;
    }

    /** Heading, rad, in (-pi, pi], counter-clockwise from world x. */
    public double yawRad() {
        return yawRad;
    }

    /** Longitudinal speed, m/s, never negative. */
    public double speedMps() {
        return speedMps;
    }

    /** Acceleration realised over the last step, m/s²: 0 while held at standstill or top speed. */
    public double accelMps2() {
        return accelMps2;
    }

    /** Acceleration the actuators apply after the delay and the limits, m/s². */
    public double actuatorAccelMps2() {
        return actuatorAccelMps2;
    }

    /** Front-wheel angle after the limits, rad, positive = left. */
    public double steerRad() {
        return steerRad;
    }

    /** Yaw rate at the current speed and steering angle, rad/s. */
    public double yawRateRadps() {
        return speedMps * Math.tan(steerRad) / params.wheelbaseM();
    }

    /** Commands rejected because a value was NaN or infinite, since construction. */
    public long rejectedCommandCount() {
        return rejectedCommands;
    }

    /** The actuation delay in whole steps. */
    public int delaySteps() {
        return delayLine.delaySteps();
    }

    public double dtS() {
        return dtS;
    }

    public VehicleParams params() {
        return params;
    }
}
