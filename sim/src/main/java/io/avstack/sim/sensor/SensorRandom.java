package io.avstack.sim.sensor;

/**
 * The sensor models' cheap, seeded random source: a SplitMix64 generator plus a table of Gaussian
 * quantiles, so a Gaussian sample costs one 64-bit mix and one array read (a lidar scan draws
 * ~100k of them). Not thread-safe; one per sensor model.
 *
 * <p>Each message reseeds it from {@code (sensorSeed, stampNs)}, so a scan is a pure function of the
 * scene and the seed: replaying one tick, or skipping ticks, gives the same bytes.
 *
 * <p>Gaussian samples are the {@value #GAUSS_TABLE_SIZE} mid-point quantiles of N(0, 1), so they are
 * truncated at about +-4.0 sigma; a sensor-noise model does not need the far tails.
 */
public final class SensorRandom {

    static final int GAUSS_TABLE_SIZE = 1 << 14;
    private static final int GAUSS_SHIFT = 64 - 14;
    private static final double[] GAUSS = gaussTable();

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private long state;

    /** A generator at {@code seed}. */
    public SensorRandom(long seed) {
        state = seed;
    }

    /**
     * A sensor's seed from the run seed and its id, so sensors of one run draw independent noise and
     * adding a sensor does not change another's noise.
     */
    public static long sensorSeed(long runSeed, String sensorId) {
        // String.hashCode is specified, so this is stable across JVMs
        return mix(runSeed ^ mix(sensorId.hashCode() * 0x9E3779B97F4A7C15L));
    }

    /** Restarts the sequence for one message stamped {@code stampNs}. */
    public void reseed(long sensorSeed, long stampNs) {
        state = streamKey(sensorSeed, stampNs);
    }

    /**
     * The key of one message's counter-based stream (see {@link #counterBits}): the same value
     * {@link #reseed} starts from.
     */
    public static long streamKey(long sensorSeed, long stampNs) {
        return mix(sensorSeed + mix(stampNs));
    }

    /**
     * Draw number {@code index} of the stream {@code key}: the same bits {@link #nextLong()} returns
     * on its {@code index + 1}-th call after {@code reseed}, but without state, so a hot loop can
     * draw by index with nothing to load or store.
     */
    public static long counterBits(long key, long index) {
        return mix(key + (index + 1) * GOLDEN);
    }

    /** Uniform 64 bits (SplitMix64). */
    public long nextLong() {
        state += GOLDEN;
        return mix(state);
    }

    /** Uniform in [0, 1). */
    public double nextUnit() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [lo, hi). */
    public double nextUniform(double lo, double hi) {
        return lo + (hi - lo) * nextUnit();
    }

    /** A standard normal sample (table quantile). */
    public double nextGaussian() {
        return GAUSS[(int) (nextLong() >>> GAUSS_SHIFT)];
    }

    /**
     * The standard normal quantile picked by the top bits of {@code bits} (a value from
     * {@link #nextLong()}), so one draw can serve a Gaussian and, from its low 32 bits, a
     * {@link #lowBitsBelow} test.
     */
    public static double gaussianFromBits(long bits) {
        return GAUSS[(int) (bits >>> GAUSS_SHIFT)];
    }

    /** The 32-bit threshold for which {@link #lowBitsBelow} is true with probability {@code p}. */
    public static long lowBitsThreshold(double p) {
        return Math.round(Math.clamp(p, 0.0, 1.0) * 0x1.0p32);
    }

    /** Whether the low 32 bits of {@code bits} fall below {@code threshold} (see {@link #lowBitsThreshold}). */
    public static boolean lowBitsBelow(long bits, long threshold) {
        return (bits & 0xFFFF_FFFFL) < threshold;
    }

    /** True with probability {@code p}. */
    public boolean chance(double p) {
        return nextUnit() < p;
    }

    /**
     * A Poisson count with mean {@code mean} (Knuth's product method below 30; a rounded,
     * non-negative normal approximation above, where the two are close).
     */
    public int nextPoisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = nextUnit();
        int count = 0;
        while (product > limit) {
            count++;
            product *= nextUnit();
        }
        return count;
    }

    /** The SplitMix64 finaliser: a bijective 64-bit hash. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static double[] gaussTable() {
        double[] table = new double[GAUSS_TABLE_SIZE];
        for (int i = 0; i < GAUSS_TABLE_SIZE; i++) {
            table[i] = inverseNormalCdf((i + 0.5) / GAUSS_TABLE_SIZE);
        }
        return table;
    }

    /** Acklam's rational approximation of the standard normal quantile (relative error < 1.2e-9). */
    static double inverseNormalCdf(double p) {
        final double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
            1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
        final double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
            6.680131188771972e+01, -1.328068155288572e+01};
        final double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
            -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
        final double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
            3.754408661907416e+00};
        double low = 0.02425;
        if (p < low) {
            double q = Math.sqrt(-2 * Math.log(p));
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        if (p > 1 - low) {
            return -inverseNormalCdf(1 - p);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
}
