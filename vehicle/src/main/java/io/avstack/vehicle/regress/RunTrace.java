package io.avstack.vehicle.regress;

import io.avstack.sim.run.MetricsTrace;
import java.util.Arrays;

/**
 * The time series a regression report plots (speed, gap against the RSS safe distance, TTC),
 * decimated to a fixed period so a 60 s run keeps a few hundred points.
 */
public final class RunTrace implements MetricsTrace {

    /** Columns of {@link #row}. */
    public static final int TIME = 0, SPEED = 1, ACCEL = 2, GAP = 3, RSS = 4, TTC = 5, COLUMNS = 6;

    private final double periodS;
    private double nextS;
    private double[] data = new double[64 * COLUMNS];
    private int rows;

    /** @param periodS sampling period of the kept series, s (> 0) */
    public RunTrace(double periodS) {
        if (!(periodS > 0)) {
            throw new IllegalArgumentException("periodS must be > 0, was " + periodS);
        }
        this.periodS = periodS;
    }

    @Override
    public void onSample(double timeS, double speedMps, double accelMps2, double gapM, double rssSafeDistanceM,
            double ttcS) {
        if (timeS + 1e-9 < nextS) {
            return;
        }
        nextS = timeS + periodS;
        if ((rows + 1) * COLUMNS > data.length) {
            data = Arrays.copyOf(data, data.length * 2);
        }
        int o = rows * COLUMNS;
        data[o + TIME] = timeS;
        data[o + SPEED] = speedMps;
        data[o + ACCEL] = accelMps2;
        data[o + GAP] = gapM;
        data[o + RSS] = rssSafeDistanceM;
        data[o + TTC] = ttcS;
        rows++;
    }

    public int rows() {
        return rows;
    }

    /** Value of {@code column} in row {@code i}. */
    public double row(int i, int column) {
        if (i < 0 || i >= rows) {
            throw new IndexOutOfBoundsException("row " + i + " of " + rows);
        }
        return data[i * COLUMNS + column];
    }
}
