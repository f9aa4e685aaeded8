package io.avstack.fusion.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.avstack.core.msg.ObjectClass;
import io.avstack.fusion.Fixtures;
import io.avstack.fusion.config.FusionConfig;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** A steady tracking frame (no births or deaths) allocates nothing: bytes counted, not time. */
class TrackerAllocationTest {

    private static final int OBJECTS = 50;
    private static final long PERIOD_NS = 50_000_000L;

    @Test
    void steadyFramesAllocateNothing() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported(), "JVM cannot count allocated bytes");
        FusionConfig config = Fixtures.config();
        Tracker tracker = new Tracker(config);
        MeasurementBatch batch = new MeasurementBatch();
        for (int i = 0; i < 400; i++) {
            fill(batch, config, i);
            tracker.process(batch);
        }
        assertThat(tracker.tracks()).hasSize(OBJECTS);
        threads.getCurrentThreadAllocatedBytes();
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 400; i < 600; i++) {
            fill(batch, config, i);
            tracker.process(batch);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(tracker.tracks()).hasSize(OBJECTS);
        assertThat(allocated).as("bytes allocated by 200 frames of %d objects", OBJECTS).isLessThan(1024);
    }

    /** 50 cars on a 10 x 5 grid 8 m apart, all driving along x at 10 m/s. */
    private static void fill(MeasurementBatch batch, FusionConfig config, int frame) {
        batch.begin(io.avstack.core.msg.TrackedObject.SENSOR_LIDAR, frame * PERIOD_NS, config.lidar().common());
        batch.setSensorPose(0, 0, 0, 0, 0);
        for (int k = 0; k < OBJECTS; k++) {
            Measurement m = batch.add();
            m.dim = 2;
            m.cls = ObjectClass.CAR;
            m.score = 0.9;
            m.classVote = 0.9;
            m.z[0] = 10 + 8 * (k % 10) + 10.0 * frame * PERIOD_NS / 1e9;
            m.z[1] = -20 + 8 * (k / 10);
            m.r[0] = 0.01;
            m.r[3] = 0.01;
            m.hasBox = true;
            m.lengthM = 4.6;
            m.widthM = 1.85;
            m.heightM = 1.5;
        }
    }
}
