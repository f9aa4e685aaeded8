package io.avstack.perception.lidar;

/**
 * The bird's-eye-view grid in the vehicle frame (x forward, y left, z up, origin at the rear axle
 * on the ground). Row {@code r} covers x in {@code [xMinM + r * cellM, xMinM + (r + 1) * cellM)},
 * column {@code c} covers y in {@code [yMinM + c * cellM, ...)}; points with z outside
 * {@code [zMinM, zMaxM]} are left out (overhangs and the road below a dip).
 *
 * @param xMinM  rear edge, m
 * @param xMaxM  front edge, m
 * @param yMinM  right edge, m
 * @param yMaxM  left edge, m
 * @param cellM  cell side, m; the extents must be whole multiples of {@link #CELL_MULTIPLE} cells
 * @param zMinM  lowest height kept, m
 * @param zMaxM  highest height kept, m
 */
public record BevGrid(double xMinM, double xMaxM, double yMinM, double yMaxM, double cellM, double zMinM,
                      double zMaxM) {

    /** Rows and columns must be multiples of this (the network halves the grid, with margin). */
    public static final int CELL_MULTIPLE = 4;

    public BevGrid {
        if (!(cellM > 0) || !(xMaxM > xMinM) || !(yMaxM > yMinM) || !(zMaxM > zMinM)) {
            throw new IllegalArgumentException("BevGrid needs cellM > 0 and max > min on x, y and z, was x ["
                    + xMinM + ", " + xMaxM + "), y [" + yMinM + ", " + yMaxM + "), z [" + zMinM + ", " + zMaxM
                    + "], cell " + cellM);
        }
        requireWholeCells("x", xMaxM - xMinM, cellM);
        requireWholeCells("y", yMaxM - yMinM, cellM);
    }

    /**
     * 64 m x 51.2 m at 0.4 m: 12.8 m behind to 51.2 m ahead of the rear axle, 25.6 m either side;
     * heights -0.5..4.5 m. 160 x 128 cells.
     */
    public static BevGrid defaults() {
        return new BevGrid(-12.8, 51.2, -25.6, 25.6, 0.4, -0.5, 4.5);
    }

    public int rows() {
        return (int) Math.round((xMaxM - xMinM) / cellM);
    }

    public int cols() {
        return (int) Math.round((yMaxM - yMinM) / cellM);
    }

    public int cells() {
        return rows() * cols();
    }

    /** True when (x, y) lies inside the grid's footprint. */
    public boolean contains(double xM, double yM) {
        return xM >= xMinM && xM < xMaxM && yM >= yMinM && yM < yMaxM;
    }

    private static void requireWholeCells(String axis, double extentM, double cellM) {
        double cells = extentM / cellM;
        long n = Math.round(cells);
        if (Math.abs(cells - n) > 1e-6 || n % CELL_MULTIPLE != 0) {
            throw new IllegalArgumentException("BevGrid " + axis + " extent " + extentM + " m must be a whole multiple of "
                    + CELL_MULTIPLE + " cells of " + cellM + " m, is " + cells + " cells");
        }
    }
}
