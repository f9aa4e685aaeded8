package io.avstack.perception.radar;

/**
 * In-place heap sort of an index array by a comparator over the caller's primitive arrays:
 * O(n log n), no allocation and no boxing (unlike {@code Arrays.sort} on {@code Integer[]}).
 * Not stable; callers break ties on every field so the order is total and input-order independent.
 */
final class IndexSort {

    /** Compares two indices; the comparator is allocated once by its owner and reused. */
    @FunctionalInterface
    interface IndexComparator {
        int compare(int a, int b);
    }

    private IndexSort() {
    }

    /** Sorts {@code idx[0..n)} ascending by {@code cmp}. */
    static void sort(int[] idx, int n, IndexComparator cmp) {
        for (int start = n / 2 - 1; start >= 0; start--) {
            siftDown(idx, start, n, cmp);
        }
        for (int end = n - 1; end > 0; end--) {
            int t = idx[0];
            idx[0] = idx[end];
            idx[end] = t;
            siftDown(idx, 0, end, cmp);
        }
    }

    private static void siftDown(int[] idx, int root, int n, IndexComparator cmp) {
        int r = root;
        while (true) {
            int child = 2 * r + 1;
            if (child >= n) {
                return;
            }
            if (child + 1 < n && cmp.compare(idx[child + 1], idx[child]) > 0) {
                child++;
            }
            if (cmp.compare(idx[child], idx[r]) <= 0) {
                return;
            }
            int t = idx[r];
            idx[r] = idx[child];
            idx[child] = t;
            r = child;
        }
    }
}
