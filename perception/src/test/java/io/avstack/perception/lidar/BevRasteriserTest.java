package io.avstack.perception.lidar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.geom.Extrinsics;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.LidarScan;
import org.junit.jupiter.api.Test;

class BevRasteriserTest {

    /** x 0..4 m, y -2..2 m, 1 m cells (4 x 4), z -1..4 m (scale 1/5). */
    private final BevGrid grid = new BevGrid(0, 4, -2, 2, 1, -1, 4);
    private final int plane = 16;

    private static LidarScan scan(float... xyzi) {
        return new LidarScan(Header.of("lidar_top", 0, 0), xyzi, new int[xyzi.length / 4]);
    }

    private float at(float[] r, int channel, int row, int col) {
        return r[channel * plane + row * 4 + col];
    }

    @Test
    void knownPointsLandInKnownCellsWithKnownValues() {
        BevRasteriser r = new BevRasteriser(grid, Extrinsics.IDENTITY);
        int used = r.rasterise(scan(
                0.5f, -1.5f, 0.0f, 0.2f,   // row 0, col 0
                2.2f, 0.7f, 1.5f, 0.4f,    // row 2, col 2
                2.9f, 0.1f, 0.5f, 0.8f,    // row 2, col 2 again
                9.0f, 0.0f, 0.0f, 1.0f,    // beyond x: dropped
                1.0f, 1.0f, 6.0f, 1.0f));  // above zMax: dropped
        assertThat(used).isEqualTo(3);
        float[] g = r.raster();
        assertThat(at(g, 0, 0, 0)).isCloseTo(0.2f, within(1e-6f));   // (0 - -1) / 5
        assertThat(at(g, 1, 0, 0)).isCloseTo(0.2f, within(1e-6f));
        assertThat(at(g, 2, 0, 0)).isCloseTo((float) (Math.log(2) / Math.log(33)), within(1e-6f));
        assertThat(at(g, 3, 0, 0)).isCloseTo(0.2f, within(1e-6f));
        assertThat(at(g, 0, 2, 2)).isCloseTo(0.5f, within(1e-6f));   // max z 1.5
        assertThat(at(g, 1, 2, 2)).isCloseTo(0.3f, within(1e-6f));   // min z 0.5
        assertThat(at(g, 2, 2, 2)).isCloseTo((float) (Math.log(3) / Math.log(33)), within(1e-6f));
        assertThat(at(g, 3, 2, 2)).isCloseTo(0.6f, within(1e-6f));   // mean intensity
        double sum = 0;
        for (float v : g) {
            sum += v;
        }
        double expected = 0.2 + 0.2 + Math.log(2) / Math.log(33) + 0.2 + 0.5 + 0.3 + Math.log(3) / Math.log(33) + 0.6;
        assertThat(sum).as("every other cell is empty").isCloseTo(expected, within(1e-5));
    }

    @Test
    void theMountMovesSensorPointsIntoTheVehicleFrame() {
        // lidar 1 m forward, 2 m up, turned to look left: a point 1 m ahead of it is at (1, 1, 2)
        BevRasteriser r = new BevRasteriser(grid, new Extrinsics(1, 0, 2, 0, 0, Math.PI / 2));
        assertThat(r.rasterise(scan(1f, 0f, -1.5f, 0.5f))).isEqualTo(1);
        // vehicle (1, 1, 0.5): row 1, col 3, z (0.5 + 1) / 5
        assertThat(at(r.raster(), 0, 1, 3)).isCloseTo(0.3f, within(1e-6f));
    }

    @Test
    void nonFinitePointsAreSkippedAndCountedAndTheGridIsClearedEachCall() {
        BevRasteriser r = new BevRasteriser(grid, Extrinsics.IDENTITY);
        r.rasterise(scan(0.5f, -1.5f, 0f, 1f));
        int used = r.rasterise(scan(Float.NaN, 0f, 0f, 0f, 1f, Float.POSITIVE_INFINITY, 0f, 0f, 3.5f, 1.5f, 0f, 0f));
        assertThat(used).isEqualTo(1);
        assertThat(r.lastNonFinitePoints()).isEqualTo(2);
        assertThat(at(r.raster(), 2, 0, 0)).as("previous scan's cell").isZero();
        assertThat(at(r.raster(), 2, 3, 3)).isPositive();
    }

    @Test
    void pointsJustOutsideTheNegativeEdgesAreDropped() {
        BevRasteriser r = new BevRasteriser(grid, Extrinsics.IDENTITY);
        assertThat(r.rasterise(scan(-0.5f, 0f, 0f, 0f, 1f, -2.3f, 0f, 0f))).isZero();
    }
}
