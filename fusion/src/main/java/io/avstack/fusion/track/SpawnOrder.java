package io.avstack.fusion.track;

/**
 * The order in which a frame's unassigned measurements may start tracks: nearest to the sensor
 * first. A surface sensor's nearest detection of an object is its near side, and the track it starts
 * (half its class's box behind it) covers the object's farther detections, which then start nothing.
 * In list order a truck's far corners, 10 m beyond its near side, started a second truck track first
 * (highway-cruise, oncoming-traffic: two radar tracks per truck, 10 m apart, for seconds).
 * Allocation-free once grown; one thread.
 */
final class SpawnOrder {

    private int[] order = new int[16];
    private double[] rangeM = new double[16];

    /** The batch's measurement indices, nearest to the sensor first (valid until the next call). */
    int[] of(MeasurementBatch batch) {
        int n = batch.size();
        if (order.length < n) {
            order = new int[Math.max(n, 2 * order.length)];
            rangeM = new double[order.length];
        }
        for (int j = 0; j < n; j++) {
            Measurement m = batch.get(j);
            double r = Math.hypot(m.z[0] - batch.sensorXM, m.z[1] - batch.sensorYM);
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
