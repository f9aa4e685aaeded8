package io.avstack.fusion.frames;

import io.avstack.core.msg.EgoState;
import io.avstack.fusion.track.Angles;

/**
 * Recent ego states, so that each detection is placed in the world with the ego pose at its own
 * stamp (ego-motion compensation): linear interpolation between the two states around the stamp
 * (heading along the shorter arc), constant turn rate and velocity extrapolation past the newest one
 * for at most {@code maxExtrapolationNs}, the oldest pose for a stamp before the history. A ring
 * of primitive arrays: allocation-free; one thread.
 */
public final class EgoPoseBuffer {

    private final long[] stamp;
    private final double[] x;
    private final double[] y;
    private final double[] yaw;
    private final double[] speed;
    private final double[] yawRate;
    private final long maxExtrapolationNs;
    private int head; // index of the newest
    private int size;
    private long outOfOrder;
    private long clampedLate;
    private long clampedEarly;

    /**
     * @param capacity           ego states kept (e.g. history seconds x ego rate)
     * @param maxExtrapolationNs farthest look-up past the newest state
     */
    public EgoPoseBuffer(int capacity, long maxExtrapolationNs) {
        if (capacity < 2) {
            throw new IllegalArgumentException("EgoPoseBuffer capacity must be >= 2, was " + capacity);
        }
        stamp = new long[capacity];
        x = new double[capacity];
        y = new double[capacity];
        yaw = new double[capacity];
        speed = new double[capacity];
        yawRate = new double[capacity];
        this.maxExtrapolationNs = maxExtrapolationNs;
        this.head = capacity - 1;
    }

    /** Adds a state; one not newer than the newest is ignored (counted), one at the same stamp replaces it. */
    public void add(EgoState e) {
        long t = e.header().stampNs();
        if (size > 0 && t < stamp[head]) {
            outOfOrder++;
            return;
        }
        if (size == 0 || t > stamp[head]) {
            head = (head + 1) % stamp.length;
            size = Math.min(size + 1, stamp.length);
        }
        stamp[head] = t;
        x[head] = e.pose().xM();
        y[head] = e.pose().yM();
        yaw[head] = e.pose().yawRad();
        speed[head] = e.speedMps();
        yawRate[head] = e.yawRateRadps();
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /**
     * Whether states have come but the newest lies more than {@code maxExtrapolationNs} before
     * {@code tNs}: the ego state has gone silent, and a pose at {@code tNs} would be clamped.
     */
    public boolean isStaleAt(long tNs) {
        return size > 0 && tNs - stamp[head] > maxExtrapolationNs;
    }

    /** Stamp of the newest state; {@link Long#MIN_VALUE} when empty. */
    public long newestStampNs() {
        return size == 0 ? Long.MIN_VALUE : stamp[head];
    }

    /**
     * The pose at {@code tNs}.
     *
     * @return false (dest unchanged) when no ego state has arrived yet
     */
    public boolean poseAt(long tNs, EgoPose dest) {
        if (size == 0) {
            return false;
        }
        if (tNs >= stamp[head]) {
            long dt = tNs - stamp[head];
            if (dt > maxExtrapolationNs) {
                clampedLate++;
                dt = maxExtrapolationNs;
            }
            extrapolate(head, dt, tNs, dest);
            return true;
        }
        int oldest = index(size - 1);
        if (tNs <= stamp[oldest]) {
            clampedEarly++;
            fill(oldest, tNs, dest);
            return true;
        }
        int newer = head;
        for (int k = 1; k < size; k++) {
            int older = index(k);
            if (stamp[older] <= tNs) {
                interpolate(older, newer, tNs, dest);
                return true;
            }
            newer = older;
        }
        fill(oldest, tNs, dest); // unreachable: the oldest bounds the search
        return true;
    }

    /** States ignored for arriving older than the newest. */
    public long outOfOrder() {
        return outOfOrder;
    }

    /** Look-ups past the newest state by more than the extrapolation limit. */
    public long clampedLate() {
        return clampedLate;
    }

    /** Look-ups before the oldest state kept. */
    public long clampedEarly() {
        return clampedEarly;
    }

    /** Ring index of the k-th newest state (0 = newest). */
    private int index(int k) {
        return (head - k + stamp.length) % stamp.length;
    }

    private void fill(int i, long tNs, EgoPose dest) {
        dest.set(tNs, x[i], y[i], yaw[i], speed[i], yawRate[i]);
    }

    private void interpolate(int a, int b, long tNs, EgoPose dest) {
        double f = (double) (tNs - stamp[a]) / (stamp[b] - stamp[a]);
        dest.set(tNs, x[a] + f * (x[b] - x[a]), y[a] + f * (y[b] - y[a]),
                Angles.wrap(yaw[a] + f * Angles.wrap(yaw[b] - yaw[a])),
                speed[a] + f * (speed[b] - speed[a]), yawRate[a] + f * (yawRate[b] - yawRate[a]));
    }

    /** Constant turn rate and velocity from state i for dtNs. */
    private void extrapolate(int i, long dtNs, long tNs, EgoPose dest) {
        double dt = dtNs / 1e9;
        double v = speed[i];
        double w = yawRate[i];
        double psi = yaw[i];
        double nx;
        double ny;
        if (Math.abs(w) < 1e-6) {
            nx = x[i] + v * dt * Math.cos(psi);
            ny = y[i] + v * dt * Math.sin(psi);
        } else {
            nx = x[i] + v / w * (Math.sin(psi + w * dt) - Math.sin(psi));
            ny = y[i] + v / w * (Math.cos(psi) - Math.cos(psi + w * dt));
        }
        dest.set(tNs, nx, ny, Angles.wrap(psi + w * dt), v, w);
    }
}
