package io.avstack.fusion.track;

import java.util.Arrays;

/**
 * Global assignment of rows (tracks) to columns (measurements) minimising the summed cost: the
 * Hungarian algorithm in its shortest-augmenting-path form (Jonker-Volgenant / Kuhn-Munkres,
 * O(n² m)). Pairs outside a gate carry {@link #FORBIDDEN}; the solver first maximises the number of
 * allowed pairs, then minimises their cost, and never returns a forbidden pair. Rectangular inputs
 * of either shape are fine. Work arrays grow to the largest problem and are reused: allocation-free
 * afterwards; one thread.
 */
public final class Assignment {

    /** Cost of a pair that must not be assigned. */
    public static final double FORBIDDEN = Double.POSITIVE_INFINITY;
    /** Stand-in for FORBIDDEN inside the solver: larger than any sum of allowed costs. */
    private static final double BIG = 1e12;

    private double[] work = new double[0];
    private double[] u = new double[0];
    private double[] v = new double[0];
    private double[] minv = new double[0];
    private int[] match = new int[0];
    private int[] way = new int[0];
    private boolean[] used = new boolean[0];

    /**
     * Solves one problem.
     *
     * @param cost      rows x cols, row-major; {@link #FORBIDDEN} (or any non-finite value) forbids a pair;
     *                  allowed costs must be below 1e9 in magnitude
     * @param rowToCol  filled with the assigned column of each row, or -1
     * @param colToRow  filled with the assigned row of each column, or -1
     * @return the number of assigned pairs
     */
    public int solve(double[] cost, int rows, int cols, int[] rowToCol, int[] colToRow) {
        Arrays.fill(rowToCol, 0, rows, -1);
        Arrays.fill(colToRow, 0, cols, -1);
        if (rows == 0 || cols == 0) {
            return 0;
        }
        boolean transpose = rows > cols;
        int n = transpose ? cols : rows;
        int m = transpose ? rows : cols;
        ensure(n, m);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double c = transpose ? cost[j * cols + i] : cost[i * cols + j];
                work[i * m + j] = Double.isFinite(c) ? c : BIG;
            }
        }
        hungarian(n, m);
        int pairs = 0;
        for (int j = 1; j <= m; j++) {
            int i = match[j];
            if (i == 0) {
                continue;
            }
            double c = work[(i - 1) * m + (j - 1)];
            if (c >= BIG) {
                continue;
            }
            int row = transpose ? j - 1 : i - 1;
            int col = transpose ? i - 1 : j - 1;
            rowToCol[row] = col;
            colToRow[col] = row;
            pairs++;
        }
        return pairs;
    }

    /** Classic potentials formulation, 1-based: match[j] = row assigned to column j. Requires n <= m. */
    private void hungarian(int n, int m) {
        Arrays.fill(u, 0, n + 1, 0);
        Arrays.fill(v, 0, m + 1, 0);
        Arrays.fill(match, 0, m + 1, 0);
        Arrays.fill(way, 0, m + 1, 0);
        for (int i = 1; i <= n; i++) {
            match[0] = i;
            int j0 = 0;
            Arrays.fill(minv, 0, m + 1, Double.POSITIVE_INFINITY);
            Arrays.fill(used, 0, m + 1, false);
            do {
                used[j0] = true;
                int i0 = match[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                for (int j = 1; j <= m; j++) {
                    if (!used[j]) {
                        double cur = work[(i0 - 1) * m + (j - 1)] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[match[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (match[j0] != 0);
            do {
                int j1 = way[j0];
                match[j0] = match[j1];
                j0 = j1;
            } while (j0 != 0);
        }
    }

    private void ensure(int n, int m) {
        if (work.length < n * m) {
            work = new double[Math.max(n * m, 2 * work.length)];
        }
        if (match.length < m + 1 || u.length < n + 1) {
            int cap = Math.max(Math.max(n, m) + 1, 2 * match.length);
            u = new double[cap];
            v = new double[cap];
            minv = new double[cap];
            match = new int[cap];
            way = new int[cap];
            used = new boolean[cap];
        }
    }
}
