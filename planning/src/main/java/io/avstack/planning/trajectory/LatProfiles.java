package io.avstack.planning.trajectory;

/**
 * The lateral half of the lattice: paths d(Δs) over the arc length travelled, each a quintic from the
 * start's (d, d', d'') to a lane centre with zero slope and curvature after {@code lengthM}, then
 * the centre. A path rather than a time function, so the ego never moves sideways while standing.
 */
public final class LatProfiles {

    private final Polynomial[] poly;
    private final double[] lengthM;
    private final double[] targetDM;
    private final int[] laneId;
    private int count;

    public LatProfiles(int capacity) {
        poly = new Polynomial[capacity];
        for (int i = 0; i < capacity; i++) {
            poly[i] = new Polynomial();
        }
        lengthM = new double[capacity];
        targetDM = new double[capacity];
        laneId = new int[capacity];
    }

    public void clear() {
        count = 0;
    }

    public int count() {
        return count;
    }

    /** Adds a path to lane {@code lane}'s centre {@code targetD} over {@code length} m; returns its index. */
    public int add(double d0, double dPrime0, double dPrime20, double targetD, double length, int lane) {
        int l = count++;
        poly[l].quintic(d0, dPrime0, dPrime20, targetD, 0.0, 0.0, length);
        lengthM[l] = length;
        targetDM[l] = targetD;
        laneId[l] = lane;
        return l;
    }

    public int laneId(int l) {
        return laneId[l];
    }

    public double targetDM(int l) {
        return targetDM[l];
    }

    public double lengthM(int l) {
        return lengthM[l];
    }

    /** d at {@code ds} metres from the start. */
    public double d(int l, double ds) {
        return ds >= lengthM[l] ? targetDM[l] : poly[l].value(Math.max(0.0, ds));
    }

    /** dd/ds. */
    public double d1(int l, double ds) {
        return ds >= lengthM[l] ? 0.0 : poly[l].first(Math.max(0.0, ds));
    }

    /** d²d/ds². */
    public double d2(int l, double ds) {
        return ds >= lengthM[l] ? 0.0 : poly[l].second(Math.max(0.0, ds));
    }

    /** d³d/ds³. */
    public double d3(int l, double ds) {
        return ds >= lengthM[l] ? 0.0 : poly[l].third(Math.max(0.0, ds));
    }
}
