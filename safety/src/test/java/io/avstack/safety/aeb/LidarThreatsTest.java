package io.avstack.safety.aeb;

import static io.avstack.safety.Fixtures.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.geom.Extrinsics;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.LidarScan;
import io.avstack.safety.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LidarThreatsTest {

    private static final Extrinsics MOUNT = new Extrinsics(1.4, 0, 1.95, 0, 0, 0);
    private final Aeb aeb = new Aeb(CONFIG.aeb(), CONFIG.vehicle());
    private final LidarThreats threats = new LidarThreats(aeb, CONFIG.aeb(), CONFIG.vehicle(), MOUNT);
    private final AebThreat out = new AebThreat();
    private final double front = CONFIG.vehicle().frontM();

    /** A scan at {@code stampMs} with a 1.6 m wide, 0.4-1.6 m high face {@code gapM} ahead of the bumper (NaN: none), at lateral {@code yM}. */
    private LidarScan scan(long stampMs, double gapM, double yM, boolean withGroundAndStray) {
        List<float[]> points = new ArrayList<>();
        if (withGroundAndStray) {
            for (double x = 5; x < 30; x += 0.5) {
                points.add(point(x, 0, 0.0)); // the road
            }
            points.add(point(front + 3, 0, 1.0)); // one stray return: no obstacle
            points.add(point(front + 4, 5.0, 1.0)); // beside the corridor
        }
        if (!Double.isNaN(gapM)) {
            for (double y = -0.8; y <= 0.8; y += 0.2) {
                for (double z = 0.4; z <= 1.6; z += 0.3) {
                    points.add(point(front + gapM, yM + y, z));
                }
            }
        }
        float[] xyzi = new float[points.size() * 4];
        for (int i = 0; i < points.size(); i++) {
            System.arraycopy(points.get(i), 0, xyzi, 4 * i, 4);
        }
        return new LidarScan(Header.of("lidar_top", stampMs, stampMs * Fixtures.MS), xyzi, new int[points.size()]);
    }

    /** A point at vehicle-frame (x, y, z) expressed in the lidar's frame. */
    private static float[] point(double x, double y, double z) {
        return new float[] {(float) (x - MOUNT.xM()), (float) (y - MOUNT.yM()), (float) (z - MOUNT.zM()), 0.5f};
    }

    @Test
    void theNearestObstacleInTheCorridorIsFoundAboveTheGroundIgnoringStrayReturns() {
        EgoState ego = Fixtures.ego(0, 0, 10);
        assertThat(threats.nearestGapM(scan(0, 12.0, 0, true), ego)).isCloseTo(12.0, within(LidarThreats.BIN_M));
        assertThat(threats.nearestGapM(scan(0, Double.NaN, 0, true), ego)).isNaN();
        assertThat(threats.nearestGapM(scan(0, 12.0, 3.5, true), ego)).isNaN(); // in the next lane
    }

    @Test
    void theClosingSpeedComesFromTwoScansAndTheThreatIsStaged() {
        EgoState ego = Fixtures.ego(0, 0, 10);
        threats.find(scan(0, 10.0, 0, true), ego, out);
        assertThat(out.present).isFalse(); // one scan: no speed yet
        threats.find(scan(100, 9.0, 0, true), ego, out);
        assertThat(out.present).isTrue();
        assertThat(out.closingSpeedMps).isCloseTo(10.0, within(2 * LidarThreats.BIN_M / 0.1));
        assertThat(out.stage).isEqualTo(AebStage.BRAKE); // 9 m at 10 m/s: TTC 0.9 s
        assertThat(out.label()).isEqualTo("lidar obstacle");
    }

    @Test
    void anObstacleKeepingItsDistanceIsNoThreatAndOldScansGiveNoSpeed() {
        EgoState ego = Fixtures.ego(0, 0, 10);
        threats.find(scan(0, 10.0, 0, false), ego, out);
        threats.find(scan(100, 10.0, 0, false), ego, out);
        assertThat(out.present).isFalse(); // a lead driving at the ego's speed
        threats.find(scan(1000, 5.0, 0, false), ego, out);
        assertThat(out.present).isFalse(); // 0.9 s since the last scan: no closing speed from it
    }

    @Test
    void aOneScanJumpOfTheNearestPointIsNotTakenForClosingSpeed() {
        EgoState ego = Fixtures.ego(0, 0, 10);
        threats.find(scan(0, 12.0, 0, false), ego, out);
        threats.find(scan(100, 11.5, 0, false), ego, out); // closing 5 m/s
        threats.find(scan(200, 10.0, 0, false), ego, out); // a corner entering the corridor: 15 m/s for one scan
        assertThat(out.closingSpeedMps).isCloseTo(5.0, within(2 * LidarThreats.BIN_M / 0.1));
        threats.find(scan(300, 8.5, 0, false), ego, out); // closing 15 m/s on two scans in a row: real
        assertThat(out.closingSpeedMps).isCloseTo(15.0, within(2 * LidarThreats.BIN_M / 0.1));
    }
}
