package io.avstack.perception.radar;

import io.avstack.core.bus.Bus;
import io.avstack.core.bus.RateLimitedLog;
import io.avstack.core.bus.SubscribeOptions;
import io.avstack.core.bus.Subscription;
import io.avstack.core.geom.Extrinsics;
import io.avstack.core.msg.Detection3D;
import io.avstack.core.msg.Detections3D;
import io.avstack.core.msg.Dimensions;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.Message;
import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.PlanarVelocity;
import io.avstack.core.msg.RadarScan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.slf4j.LoggerFactory;

/**
 * Bus adapter of {@link RadarClusterer}: each {@link RadarScan} on the scan topic becomes one
 * {@link Detections3D} on the output topic, stamped with the scan's time and inheriting its
 * validity, in the scan's frame or (with a mount) the vehicle frame. Every scan is answered, an
 * empty one with an empty list; a failure inside the clusterer is counted, logged rate-limited and
 * answered with an empty, invalid list, so the node never throws out of its handler nor goes
 * silent. Class rule: {@link ObjectClass#CAR} when the mean RCS is at least {@code carMinRcsDbsm}
 * and the box's longer side is within [{@code carMinExtentM}, {@code carMaxExtentM}], else
 * {@link ObjectClass#UNKNOWN}. Handled on the subscription's one delivery thread.
 */
public final class RadarClusterNode implements AutoCloseable {

    private final Bus bus;
    private final String outTopic;
    private final RadarClusterer clusterer;
    private final RadarClusterParams params;
    /** Identity, or sensor to vehicle frame. */
    private final UnaryOperator<RadarObject> toOutputFrame;
    private final String outFrameId;
    private final List<RadarObject> objects = new ArrayList<>();
    private final RateLimitedLog errorLog = new RateLimitedLog(LoggerFactory.getLogger(RadarClusterNode.class));
    private final AtomicLong scans = new AtomicLong();
    private final AtomicLong emptyScans = new AtomicLong();
    private final AtomicLong badMessages = new AtomicLong();
    private final Subscription subscription;
    private long seq;

    /** @param outFrameId null: each scan's own frame */
    RadarClusterNode(Bus bus, String scanTopic, String outTopic, RadarClusterParams params,
            UnaryOperator<RadarObject> toOutputFrame, String outFrameId) {
        this.bus = bus;
        this.outTopic = outTopic;
        this.clusterer = new RadarClusterer(params);
        this.params = params;
        this.toOutputFrame = toOutputFrame;
        this.outFrameId = outFrameId;
        this.subscription = bus.subscribe(scanTopic, SubscribeOptions.named("radar-cluster"), this::onMessage);
    }

    /** A node publishing in each scan's own (sensor) frame. */
    public static RadarClusterNode inSensorFrame(Bus bus, String scanTopic, String outTopic,
            RadarClusterParams params) {
        return new RadarClusterNode(bus, scanTopic, outTopic, params, UnaryOperator.identity(), null);
    }

    /**
     * A node publishing in the vehicle frame.
     *
     * @param mount          the radar's extrinsics
     * @param vehicleFrameId written into the output headers, e.g. {@code "base_link"}
     */
    public static RadarClusterNode inVehicleFrame(Bus bus, String scanTopic, String outTopic,
            RadarClusterParams params, Extrinsics mount, String vehicleFrameId) {
        RadarFrames frames = new RadarFrames(mount);
        return new RadarClusterNode(bus, scanTopic, outTopic, params, frames::toVehicle, vehicleFrameId);
    }

    private void onMessage(String topic, Message message) {
        if (!(message instanceof RadarScan scan)) {
            badMessages.incrementAndGet(); // the registry should prevent this; counted, not thrown
            return;
        }
        scans.incrementAndGet();
        if (scan.detections().isEmpty()) {
            emptyScans.incrementAndGet();
        }
        String frameId = outFrameId != null ? outFrameId : scan.header().frameId();
        List<Detection3D> out;
        boolean valid = scan.header().valid();
        try {
            clusterer.cluster(scan.detections(), objects);
            out = new ArrayList<>(objects.size());
            for (int i = 0; i < objects.size(); i++) {
                out.add(toDetection(toOutputFrame.apply(objects.get(i))));
            }
        } catch (RuntimeException e) {
            errorLog.error("radar clustering failed on scan seq " + scan.header().seq(), e);
            out = List.of();
            valid = false;
        }
        bus.publish(outTopic, new Detections3D(new Header(frameId, seq++, scan.header().stampNs(), valid), out));
    }

    /** The published box: the min-area box, existence as score, radial velocity along the line of sight. */
    Detection3D toDetection(RadarObject o) {
        double extentM = Math.max(o.lengthM(), o.widthM());
        boolean car = o.meanRcsDbsm() >= params.carMinRcsDbsm()
                && extentM >= params.carMinExtentM() && extentM <= params.carMaxExtentM();
        return new Detection3D(car ? ObjectClass.CAR : ObjectClass.UNKNOWN, o.existence(), o.boxXM(), o.boxYM(),
                o.zM(), new Dimensions(o.lengthM(), o.widthM(), params.objectHeightM()), o.yawRad(),
                Optional.of(new PlanarVelocity(o.radialVxMps(), o.radialVyMps())));
    }

    /** Scans handled (each answered with one Detections3D). */
    public long scans() {
        return scans.get();
    }

    /** Scans without any detection. */
    public long emptyScans() {
        return emptyScans.get();
    }

    /** Scans the clusterer failed on (answered empty and invalid). */
    public long failures() {
        return errorLog.occurrences();
    }

    /** Messages on the scan topic that were not a RadarScan. */
    public long badMessages() {
        return badMessages.get();
    }

    /**
     * The clusterer's rejection count for {@code reason} (e.g. {@code TRUNCATED} for huge scans).
     * Read it from the node's thread, or after delivery has stopped.
     */
    public long rejected(ClusterRejection reason) {
        return clusterer.rejected(reason);
    }

    @Override
    public void close() {
        subscription.close();
    }
}
