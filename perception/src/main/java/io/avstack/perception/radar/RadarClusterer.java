package io.avstack.perception.radar;

import io.avstack.core.config.ConfigValidator;
import io.avstack.core.msg.RadarDetection;
import io.avstack.core.msg.RadarScan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Radar detections of one scan in, clustered objects out (the algorithm of
 * docs/RADAR-CLUSTERING.md; no bus here, {@link RadarClusterNode} adapts it):
 * <ol>
 *   <li>drop detections beyond {@code maxRangeM} or below {@code minRcsDbsm}; sort the rest by
 *       (range, azimuth, range rate, RCS, elevation) and keep the {@code maxDetections} nearest;</li>
 *   <li>DBSCAN ({@link Dbscan}) on sensor-frame (x, y) with range rate in the neighbourhood;</li>
 *   <li>per cluster: centroid, RCS-weighted range rate, minimum-area box, existence score;</li>
 *   <li>nearest first, drop multipath ghosts, clusters in a strong reflector's shadow, and weak
 *       one-detection clusters not confirmed by {@link PersistenceGate} (false alarms).</li>
 * </ol>
 * Output order is the order of each cluster's nearest detection, never the input's order, so a
 * permuted scan gives identical objects. Working arrays are reused across scans. Keeps the
 * confirmation history between scans: one instance per radar, one thread.
 */
public final class RadarClusterer {

    /** Existence of one detection is logistic((rcs - singlePointMinRcsDbsm) / this), dB. */
    static final double EXISTENCE_RCS_SCALE_DB = 5.0;

    private final RadarClusterParams params;
    private final double ghostAzimuthTolRad;
    private final double shadowMarginRad;
    private final Dbscan dbscan = new Dbscan();
    private final ClusterShape shape = new ClusterShape();
    private final PersistenceGate gate;
    private final long[] rejectedTotal = new long[ClusterRejection.values().length];
    private final int[] rejectedLast = new int[ClusterRejection.values().length];
    private final IndexSort.IndexComparator byRangeAzimuth = this::compareDetections;

    // detections accepted by the pre-filter, input order
    private double[] inRange = new double[0];
    private double[] inAz = new double[0];
    private double[] inEl = new double[0];
    private double[] inRr = new double[0];
    private double[] inRcs = new double[0];
    private int[] order = new int[0];
    // the same, sorted, in sensor-frame Cartesian form
    private double[] px = new double[0];
    private double[] py = new double[0];
    private double[] pz = new double[0];
    private double[] pRr = new double[0];
    private double[] pRcs = new double[0];
    private double[] pRange = new double[0];
    private double[] pAz = new double[0];
    private int[] members = new int[0];
    private final ClusterTable clusters = new ClusterTable();

    /** @param params validated here ({@code ConfigException} naming the key if invalid) */
    public RadarClusterer(RadarClusterParams params) {
        ConfigValidator.validate(params, "RadarClusterParams");
        this.params = params;
        this.ghostAzimuthTolRad = Math.toRadians(params.ghostAzimuthToleranceDeg());
        this.shadowMarginRad = Math.toRadians(params.shadowMarginDeg());
        this.gate = new PersistenceGate(params.confirmHits(), params.confirmWindowScans(), params.confirmGateM());
    }

    public RadarClusterParams params() {
        return params;
    }

    /** Clusters one scan into a new list (convenience; {@link #cluster(List, List)} reuses one). */
    public List<RadarObject> cluster(RadarScan scan) {
        List<RadarObject> out = new ArrayList<>();
        cluster(scan.detections(), out);
        return out;
    }

    /**
     * Clusters one scan's detections (sensor frame) and advances the confirmation history.
     *
     * @param out cleared, then filled with the kept objects, nearest first
     * @return the number of objects
     */
    public int cluster(List<RadarDetection> detections, List<RadarObject> out) {
        out.clear();
        Arrays.fill(rejectedLast, 0);
        int n = load(detections);
        int c = dbscan.run(px, py, pRr, n, params.epsPositionM(), params.epsRangeRateMps(), params.minPoints());
        groupMembers(n, c);
        gate.beginScan();
        for (int k = 0; k < c; k++) {
            measure(k);
            gate.record(clusters.x[k], clusters.y[k]);
        }
        for (int k = 0; k < c; k++) {
            ClusterRejection why = judge(k);
            clusters.kept[k] = why == null;
            if (why == null) {
                out.add(clusters.toObject(k));
            } else {
                reject(why, 1);
            }
        }
        gate.endScan();
        return out.size();
    }

