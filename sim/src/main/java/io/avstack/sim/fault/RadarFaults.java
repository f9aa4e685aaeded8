package io.avstack.sim.fault;

import io.avstack.core.msg.RadarDetection;
import io.avstack.core.msg.RadarScan;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Radar faults; each returns a new scan. */
final class RadarFaults {

    /** Ghost range rates are drawn from [-GHOST_MAX_RANGE_RATE_MPS, +GHOST_MAX_RANGE_RATE_MPS]. */
    static final double GHOST_MAX_RANGE_RATE_MPS = 30.0;
    /** Ghost radar cross sections are drawn from [GHOST_MIN_RCS_DBSM, GHOST_MAX_RCS_DBSM]. */
    static final double GHOST_MIN_RCS_DBSM = -10.0;
    static final double GHOST_MAX_RCS_DBSM = 10.0;
    /** Ghosts are never closer than this, m (a real radar's minimum range). */
    static final double GHOST_MIN_RANGE_M = 1.0;

    private RadarFaults() {
    }

    /** Extra Gaussian noise on range (kept >= 0), azimuth and range rate of every detection. */
    static RadarScan noise(RadarScan scan, double rangeSigmaM, double azimuthSigmaRad,
                           double rangeRateSigmaMps, RandomGenerator rng) {
        List<RadarDetection> in = scan.detections();
        List<RadarDetection> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            RadarDetection d = in.get(i);
            out.add(new RadarDetection(
                    Math.max(0.0, d.rangeM() + rng.nextGaussian() * rangeSigmaM),
                    d.azimuthRad() + rng.nextGaussian() * azimuthSigmaRad,
                    d.elevationRad(),
                    d.rangeRateMps() + rng.nextGaussian() * rangeRateSigmaMps,
                    d.rcsDbsm()));
        }
        return new RadarScan(scan.header(), out);
    }

    /**
     * The scan plus a Poisson({@code meanGhosts}) number of ghost detections, uniform in range
     * [1 m, maxRangeM] and azimuth within +-fovRad/2, appended after the real ones.
     */
    static RadarScan ghosts(RadarScan scan, double meanGhosts, double fovRad, double maxRangeM,
                            RandomGenerator rng) {
        int count = poisson(meanGhosts, rng);
        if (count == 0) {
            return scan;
        }
        List<RadarDetection> out = new ArrayList<>(scan.detections().size() + count);
        out.addAll(scan.detections());
        double minRangeM = Math.min(GHOST_MIN_RANGE_M, maxRangeM);
        for (int i = 0; i < count; i++) {
            out.add(new RadarDetection(
                    rng.nextDouble(minRangeM, Math.nextUp(maxRangeM)),
                    (rng.nextDouble() - 0.5) * fovRad,
                    0.0,
                    rng.nextDouble(-GHOST_MAX_RANGE_RATE_MPS, GHOST_MAX_RANGE_RATE_MPS),
                    rng.nextDouble(GHOST_MIN_RCS_DBSM, GHOST_MAX_RCS_DBSM)));
        }
        return new RadarScan(scan.header(), out);
    }

    /**
     * Poisson sample: Knuth's product method for small means, a rounded normal approximation
     * above 30 where exp(-mean) loses precision and the loop gets long.
     */
    static int poisson(double mean, RandomGenerator rng) {
        if (mean > 30) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * rng.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = rng.nextDouble();
        int k = 0;
        while (product > limit) {
            k++;
            product *= rng.nextDouble();
        }
        return k;
    }
}
