package io.avstack.sim.run;

/**
 * Accumulates the per-run safety and comfort metrics from one sample per tick (docs/METRICS.md
 * defines each). Fed plain numbers so it can be tested on hand-made trajectories; the runner feeds
 * it from the {@link SimWorld}. Allocation-free per sample.
 */
public final class MetricsCollector {

    /** Speed above the limit tolerated before it counts as speeding, m/s (speedometer-like slack). */
    public static final double SPEED_TOLERANCE_MPS = 0.5;
    /** Window over which jerk is taken as the change of acceleration, s (one raw tick would be noise). */
    public static final double JERK_WINDOW_S = 0.1;

    private final RssParams rss;
    private final double dtS;
    private final double[] accelRing;
    private int samples;
    private double minGapM = Double.POSITIVE_INFINITY;
    private double minTtcS = Double.POSITIVE_INFINITY;
    private double rssViolationS;
    private double speedingS;
    private double maxDecelMps2;
    private double maxJerkMps3;
    private double progressM;
    private double lastTimeS;
    private int redLightViolations;
    private final MetricsTrace trace;

    /** @param dtS time between samples, s */
    public MetricsCollector(RssParams rss, double dtS) {
        this(rss, dtS, MetricsTrace.NONE);
    }

    /** Like {@link #MetricsCollector(RssParams, double)}, handing every sample to {@code trace} too. */
    public MetricsCollector(RssParams rss, double dtS, MetricsTrace trace) {
        if (!(dtS > 0)) {
            throw new IllegalArgumentException("dtS must be > 0, was " + dtS);
        }
        this.rss = rss;
        this.dtS = dtS;
        this.accelRing = new double[Math.max(1, (int) Math.round(JERK_WINDOW_S / dtS))];
        this.trace = java.util.Objects.requireNonNull(trace, "trace");
    }

    /**
     * One tick's sample.
     *
     * @param timeS          sim time, s
     * @param egoSpeedMps    ego speed along its lane, m/s
     * @param egoAccelMps2   ego acceleration realised over the last step, m/s²
     * @param leadGapM       bumper-to-bumper gap to the lead in the ego lane, m; +Infinity if none
     * @param leadSpeedMps   lead speed along the lane, m/s
     * @param speedLimitMps  the limit at the ego's position, m/s
     * @param progressM      distance covered along the route since the start, m
     */
    public void sample(double timeS, double egoSpeedMps, double egoAccelMps2, double leadGapM, double leadSpeedMps,
            double speedLimitMps, double progressM) {
        boolean first = samples == 0;
        lastTimeS = timeS;
        this.progressM = Math.max(this.progressM, progressM);
        double safeM = Double.NaN;
        double ttcS = Double.POSITIVE_INFINITY;
        if (Double.isFinite(leadGapM)) {
            safeM = rss.safeDistanceM(egoSpeedMps, leadSpeedMps);
            ttcS = LaneRelations.timeToCollisionS(leadGapM, egoSpeedMps - leadSpeedMps);
            minGapM = Math.min(minGapM, leadGapM);
            minTtcS = Math.min(minTtcS, ttcS);
            if (!first && leadGapM < safeM) {
                rssViolationS += dtS;
            }
        }
        trace.onSample(timeS, egoSpeedMps, egoAccelMps2, leadGapM, safeM, ttcS);
        if (!first && egoSpeedMps > speedLimitMps + SPEED_TOLERANCE_MPS) {
            speedingS += dtS;
        }
        maxDecelMps2 = Math.max(maxDecelMps2, -egoAccelMps2);
        int slot = samples % accelRing.length;
        if (samples >= accelRing.length) {
            double jerk = Math.abs(egoAccelMps2 - accelRing[slot]) / (accelRing.length * dtS);
            maxJerkMps3 = Math.max(maxJerkMps3, jerk);
        }
        accelRing[slot] = egoAccelMps2;
        samples++;
    }

    /** Counts one red light run by the ego. */
    public void redLightViolation() {
        redLightViolations++;
    }

    public double minGapM() {
        return minGapM;
    }

    public double minTtcS() {
        return minTtcS;
    }

    public double rssViolationS() {
        return rssViolationS;
    }

    public double speedLimitViolationS() {
        return speedingS;
    }

    public double maxDecelMps2() {
        return maxDecelMps2;
    }

    public double maxJerkMps3() {
        return maxJerkMps3;
    }

    public double progressM() {
        return progressM;
    }

    public double lastTimeS() {
        return lastTimeS;
    }

    public int redLightViolations() {
        return redLightViolations;
    }
}
