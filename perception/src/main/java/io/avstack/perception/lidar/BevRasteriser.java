package io.avstack.perception.lidar;

import io.avstack.core.geom.Extrinsics;
import io.avstack.core.msg.LidarScan;
import java.util.Arrays;

/**
 * Rasterises a lidar sweep into the network's bird's-eye-view input: {@link #CHANNELS} planes of
 * {@code rows x cols} floats, each in [0, 1]:
 * <ol start="0">
 *   <li>highest point of the cell, (z - zMin) / (zMax - zMin)</li>
 *   <li>lowest point, same scale (with 0 the cell's shape: flat ground, overhang, wall)</li>
 *   <li>point density, ln(1 + n) / ln(1 + {@link #DENSITY_SATURATION}), capped at 1</li>
 *   <li>mean intensity</li>
 * </ol>
 * Empty cells are 0 in every channel. Points are moved from the sensor frame to the vehicle frame
 * with the mount given at construction. Non-finite points are skipped and counted.
 *
 * <p>Allocation-free per scan: the grid and the per-cell counters are allocated once; the grid is
 * overwritten by every call. Not thread-safe (one per thread).
 */
public final class BevRasteriser {

    public static final int CHANNELS = 4;
    /** Points per cell at which the density channel reaches 1. */
    public static final int DENSITY_SATURATION = 32;

    private final BevGrid grid;
    private final int rows;
    private final int cols;
    private final int plane;
    private final float[] out;
    private final int[] counts;
    private final float invCell;
    private final float xMin;
    private final float yMin;
    private final float zMin;
    private final float zMax;
    private final float zScale;
    private final float densityScale;
    private final SensorToVehicle toVehicle;
    private int lastNonFinite;

    /**
     * @param sensorMount pose of the lidar in the vehicle frame ({@link Extrinsics#IDENTITY} for
     *                    points already in the vehicle frame)
     */
    public BevRasteriser(BevGrid grid, Extrinsics sensorMount) {
        this.grid = grid;
        this.rows = grid.rows();
        this.cols = grid.cols();
        this.plane = rows * cols;
        this.out = new float[CHANNELS * plane];
        this.counts = new int[plane];
        this.invCell = (float) (1 / grid.cellM());
        this.xMin = (float) grid.xMinM();
        this.yMin = (float) grid.yMinM();
        this.zMin = (float) grid.zMinM();
        this.zMax = (float) grid.zMaxM();
        this.zScale = (float) (1 / (grid.zMaxM() - grid.zMinM()));
        this.densityScale = (float) (1 / Math.log1p(DENSITY_SATURATION));
        this.toVehicle = new SensorToVehicle(sensorMount);
    }

    public BevGrid gridSpec() {
        return grid;
    }

    /** The raster of the last call: {@code CHANNELS x rows x cols}, row-major. Overwritten by the next call. */
    public float[] raster() {
        return out;
    }

    /** Non-finite points skipped by the last call. */
    public int lastNonFinitePoints() {
        return lastNonFinite;
    }

    /** Rasterises a scan (points in the sensor frame); returns the number of points that landed in the grid. */
    public int rasterise(LidarScan scan) {
        return rasterise(scan.xyzi(), scan.pointCount());
    }

    /**
     * Rasterises the first {@code points} points of {@code xyzi} (x, y, z in the sensor frame,
     * intensity; 4 floats each); returns the number that landed in the grid.
     */
    public int rasterise(float[] xyzi, int points) {
        Arrays.fill(out, 0f);
        Arrays.fill(counts, 0);
        int nonFinite = 0;
        int used = 0;
        int maxZ = 0;
        int minZ = plane;
        int inten = 3 * plane;
        for (int p = 0, i = 0; p < points; p++, i += LidarScan.FLOATS_PER_POINT) {
            float sx = xyzi[i];
            float sy = xyzi[i + 1];
            float sz = xyzi[i + 2];
            float in = xyzi[i + 3];
            if (!Float.isFinite(sx) || !Float.isFinite(sy) || !Float.isFinite(sz) || !Float.isFinite(in)) {
                nonFinite++;
                continue;
            }
            float x = toVehicle.x(sx, sy, sz);
            float y = toVehicle.y(sx, sy, sz);
            float z = toVehicle.z(sx, sy, sz);
            if (z < zMin || z > zMax) {
                continue;
            }
            float fr = (x - xMin) * invCell;
            float fc = (y - yMin) * invCell;
            // compare before the cast: (int) truncates towards 0, so -0.5 would land in row 0
            if (!(fr >= 0 && fr < rows && fc >= 0 && fc < cols)) {
                continue;
            }
            int cell = (int) fr * cols + (int) fc;
            float zn = (z - zMin) * zScale;
            if (counts[cell] == 0) {
                out[maxZ + cell] = zn;
                out[minZ + cell] = zn;
            } else {
                out[maxZ + cell] = Math.max(out[maxZ + cell], zn);
                out[minZ + cell] = Math.min(out[minZ + cell], zn);
            }
            out[inten + cell] += Math.min(1f, Math.max(0f, in));
            counts[cell]++;
            used++;
        }
        int density = 2 * plane;
        for (int cell = 0; cell < plane; cell++) {
            int n = counts[cell];
            if (n > 0) {
                out[density + cell] = Math.min(1f, (float) Math.log1p(n) * densityScale);
                out[inten + cell] /= n;
            }
        }
        lastNonFinite = nonFinite;
        return used;
    }
}
