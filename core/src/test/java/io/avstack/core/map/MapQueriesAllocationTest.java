package io.avstack.core.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The per-tick map queries a planner makes allocate nothing once warm. Asserts bytes allocated by
 * this thread (not time): one temporary object per call would be megabytes over the loop.
 */
class MapQueriesAllocationTest {

    private static final int WARM_UP_CALLS = 100_000;
    private static final int MEASURED_CALLS = 50_000;
    private static final long BOUND_BYTES = 1024;

    private final RoadMap map = RoadFiles.loadResource("world/urban-light-crosswalk.yaml");
    private final Pose2 pose = new Pose2();
    private final Frenet frenet = new Frenet();
    private final List<StopLine> stops = new ArrayList<>(8);
    private final List<Crosswalk> walks = new ArrayList<>(8);
    private final double[] samples = new double[3 * 20];

    @Test
    void projectionLaneAndLookAheadQueriesAllocateNothing() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported(), "JVM cannot count allocated bytes");
        threads.getCurrentThreadAllocatedBytes(); // the first call may initialise the counter

        double checksum = run(WARM_UP_CALLS);
        long before = threads.getCurrentThreadAllocatedBytes();
        checksum += run(MEASURED_CALLS);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(checksum).isFinite(); // keeps the work observable
        assertThat(allocated).as("bytes allocated by %d rounds of map queries", MEASURED_CALLS).isLessThan(BOUND_BYTES);
    }

    private double run(int calls) {
        double sum = 0;
        for (int i = 0; i < calls; i++) {
            double s = (i % 4000) * 0.1;
            map.pointAt(s, -1.6, pose);
            map.project(pose.x + 0.1, pose.y, frenet);
            sum += frenet.sM + frenet.dM + map.laneAt(pose.x, pose.y, frenet);
            map.laneCentreAt(-2, s, pose);
            sum += pose.headingRad + map.curvatureAt(s) + map.speedLimitAt(s);
            sum += map.maxAbsCurvatureAhead(s, 80, TravelDirection.FORWARD);
            sum += map.minSpeedLimitAhead(s, 80, TravelDirection.FORWARD);
            map.stopLinesAhead(s, 100, TravelDirection.FORWARD, stops);
            map.crosswalksAhead(s, 100, TravelDirection.FORWARD, walks);
            sum += stops.size() + walks.size();
            sum += map.sampleLaneCentre(-1, s, 2.0, 20, samples);
            sum += map.lightState("main-north", i * 10_000_000L).ordinal();
            map.laneBoundaryAt(1, LaneSide.LEFT, s, pose);
            sum += pose.x;
        }
        return sum;
    }
}
