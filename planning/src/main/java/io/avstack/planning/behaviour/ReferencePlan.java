package io.avstack.planning.behaviour;

/**
 * The speed plan the longitudinal law ({@link AccLaw}) gives in one lane over the horizon, jerk
 * limited, and what binds it (the constraint asking for the lowest acceleration anywhere on the
 * horizon). It is both the reference every candidate's speed is
 * compared with and a candidate itself. Arrays have one entry per trajectory sample.
 */
public final class ReferencePlan {

    public int laneId;
    /** Rear-axle arc length, m; speed along the road, m/s; acceleration, m/s². */
    public final double[] sM;
    public final double[] vMps;
    public final double[] aMps2;
    public Binding binding = Binding.FREE;
    /** What limits the free speed when {@link #binding} is FREE. */
    public SpeedProfile.Limit freeLimit = SpeedProfile.Limit.SET_SPEED;
    /** Index of the binding lead in the cycle's predicted objects, or -1. */
    public int leadIndex = -1;
    /** Index of the binding stop point, or -1. */
    public int stopIndex = -1;
    /** The lowest acceleration any constraint asks for over the horizon (before limits), m/s²; its constraint binds. */
    public double bindingAccelMps2;
    /** The speed the plan heads for, m/s. */
    public double targetSpeedMps;
    /** Mean acceleration over the lane-change preview, m/s². */
    public double previewAccelMps2;

    public ReferencePlan(int samples) {
        sM = new double[samples];
        vMps = new double[samples];
        aMps2 = new double[samples];
    }

    public int samples() {
        return sM.length;
    }
}