    /** Everything dropped for {@code reason} since construction (or {@link #reset()}). */
    public long rejected(ClusterRejection reason) {
        return rejectedTotal[reason.ordinal()];
    }

    /** Dropped for {@code reason} in the latest scan. */
    public int rejectedLastScan(ClusterRejection reason) {
        return rejectedLast[reason.ordinal()];
    }

    /** Forgets the confirmation history and the counters (e.g. after a jump in a replayed log). */
    public void reset() {
        gate.reset();
        Arrays.fill(rejectedTotal, 0);
        Arrays.fill(rejectedLast, 0);
    }

    /** Pre-filter, sort, truncate, convert; returns how many detections are clustered. */
    private int load(List<RadarDetection> detections) {
        ensureCapacity(detections.size());
        int m = 0;
        for (int i = 0; i < detections.size(); i++) {
            RadarDetection d = detections.get(i);
            if (d.rangeM() > params.maxRangeM()) {
                reject(ClusterRejection.OUT_OF_RANGE, 1);
            } else if (d.rcsDbsm() < params.minRcsDbsm()) {
                reject(ClusterRejection.WEAK_DETECTION, 1);
            } else {
                inRange[m] = d.rangeM();
                inAz[m] = d.azimuthRad();
                inEl[m] = d.elevationRad();
                inRr[m] = d.rangeRateMps();
                inRcs[m] = d.rcsDbsm();
                order[m] = m;
                m++;
            }
        }
        IndexSort.sort(order, m, byRangeAzimuth);
        int n = Math.min(m, params.maxDetections());
        if (m > n) {
            reject(ClusterRejection.TRUNCATED, m - n);
        }
        for (int i = 0; i < n; i++) {
            int s = order[i];
            double horizontal = inRange[s] * Math.cos(inEl[s]);
            px[i] = horizontal * Math.cos(inAz[s]);
            py[i] = horizontal * Math.sin(inAz[s]);
            pz[i] = inRange[s] * Math.sin(inEl[s]);
            pRr[i] = inRr[s];
            pRcs[i] = inRcs[s];
            pRange[i] = inRange[s];
            pAz[i] = inAz[s];
        }
        return n;
    }

    /** Counting sort of point indices by cluster: members of k are members[start[k]..start[k+1]). */
    private void groupMembers(int n, int c) {
        clusters.ensureCapacity(c);
        int[] start = clusters.start;
        Arrays.fill(start, 0, c + 1, 0);
        for (int i = 0; i < n; i++) {
            start[dbscan.label(i) + 1]++;
        }
        for (int k = 0; k < c; k++) {
            start[k + 1] += start[k];
        }
        int[] fill = clusters.fill;
        System.arraycopy(start, 0, fill, 0, c);
        for (int i = 0; i < n; i++) {
            members[fill[dbscan.label(i)]++] = i; // i ascending: members stay in range order
        }
    }

    /** Centroid, weighted range rate, RCS, azimuth span, far edge, existence and box of cluster k. */
    private void measure(int k) {
        ClusterTable t = clusters;
        int from = t.start[k];
        int to = t.start[k + 1];
        int count = to - from;
        double sx = 0, sy = 0, maxRcs = Double.NEGATIVE_INFINITY;
        for (int j = from; j < to; j++) {
            sx += px[members[j]];
            sy += py[members[j]];
            maxRcs = Math.max(maxRcs, pRcs[members[j]]);
        }
        t.setCentroid(k, sx / count, sy / count);
        double sz = 0, sRcs = 0, wSum = 0, wRr = 0, missProb = 1, far = 0;
        double spanLo = 0, spanHi = 0;
        for (int j = from; j < to; j++) {
            int p = members[j];
            sz += pz[p];
            sRcs += pRcs[p];
            // linear power (m²) relative to the strongest, in (0, 1]: no overflow for absurd dBsm values
            double w = Math.pow(10.0, (pRcs[p] - maxRcs) / 10.0);
            wSum += w;
            wRr += w * pRr[p];
            missProb *= 1.0 - detectionExistence(pRcs[p]);
            // relative to the centroid's azimuth, so a span across +-pi (or raw angles beyond it) stays small
            double dAz = ClusterTable.wrapPi(pAz[p] - t.azimuthRad[k]);
            spanLo = Math.min(spanLo, dAz);
            spanHi = Math.max(spanHi, dAz);
            far = Math.max(far, pRange[p]);
        }
        t.count[k] = count;
        t.z[k] = sz / count;
        t.rcs[k] = sRcs / count;
        t.rr[k] = wRr / wSum;
        t.existence[k] = 1.0 - missProb;
        t.azLo[k] = spanLo;
        t.azHi[k] = spanHi;
        t.farM[k] = far;
        shape.fit(px, py, members, from, to);
        t.setBox(k, shape);
    }

