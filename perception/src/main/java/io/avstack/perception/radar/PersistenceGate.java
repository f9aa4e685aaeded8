package io.avstack.perception.radar;

import java.util.Arrays;

/**
 * Tracker-free temporal confirmation: remembers where clusters were in the last
 * {@code windowScans - 1} scans and confirms a position seen (within {@code gateM}) in at least
 * {@code hits} of the last {@code windowScans} scans, the current one included. No motion model:
 * the gate must cover how far an object moves between scans in the sensor frame. Positions of each
 * stored scan are sorted by x, so a query is a binary search plus a short sweep. Arrays are reused;
 * not thread-safe.
 */
final class PersistenceGate {

    private final int hits;
    private final double gateM;
    private final double[][] pastX;
    private final double[][] pastY;
    private final int[] pastCount;
    private int next;
    private double[] curX = new double[16];
    private double[] curY = new double[16];
    private int[] order = new int[16];
    private int curCount;
    private final IndexSort.IndexComparator byX = (a, b) -> {
        int c = Double.compare(curX[a], curX[b]);
        return c != 0 ? c : Double.compare(curY[a], curY[b]);
    };

    /** @param hits 0 disables confirmation ({@link #confirmed} is then always false) */
    PersistenceGate(int hits, int windowScans, double gateM) {
        this.hits = hits;
        this.gateM = gateM;
        int past = hits == 0 ? 0 : windowScans - 1;
        pastX = new double[past][16];
        pastY = new double[past][16];
        pastCount = new int[past];
    }

    /** Starts collecting the current scan's cluster positions. */
    void beginScan() {
        curCount = 0;
    }

    /** Records one cluster of the current scan. */
    void record(double xM, double yM) {
        if (curCount == curX.length) {
            curX = Arrays.copyOf(curX, 2 * curCount);
            curY = Arrays.copyOf(curY, 2 * curCount);
            order = new int[2 * curCount];
        }
        curX[curCount] = xM;
        curY[curCount] = yM;
        curCount++;
    }

    /** Whether a cluster here now was also seen in enough of the previous scans. */
    boolean confirmed(double xM, double yM) {
        if (hits == 0) {
            return false;
        }
        int seen = 1; // the current scan
        for (int s = 0; s < pastCount.length; s++) {
            if (near(pastX[s], pastY[s], pastCount[s], xM, yM)) {
                seen++;
            }
        }
        return seen >= hits;
    }

    /** Stores the current scan as the newest past one, dropping the oldest. */
    void endScan() {
        if (pastCount.length == 0) {
            return;
        }
        for (int i = 0; i < curCount; i++) {
            order[i] = i;
        }
        IndexSort.sort(order, curCount, byX);
        if (pastX[next].length < curCount) {
            pastX[next] = new double[curX.length];
            pastY[next] = new double[curX.length];
        }
        for (int i = 0; i < curCount; i++) {
            pastX[next][i] = curX[order[i]];
            pastY[next][i] = curY[order[i]];
        }
        pastCount[next] = curCount;
        next = (next + 1) % pastCount.length;
    }

    /** Forgets every past scan. */
    void reset() {
        Arrays.fill(pastCount, 0);
        next = 0;
    }

    private boolean near(double[] xs, double[] ys, int count, double xM, double yM) {
        int lo = 0;
        int hi = count;
        double fromX = xM - gateM;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (xs[mid] < fromX) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        double gate2 = gateM * gateM;
        for (int i = lo; i < count && xs[i] <= xM + gateM; i++) {
            double dx = xs[i] - xM;
            double dy = ys[i] - yM;
            if (dx * dx + dy * dy <= gate2) {
                return true;
            }
        }
        return false;
    }
}
