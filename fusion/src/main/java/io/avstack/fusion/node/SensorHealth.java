package io.avstack.fusion.node;

import io.avstack.core.bus.Bus;
import io.avstack.core.bus.TopicMonitor;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.msg.TrackedObject;
import io.avstack.core.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Which expected sensors are alive this cycle: the raw sensor topic is alive and valid
 * ({@link TopicMonitor}: a message within 10 periods, header valid) and its detector did not fail
 * since the previous cycle. Failures may be reported from any thread.
 */
final class SensorHealth implements AutoCloseable {

    private final TopicMonitor monitor;
    private final int expectedMask;
    private final String[] topicBySensor = new String[3];
    private final AtomicInteger failedMask = new AtomicInteger();

    /**
     * @param topics raw topic per sensor bit index (camera, lidar, radar); null where not expected
     */
    SensorHealth(Bus bus, TopicRegistry registry, Clock clock, String cameraTopic, String lidarTopic,
            String radarTopic) {
        topicBySensor[0] = cameraTopic;
        topicBySensor[1] = lidarTopic;
        topicBySensor[2] = radarTopic;
        int mask = 0;
        TopicMonitor.Builder b = TopicMonitor.builder().setBus(bus).setRegistry(registry).setClock(clock)
                .optName("fusion");
        for (int i = 0; i < 3; i++) {
            if (topicBySensor[i] != null) {
                mask |= 1 << i;
                b.addTopic(topicBySensor[i]);
            }
        }
        this.expectedMask = mask;
        this.monitor = mask == 0 ? null : b.build();
    }

    int expectedMask() {
        return expectedMask;
    }

    /** Records a detector failure of {@code sensorBit} (a {@code TrackedObject.SENSOR_*} bit). */
    void failed(int sensorBit) {
        failedMask.getAndUpdate(m -> m | sensorBit);
    }

    /** Takes this cycle's snapshot and returns the alive mask; clears the failures. */
    int update(long nowNs) {
        if (monitor == null) {
            return 0;
        }
        monitor.update(nowNs);
        int failed = failedMask.getAndSet(0);
        int alive = 0;
        for (int i = 0; i < 3; i++) {
            int bit = 1 << i;
            if (topicBySensor[i] != null && monitor.valid(topicBySensor[i]) && (failed & bit) == 0) {
                alive |= bit;
            }
        }
        return alive & TrackedObject.SENSOR_ALL;
    }

    @Override
    public void close() {
        if (monitor != null) {
            monitor.close();
        }
    }
}
