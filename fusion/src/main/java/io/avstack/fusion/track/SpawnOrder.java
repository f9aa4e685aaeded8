package io.avstack.fusion.track;

/**
 * The order in which a frame's unassigned measurements may start tracks: nearest to the sensor
 * first. A surface sensor's nearest detection of an object is its near side, and the track it starts
 * (half its class's box behind it) covers the object's farther detections, which then start nothing.
 * In list order a truck's far corners, 10 m beyond its near side, started a second truck track first
 * (highway-cruise, oncoming-traffic: two radar tracks per truck, 10 m apart, for seconds).
 * Weak detections (below {@code minScore}) come after all confident ones: a weak box of an object
 * that also has a confident one would start the track that swallows it.
 * Allocation-free once grown; one thread.
 */
final class SpawnOrder {

    /** Added to a weak detection's range: beyond every confident one, m. */
    private static final double WEAK_AFTER_M = 1e6;

    private int[] order = new int[16];
    private double[] rangeM = new double[16];

    /** The batch's measurement indices, confident ones nearest first, then weak ones (valid until the next call). */
    int[] of(MeasurementBatch batch) {
        int n = batch.size();
        if (order.length < n) {
            order = new int[Math.max(n, 2 * order.length)];
            rangeM = new double[order.length];
        }
        for (int j = 0; j < n; j++) {
            Measurement m = batch.get(j);
            double r = Math.hypot(m.z[0] - batch.sensorXM, m.z[1] - batch.sensorYM) + (m.weak ? WEAK_AFTER_M : 0);
            int k = j;
            while (k > 0 && rangeM[k - 1] > r) { // insertion sort: a frame holds a few dozen at most
                order[k] = order[k - 1];
                rangeM[k] = rangeM[k - 1];
                k--;
            }
            order[k] = j;
            rangeM[k] = r;
        }
        return order;
    }
}
