package io.avstack.drivers.radar;

import io.avstack.core.bus.Bus;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.RadarDetection;
import io.avstack.core.msg.RadarScan;
import io.avstack.drivers.can.CanFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The ARS408-21 driver node: object-list CAN frames in, one {@link RadarScan} per measurement cycle
 * out. A cycle starts with Object_0_Status (its frame time stamps the scan) and ends when the
 * announced number of Object_1_General messages has arrived (or at the next status, then marked
 * invalid). Each object becomes a detection at its position's range and azimuth, with the radial
 * component of its relative velocity as range rate. Bad frames are dropped and counted by reason;
 * nothing in a frame can make it throw. One owning thread.
 */
public final class Ars408Driver {

    private final Bus bus;
    private final String topic;
    private final String frameId;
    private final int idOffset;
    private final List<RadarDetection> detections = new ArrayList<>();
    private final AtomicLongArray byOutcome = new AtomicLongArray(RadarRejection.values().length);
    private boolean inCycle;
    private int announced;
    private long cycleStampNs;
    private long seq;
    private volatile long scansPublished;

    /** @param sensorId the radar's configured sensor id 0..7 (shifts message ids by 0x10 each) */
    public Ars408Driver(Bus bus, String topic, String frameId, int sensorId) {
        if (sensorId < 0 || sensorId > Ars408.MAX_SENSOR_ID) {
            throw new IllegalArgumentException("sensorId must be 0..7, was " + sensorId);
        }
        this.bus = bus;
        this.topic = topic;
        this.frameId = frameId;
        this.idOffset = 0x10 * sensorId;
    }

    /** Handles one frame; returns why it was dropped, or {@link RadarRejection#NONE}. */
    public RadarRejection onFrame(CanFrame frame) {
        RadarRejection r = handle(frame);
        byOutcome.incrementAndGet(r.ordinal());
        return r;
    }

    private RadarRejection handle(CanFrame frame) {
        if (frame.extended()) {
            return RadarRejection.OTHER_ID;
        }
        int id = frame.id() - idOffset;
        if (id == Ars408.OBJECT_STATUS_ID) {
            Ars408.Status status = Ars408.status(frame);
            if (status == null) {
                return RadarRejection.WRONG_LENGTH;
            }
            if (inCycle) {
                byOutcome.incrementAndGet(RadarRejection.INCOMPLETE_CYCLE.ordinal());
                publish(false);
            }
            inCycle = true;
            announced = status.objectCount();
            cycleStampNs = frame.timestampNs();
            if (announced == 0) {
                publish(true);
            }
            return RadarRejection.NONE;
        }
        if (id == Ars408.OBJECT_GENERAL_ID) {
            Ars408.General g = Ars408.general(frame);
            if (g == null) {
                return RadarRejection.WRONG_LENGTH;
            }
            if (!inCycle) {
                return RadarRejection.NO_CYCLE;
            }
            detections.add(toDetection(g));
            if (detections.size() == announced) {
                publish(true);
            }
            return RadarRejection.NONE;
        }
        if (id == Ars408.OBJECT_QUALITY_ID || id == Ars408.OBJECT_EXTENDED_ID) {
            return (id == Ars408.OBJECT_QUALITY_ID ? Ars408.quality(frame) : Ars408.extended(frame)) == null
                    ? RadarRejection.WRONG_LENGTH : RadarRejection.NONE; // decoded; not part of RadarScan yet
        }
        return RadarRejection.OTHER_ID;
    }

    /** End of input: publishes an unfinished cycle, marked invalid. */
    public void finish() {
        if (inCycle) {
            byOutcome.incrementAndGet(RadarRejection.INCOMPLETE_CYCLE.ordinal());
            publish(false);
        }
    }

    public long framesAccepted() {
        return byOutcome.get(RadarRejection.NONE.ordinal());
    }

    public long count(RadarRejection reason) {
        return byOutcome.get(reason.ordinal());
    }

    public long scansPublished() {
        return scansPublished;
    }

    static RadarDetection toDetection(Ars408.General g) {
        double x = g.distLongM();
        double y = g.distLatM();
        double range = Math.hypot(x, y);
        double rangeRate = range > 0 ? (x * g.vrelLongMps() + y * g.vrelLatMps()) / range : g.vrelLongMps();
        return new RadarDetection(range, Math.atan2(y, x), 0.0, rangeRate, g.rcsDbsm());
    }

    private void publish(boolean complete) {
        bus.publish(topic, new RadarScan(new Header(frameId, seq++, cycleStampNs, complete), List.copyOf(detections)));
        scansPublished++;
        detections.clear();
        inCycle = false;
    }
}
