package io.avstack.sim.actor;

import io.avstack.core.config.ConfigValidator;
import io.avstack.core.msg.Dimensions;
import io.avstack.core.msg.GroundTruthObject;
import io.avstack.core.msg.PlanarVelocity;
import io.avstack.core.msg.Pose;
import io.avstack.sim.vehicle.ConstantAccel;
import java.util.List;
import java.util.Objects;

/**
 * A simulated road user moving along a {@link Path}: arc length {@code s} of its box centre, speed
 * along the path and a lateral offset from it. Each {@link #step} first fires the scripted events
 * whose trigger holds at the step's start time, then moves the actor over the step exactly
 * (constant acceleration with analytic stop, see {@link ConstantAccel}). At the end of the path it
 * stops. Deterministic and allocation-free per step; owned by the simulation loop's thread.
 */
public final class Actor {

    private static final double NS_PER_S = 1e9;

    private final ActorSpec spec;
    private final Dimensions dims;
    private final Path path;
    private final ScriptedEvent[] events;
    private final boolean[] fired;

    private Action longitudinal;
    private double sM;
    private double speedMps;
    private double accelMps2;

    private double laneFromM;
    private double laneToM;
    private long laneStartNs;
    private double laneDurationS;
    private double offsetM;
    private double offsetRateMps;

    private double xM;
    private double yM;
    private double yawRad;
    private long rejectedInputs;

    /**
     * @throws io.avstack.core.config.ConfigException if the spec is out of range
     * @throws IllegalArgumentException if the start position is beyond the path's end
     */
    public Actor(ActorSpec spec, Path path) {
        ConfigValidator.validate(spec, "actor " + spec.id());
        this.spec = spec;
        this.path = Objects.requireNonNull(path, "path");
        if (spec.startSM() > path.lengthM()) {
            throw new IllegalArgumentException("actor " + spec.id() + ": startSM " + spec.startSM()
                    + " is beyond the path's end at " + path.lengthM() + " m");
        }
        List<ScriptedEvent> list = spec.events();
        this.events = list.toArray(new ScriptedEvent[0]);
        this.fired = new boolean[events.length];
        this.dims = spec.effectiveDims();
        this.longitudinal = spec.behaviour();
        this.sM = spec.startSM();
        this.speedMps = spec.startSpeedMps();
        this.offsetM = spec.startOffsetM();
        this.laneFromM = offsetM;
        this.laneToM = offsetM;
        updatePose();
    }

    /**
     * Advances from sim time {@code nowNs} to {@code nowNs + dtNs}.
     *
     * @param surroundings the actor's view of the world at {@code nowNs}
     */
    public void step(long nowNs, long dtNs, Surroundings surroundings) {
        if (dtNs <= 0) {
            throw new IllegalArgumentException("dtNs must be > 0, was " + dtNs);
        }
        fireEvents(nowNs, surroundings);
        double dtS = dtNs / NS_PER_S;
        moveAlong(dtS, surroundings);
        moveAcross(nowNs + dtNs);
        updatePose();
    }

    private void fireEvents(long nowNs, Surroundings surroundings) {
        for (int i = 0; i < events.length; i++) {
            if (!fired[i] && events[i].trigger().holds(nowNs, surroundings)) {
                fired[i] = true;
                start(events[i].action(), nowNs);
            }
        }
    }

    private void start(Action action, long nowNs) {
        switch (action) {
            case Action.ChangeLane lane -> {
                laneFromM = offsetM;
                laneToM = lane.targetOffsetM();
                laneStartNs = nowNs;
                laneDurationS = lane.durationS();
            }
            case Action.SetSpeed set -> {
                speedMps = set.speedMps();
                longitudinal = action;
            }
            default -> longitudinal = action;
        }
    }