    /** The first rule that drops cluster k (ghost, shadow, false alarm), or null to keep it. */
    private ClusterRejection judge(int k) {
        for (int s = 0; s < k; s++) {
            if (clusters.kept[s] && isGhostOf(k, s)) {
                return ClusterRejection.MULTIPATH_GHOST;
            }
        }
        for (int s = 0; s < k; s++) {
            if (clusters.kept[s] && isShadowedBy(k, s)) {
                return ClusterRejection.SHADOWED;
            }
        }
        ClusterTable t = clusters;
        if (t.count[k] == 1 && t.rcs[k] < params.singlePointMinRcsDbsm() && !gate.confirmed(t.x[k], t.y[k])) {
            return ClusterRejection.FALSE_ALARM;
        }
        return null;
    }

    /**
     * Double bounce: about twice the range and range rate of a stronger cluster, at the azimuth of
     * one of its detections (each detection can have its ghost, e.g. a car's outline corners).
     */
    private boolean isGhostOf(int g, int s) {
        ClusterTable t = clusters;
        double sourceRange = t.rangeM[s];
        return t.rcs[s] >= t.rcs[g] + params.ghostRcsMarginDb()
                && t.withinSpan(s, t.azimuthRad[g], ghostAzimuthTolRad)
                && Math.abs(t.rangeM[g] - 2 * sourceRange) <= params.ghostRangeTolerance() * 2 * sourceRange
                && Math.abs(t.rr[g] - 2 * t.rr[s]) <= params.ghostRangeRateToleranceMps();
    }

    /** Behind a strong reflector, inside its azimuth span widened by the shadow margin. */
    private boolean isShadowedBy(int k, int r) {
        ClusterTable t = clusters;
        return t.rcs[r] >= params.shadowReflectorMinRcsDbsm()
                && t.rangeM[k] >= t.farM[r] + params.shadowMinGapM()
                && t.withinSpan(r, t.azimuthRad[k], shadowMarginRad);
    }

    private double detectionExistence(double rcsDbsm) {
        return 1.0 / (1.0 + Math.exp(-(rcsDbsm - params.singlePointMinRcsDbsm()) / EXISTENCE_RCS_SCALE_DB));
    }

    private void reject(ClusterRejection reason, int count) {
        rejectedTotal[reason.ordinal()] += count;
        rejectedLast[reason.ordinal()] += count;
    }

    /** Total order on every field, so equal-range detections sort the same whatever their input order. */
    private int compareDetections(int a, int b) {
        int c = Double.compare(inRange[a], inRange[b]);
        if (c == 0) {
            c = Double.compare(inAz[a], inAz[b]);
        }
        if (c == 0) {
            c = Double.compare(inRr[a], inRr[b]);
        }
        if (c == 0) {
            c = Double.compare(inRcs[a], inRcs[b]);
        }
        return c != 0 ? c : Double.compare(inEl[a], inEl[b]);
    }

    private void ensureCapacity(int n) {
        if (inRange.length >= n) {
            return;
        }
        int cap = Math.max(n, 2 * inRange.length);
        inRange = new double[cap];
        inAz = new double[cap];
        inEl = new double[cap];
        inRr = new double[cap];
        inRcs = new double[cap];
        order = new int[cap];
        px = new double[cap];
        py = new double[cap];
        pz = new double[cap];
        pRr = new double[cap];
        pRcs = new double[cap];
        pRange = new double[cap];
        pAz = new double[cap];
        members = new int[cap];
    }
}
