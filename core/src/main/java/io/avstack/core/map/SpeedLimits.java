package io.avstack.core.map;

import java.util.List;

/**
 * Piecewise-constant speed limit along a road: each entry holds from its {@code fromS} up to the
 * next entry's {@code fromS}; the first starts at s = 0. At exactly an entry's {@code fromS} the
 * new limit applies. Immutable; lookups are allocation-free.
 */
public final class SpeedLimits {

    /** One speed-limit zone: from {@code fromS} (m) onwards the limit is {@code limitMps} (m/s). */
    public record Zone(double fromS, double limitMps) {
    }

    private final double[] fromS;
    private final double[] limitMps;

    /** @param zones ordered by strictly increasing {@code fromS}, the first at 0, limits positive */
    public SpeedLimits(List<Zone> zones) {
        if (zones.isEmpty()) {
            throw new IllegalArgumentException("speed limits: need at least one zone, the first at s = 0");
        }
        fromS = new double[zones.size()];
        limitMps = new double[zones.size()];
        for (int i = 0; i < zones.size(); i++) {
            Zone z = zones.get(i);
            String problem = Sequences.startAtZeroIncreasingProblem(i, z.fromS(), i == 0 ? 0 : fromS[i - 1]);
            if (problem != null) {
                throw new IllegalArgumentException("speed limits[" + i + "].fromS = " + z.fromS() + ": " + problem);
            }
            if (!(z.limitMps() > 0 && Double.isFinite(z.limitMps()))) {
                throw new IllegalArgumentException("speed limits[" + i + "].limitMps = " + z.limitMps()
                        + ": must be positive and finite");
            }
            fromS[i] = z.fromS();
            limitMps[i] = z.limitMps();
        }
    }

    /** Limit at {@code sM}, m/s; before s = 0 the first zone's, past the last change the last zone's. */
    public double limitAt(double sM) {
        int lo = 0;
        int hi = fromS.length - 1;
        while (lo < hi) { // largest i with fromS[i] <= sM
            int mid = (lo + hi + 1) >>> 1;
            if (fromS[mid] <= sM) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return limitMps[lo];
    }

    /** Lowest limit (m/s) anywhere between {@code sA} and {@code sB} (m, either order). */
    public double minLimitBetween(double sA, double sB) {
        double lo = Math.min(sA, sB);
        double hi = Math.max(sA, sB);
        double min = limitAt(lo);
        for (int i = 0; i < fromS.length; i++) {
            if (fromS[i] > lo && fromS[i] <= hi) {
                min = Math.min(min, limitMps[i]);
            }
        }
        return min;
    }

    public int zoneCount() {
        return fromS.length;
    }

    public Zone zone(int i) {
        return new Zone(fromS[i], limitMps[i]);
    }
}
