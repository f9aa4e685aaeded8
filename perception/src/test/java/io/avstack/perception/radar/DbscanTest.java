package io.avstack.perception.radar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DbscanTest {

    private static final double EPS_POS_M = 1.5;
    private static final double EPS_RR_MPS = 1.0;

    @Test
    void gridSearchMatchesBruteForceIncludingNegativeCoordinatesAndCellEdges() {
        SplittableRandom rng = new SplittableRandom(99);
        Dbscan dbscan = new Dbscan();
        for (int trial = 0; trial < 50; trial++) {
            int n = 1 + rng.nextInt(300);
            double[] x = new double[n];
            double[] y = new double[n];
            double[] rr = new double[n];
            for (int i = 0; i < n; i++) {
                // quantised to half cells so many points sit exactly on cell edges and eps boundaries
                x[i] = rng.nextInt(-40, 40) * EPS_POS_M / 2;
                y[i] = rng.nextInt(-40, 40) * EPS_POS_M / 2;
                rr[i] = rng.nextInt(-3, 3) * EPS_RR_MPS / 2;
            }
            int minPoints = 1 + rng.nextInt(4);

            int clusters = dbscan.run(x, y, rr, n, EPS_POS_M, EPS_RR_MPS, minPoints);
            int[] expected = bruteForce(x, y, rr, n, minPoints);

            for (int i = 0; i < n; i++) {
                assertThat(dbscan.label(i)).as("trial %d point %d", trial, i).isEqualTo(expected[i]);
            }
            assertThat(clusters).isEqualTo(max(expected) + 1);
        }
    }

    @Test
    void borderPointGoesToTheClusterThatReachesItFirst() {
        // cores 0..3 and 5..8 (4 neighbours each); point 4 reaches one of each, so it is a border point
        double[] x = {0, 0.3, 0.6, 0.9, 2.3, 3.7, 4.0, 4.3, 4.6};
        Dbscan dbscan = new Dbscan();

        int clusters = dbscan.run(x, new double[9], new double[9], 9, EPS_POS_M, EPS_RR_MPS, 4);

        assertThat(clusters).isEqualTo(2);
        assertThat(dbscan.label(4)).isZero();
        assertThat(dbscan.label(5)).isEqualTo(1);
    }

    /** Textbook DBSCAN with O(n^2) neighbour search and the same visiting and numbering rules. */
    private static int[] bruteForce(double[] x, double[] y, double[] rr, int n, int minPoints) {
        int[] label = new int[n];
        Arrays.fill(label, -2);
        int clusters = 0;
        for (int i = 0; i < n; i++) {
            if (label[i] != -2) {
                continue;
            }
            int[] nb = neighbours(x, y, rr, n, i);
            if (nb.length < minPoints) {
                label[i] = -1;
                continue;
            }
            int c = clusters++;
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            label[i] = c;
            queue.add(i);
            while (!queue.isEmpty()) {
                int p = queue.poll();
                int[] pn = neighbours(x, y, rr, n, p);
                if (pn.length < minPoints) {
                    continue;
                }
                for (int q : pn) {
                    if (label[q] == -2) {
                        label[q] = c;
                        queue.add(q);
                    } else if (label[q] == -1) {
                        label[q] = c;
                    }
                }
            }
        }
        int[] remap = new int[clusters];
        Arrays.fill(remap, -1);
        int next = 0;
        for (int i = 0; i < n; i++) {
            if (label[i] == -1) {
                label[i] = next++;
            } else {
                if (remap[label[i]] < 0) {
                    remap[label[i]] = next++;
                }
                label[i] = remap[label[i]];
            }
        }
        return label;
    }

    private static int[] neighbours(double[] x, double[] y, double[] rr, int n, int p) {
        return IntStream.range(0, n).filter(q -> {
            double ex = x[q] - x[p];
            double ey = y[q] - y[p];
            double er = rr[q] - rr[p];
            return (ex * ex + ey * ey) / (EPS_POS_M * EPS_POS_M) + er * er / (EPS_RR_MPS * EPS_RR_MPS) <= 1.0;
        }).toArray();
    }

    private static int max(int[] a) {
        int m = -1;
        for (int v : a) {
            m = Math.max(m, v);
        }
        return m;
    }
}