    private void moveAlong(double dtS, Surroundings surroundings) {
        double floorMps = 0.0;
        double ceilingMps = Double.POSITIVE_INFINITY;
        double accel;
        switch (longitudinal) {
            case Action.FollowLead follow -> accel = Idm.accelMps2(follow.idm(), speedMps,
                    surroundings.leadGapM(), surroundings.leadSpeedMps());
            case Action.Brake brake -> accel = -brake.decelMps2();
            case Action.AccelerateTo to -> {
                accel = to.speedMps() >= speedMps ? to.accelMps2() : -to.accelMps2();
                floorMps = accel < 0.0 ? to.speedMps() : 0.0;
                ceilingMps = accel > 0.0 ? to.speedMps() : Double.POSITIVE_INFINITY;
            }
            default -> accel = 0.0; // HoldSpeed, SetSpeed; ChangeLane never drives the speed
        }
        if (Double.isNaN(accel)) {
            // Only a NaN from the world (lead gap or speed) gets here; it must not reach the state.
            rejectedInputs++;
            accel = Double.NEGATIVE_INFINITY;
        }
        accel = Math.max(-spec.kind().maxDecelMps2(), accel);
        double distanceM = ConstantAccel.distanceAfter(speedMps, accel, dtS, floorMps, ceilingMps);
        double newSpeed = ConstantAccel.speedAfter(speedMps, accel, dtS, floorMps, ceilingMps);
        accelMps2 = (newSpeed - speedMps) / dtS;
        speedMps = newSpeed;
        sM += distanceM;
        if (sM >= path.lengthM()) {
            sM = path.lengthM();
            speedMps = 0.0;
            accelMps2 = 0.0;
        }
    }

    private void moveAcross(long endNs) {
        if (laneFromM == laneToM) {
            offsetM = laneToM;
            offsetRateMps = 0.0;
            return;
        }
        double u = (endNs - laneStartNs) / NS_PER_S / laneDurationS;
        offsetM = LateralProfile.offsetM(laneFromM, laneToM, u);
        offsetRateMps = LateralProfile.rateMps(laneFromM, laneToM, u, laneDurationS);
        if (u >= 1.0) {
            laneFromM = laneToM;
        }
    }

    private void updatePose() {
        double pathYaw = path.yawRad(sM);
        double sin = Math.sin(pathYaw);
        double cos = Math.cos(pathYaw);
        xM = path.xM(sM) - offsetM * sin;
        yM = path.yM(sM) + offsetM * cos;
        // While moving the body points along its velocity; at standstill along the path.
        yawRad = speedMps > 0.0 ? pathYaw + Math.atan2(offsetRateMps, speedMps) : pathYaw;
    }

    /** The actor as ground truth, pose of its box centre in the world frame. */
    public GroundTruthObject toGroundTruth() {
        double pathYaw = path.yawRad(sM);
        double vx = speedMps * Math.cos(pathYaw) - offsetRateMps * Math.sin(pathYaw);
        double vy = speedMps * Math.sin(pathYaw) + offsetRateMps * Math.cos(pathYaw);
        return new GroundTruthObject(spec.id(), spec.kind().objectClass(), Pose.planar(xM, yM, yawRad),
                dims, new PlanarVelocity(vx, vy));
    }

    /** Steps whose surroundings made the behaviour's acceleration NaN (then braked at the kind's limit). */
    public long rejectedInputCount() {
        return rejectedInputs;
    }

    /** Whether event {@code index} (in the spec's order) has fired. */
    public boolean hasFired(int index) {
        return fired[index];
    }

    public long id() {
        return spec.id();
    }

    public ActorKind kind() {
        return spec.kind();
    }

    public Dimensions dims() {
        return dims;
    }

    /** The longitudinal behaviour in force. */
    public Action behaviour() {
        return longitudinal;
    }

    /** Arc length of the box centre on the path, m. */
    public double sM() {
        return sM;
    }

    /** Speed along the path, m/s, never negative. */
    public double speedMps() {
        return speedMps;
    }

    /** Acceleration realised over the last step, m/s². */
    public double accelMps2() {
        return accelMps2;
    }

    /** Lateral offset from the path, m, positive = left. */
    public double offsetM() {
        return offsetM;
    }

    /** Lateral speed, m/s, positive = towards the left. */
    public double offsetRateMps() {
        return offsetRateMps;
    }

    /** Box centre, world x, m. */
    public double xM() {
        return xM;
    }

    /** Box centre, world y, m. */
    public double yM() {
        return yM;
    }

    /** Heading of the body, rad. */
    public double yawRad() {
        return yawRad;
    }
}
