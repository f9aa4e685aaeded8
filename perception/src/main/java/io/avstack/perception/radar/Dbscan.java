package io.avstack.perception.radar;

/**
 * DBSCAN over (x, y, range rate) with the scaled neighbourhood
 * {@code (dPos/epsPositionM)^2 + (dRr/epsRangeRateMps)^2 <= 1}. Neighbours are found through a
 * grid of {@code epsPositionM} cells (points sorted by cell key, three binary searches per query),
 * so a scan costs O(n log n) for spread-out points rather than O(n^2).
 *
 * <p>Points are visited in index order, which the caller makes the (range, azimuth, ...) order, so
 * the result does not depend on the order the radar reported them in. Points no core point reaches
 * become one-point clusters of their own (the caller's false-alarm rule judges them). Cluster ids
 * are numbered in the order of each cluster's first (nearest) point. Arrays are reused across
 * calls; not thread-safe.
 */
final class Dbscan {

    private static final int UNVISITED = -2;
    private static final int NOISE = -1;

    private int[] label = new int[0];
    private int[] remap = new int[0];
    private int[] queue = new int[0];
    private int[] neighbours = new int[0];
    private int[] byCell = new int[0];
    private long[] pointKey = new long[0];
    private long[] sortedKey = new long[0];
    private final IndexSort.IndexComparator cellOrder = this::compareCells;

    private double[] x;
    private double[] y;
    private double[] rr;
    private int n;
    private double cellM;
    private double invEpsPos2;
    private double invEpsRr2;

    /**
     * Clusters points {@code 0..n)}; afterwards {@link #label(int)} gives each point's cluster.
     *
     * @return the number of clusters (one-point clusters included)
     */
    int run(double[] xs, double[] ys, double[] rangeRates, int count, double epsPositionM,
            double epsRangeRateMps, int minPoints) {
        ensureCapacity(count);
        x = xs;
        y = ys;
        rr = rangeRates;
        n = count;
        cellM = epsPositionM;
        invEpsPos2 = 1.0 / (epsPositionM * epsPositionM);
        invEpsRr2 = 1.0 / (epsRangeRateMps * epsRangeRateMps);
        buildGrid();
        int clusters = 0;
        for (int i = 0; i < n; i++) {
            label[i] = UNVISITED;
        }
        for (int i = 0; i < n; i++) {
            if (label[i] != UNVISITED) {
                continue;
            }
            if (findNeighbours(i) < minPoints) {
                label[i] = NOISE;
                continue;
            }
            expand(i, clusters++, minPoints);
        }
        return renumber(clusters);
    }

    /** Cluster id of point {@code i} after {@link #run}. */
    int label(int i) {
        return label[i];
    }

    /** Breadth-first growth from core point {@code seed}; every point is queued at most once. */
    private void expand(int seed, int cluster, int minPoints) {
        int head = 0;
        int tail = 0;
        label[seed] = cluster;
        queue[tail++] = seed;
        while (head < tail) {
            int p = queue[head++];
            int found = findNeighbours(p);
            if (found < minPoints) {
                continue; // border point: belongs to the cluster but does not extend it
            }
            for (int k = 0; k < found; k++) {
                int q = neighbours[k];
                if (label[q] == UNVISITED) {
                    label[q] = cluster;
                    queue[tail++] = q;
                } else if (label[q] == NOISE) {
                    label[q] = cluster; // known non-core: joins as a border point
                }
            }
        }
    }

    /** Fills {@link #neighbours} with the points within the scaled radius of {@code p} (itself included). */
    private int findNeighbours(int p) {
        int count = 0;
        int cx = cell(x[p]);
        int cy = cell(y[p]);
        for (int dx = -1; dx <= 1; dx++) {
            // keys order by (cell x, cell y), so the three cells of a column are one run of keys
            long last = key(cx + dx, cy + 1);
            for (int j = lowerBound(key(cx + dx, cy - 1)); j < n && sortedKey[j] <= last; j++) {
                int q = byCell[j];
                double ex = x[q] - x[p];
                double ey = y[q] - y[p];
                double er = rr[q] - rr[p];
                if ((ex * ex + ey * ey) * invEpsPos2 + er * er * invEpsRr2 <= 1.0) {
                    neighbours[count++] = q;
                }
            }
        }
        return count;
    }

    /** Noise points become clusters of their own; ids follow each cluster's first point. */
    private int renumber(int clusters) {
        for (int c = 0; c < clusters; c++) {
            remap[c] = -1;
        }
        int next = 0;
        for (int i = 0; i < n; i++) {
            int c = label[i];
            if (c == NOISE) {
                label[i] = next++;
            } else {
                if (remap[c] < 0) {
                    remap[c] = next++;
                }
                label[i] = remap[c];
            }
        }
        return next;
    }

    private void buildGrid() {
        for (int i = 0; i < n; i++) {
            pointKey[i] = key(cell(x[i]), cell(y[i]));
            byCell[i] = i;
        }
        IndexSort.sort(byCell, n, cellOrder);
        for (int j = 0; j < n; j++) {
            sortedKey[j] = pointKey[byCell[j]];
        }
    }

    private int compareCells(int a, int b) {
        int c = Long.compare(pointKey[a], pointKey[b]);
        return c != 0 ? c : Integer.compare(a, b);
    }

    private int lowerBound(long key) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sortedKey[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int cell(double v) {
        return (int) Math.floor(v / cellM);
    }

    /** Cell x in the high half (signed), cell y biased to unsigned in the low half: ordered by (cx, cy). */
    private static long key(int cx, int cy) {
        return ((long) cx << 32) | ((cy ^ Integer.MIN_VALUE) & 0xffffffffL);
    }

    private void ensureCapacity(int count) {
        if (label.length < count) {
            int cap = Math.max(count, 2 * label.length);
            label = new int[cap];
            remap = new int[cap];
            queue = new int[cap];
            neighbours = new int[cap];
            byCell = new int[cap];
            pointKey = new long[cap];
            sortedKey = new long[cap];
        }
    }
}
