package io.avstack.planning.predict;

import io.avstack.core.msg.ObjectClass;
import java.util.Arrays;

/**
 * Other road users predicted over the planning horizon, in the road frame, as flat arrays (object
 * {@code k}, sample {@code i} at index {@code k * samples + i}); filled by {@link Predictor} each
 * cycle, reused across cycles. Positions are box centres; extents are half the box projected on the
 * road's s and d axes; sigmas grow with prediction time.
 */
public final class PredictedObjects {

    private int count;
    private int samples;
    private double stepS;
    long[] trackId = new long[0];
    ObjectClass[] cls = new ObjectClass[0];
    /** Half extent along s / across d, m. */
    double[] halfAlongM = new double[0];
    double[] halfAcrossM = new double[0];
    double[] vdMps = new double[0];
    double[] sigmaVdMps = new double[0];
    double[] asMps2 = new double[0];
    boolean[] crossing = new boolean[0];
    boolean[] stationary = new boolean[0];
    double[] sigmaLon0M = new double[0];
    double[] sigmaLat0M = new double[0];
    double[] s = new double[0];
    double[] d = new double[0];
    double[] vs = new double[0];

    /** Clears and sizes for up to {@code capacity} objects of {@code samples} samples {@code stepS} apart. */
    void reset(int capacity, int samplesPerObject, double step) {
        count = 0;
        samples = samplesPerObject;
        stepS = step;
        if (trackId.length < capacity) {
            int n = Math.max(capacity, 2 * trackId.length);
            trackId = Arrays.copyOf(trackId, n);
            cls = Arrays.copyOf(cls, n);
            halfAlongM = Arrays.copyOf(halfAlongM, n);
            halfAcrossM = Arrays.copyOf(halfAcrossM, n);
            vdMps = Arrays.copyOf(vdMps, n);
            sigmaVdMps = Arrays.copyOf(sigmaVdMps, n);
            asMps2 = Arrays.copyOf(asMps2, n);
            crossing = Arrays.copyOf(crossing, n);
            stationary = Arrays.copyOf(stationary, n);
            sigmaLon0M = Arrays.copyOf(sigmaLon0M, n);
            sigmaLat0M = Arrays.copyOf(sigmaLat0M, n);
        }
        if (s.length < capacity * samplesPerObject) {
            int n = Math.max(capacity * samplesPerObject, 2 * s.length);
            s = new double[n];
            d = new double[n];
            vs = new double[n];
        }
    }

    /** Starts object {@code count()} and returns its index. */
    int add() {
        return count++;
    }

    public int count() {
        return count;
    }

    public int samples() {
        return samples;
    }

    public double stepS() {
        return stepS;
    }

    public long trackId(int k) {
        return trackId[k];
    }

    public ObjectClass cls(int k) {
        return cls[k];
    }

    /** Pedestrian or cyclist. */
    public boolean isVulnerable(int k) {
        return cls[k] == ObjectClass.PEDESTRIAN || cls[k] == ObjectClass.CYCLIST;
    }

    /** Moving more across the road than along it. */
    public boolean isCrossing(int k) {
        return crossing[k];
    }

    /** Slower than the stationary threshold. */
    public boolean isStationary(int k) {
        return stationary[k];
    }

    public double halfAlongM(int k) {
        return halfAlongM[k];
    }

    public double halfAcrossM(int k) {
        return halfAcrossM[k];
    }

    /** Lateral velocity at the start, m/s (positive left). */
    public double vdMps(int k) {
        return vdMps[k];
    }

    /** Standard deviation of {@link #vdMps}, m/s (0 for ground truth). */
    public double sigmaVdMps(int k) {
        return sigmaVdMps[k];
    }

    /** Acceleration along the road at the start, m/s². */
    public double asMps2(int k) {
        return asMps2[k];
    }

    /** Box-centre arc length at sample {@code i}, m. */
    public double s(int k, int i) {
        return s[k * samples + i];
    }

    /** Box-centre offset at sample {@code i}, m. */
    public double d(int k, int i) {
        return d[k * samples + i];
    }

    /** Speed along the road at sample {@code i}, m/s. */
    public double vs(int k, int i) {
        return vs[k * samples + i];
    }

    /** Longitudinal position uncertainty (one sigma) at sample {@code i}, m. */
    public double sigmaLonM(int k, int i, double growthMps) {
        return sigmaLon0M[k] + growthMps * i * stepS;
    }

    /** Lateral position uncertainty (one sigma) at sample {@code i}, m. */
    public double sigmaLatM(int k, int i, double growthMps) {
        return sigmaLat0M[k] + growthMps * i * stepS;
    }

    /** Index of the object with {@code trackId}, or -1. */
    public int indexOf(long id) {
        for (int k = 0; k < count; k++) {
            if (trackId[k] == id) {
                return k;
            }
        }
        return -1;
    }
}
