package io.avstack.perception.camera;

/**
 * Range error by true-distance bin: 0-10, 10-30, 30-50 and 50+ m. Accumulates absolute and
 * relative errors; allocation-free per sample; not thread-safe.
 */
public final class RangeErrorStats {

    /** Lower edges of the bins, m; the last bin is open-ended. */
    private static final double[] EDGES_M = {0, 10, 30, 50};
    private static final String[] LABELS = {"0-10 m", "10-30 m", "30-50 m", "50+ m"};

    private final long[] count = new long[EDGES_M.length];
    private final double[] sumAbsM = new double[EDGES_M.length];
    private final double[] sumRel = new double[EDGES_M.length];

    /** Adds one estimate; ignored when either value is not finite or the truth is <= 0. */
    public void add(double trueDistanceM, double estimatedDistanceM) {
        if (!Double.isFinite(trueDistanceM) || !Double.isFinite(estimatedDistanceM) || !(trueDistanceM > 0)) {
            return;
        }
        int b = bin(trueDistanceM);
        double err = Math.abs(estimatedDistanceM - trueDistanceM);
        count[b]++;
        sumAbsM[b] += err;
        sumRel[b] += err / trueDistanceM;
    }

    public static int binCount() {
        return EDGES_M.length;
    }

    /** Bin index of a distance. */
    public static int bin(double distanceM) {
        int b = 0;
        while (b + 1 < EDGES_M.length && distanceM >= EDGES_M[b + 1]) {
            b++;
        }
        return b;
    }

    public static String label(int bin) {
        return LABELS[bin];
    }

    public long count(int bin) {
        return count[bin];
    }

    /** Mean absolute error in the bin, m; NaN when empty. */
    public double meanAbsErrorM(int bin) {
        return count[bin] == 0 ? Double.NaN : sumAbsM[bin] / count[bin];
    }

    /** Mean of |error| / true distance in the bin; NaN when empty. */
    public double meanRelError(int bin) {
        return count[bin] == 0 ? Double.NaN : sumRel[bin] / count[bin];
    }

    /** One line per bin: label, count, mean absolute and relative error. */
    public String report() {
        StringBuilder sb = new StringBuilder();
        for (int b = 0; b < EDGES_M.length; b++) {
            sb.append(String.format(java.util.Locale.ROOT, "%-8s n=%d  mae=%.2f m  rel=%.1f %%%n", LABELS[b], count[b],
                    meanAbsErrorM(b), 100 * meanRelError(b)));
        }
        return sb.toString();
    }
}
