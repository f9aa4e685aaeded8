package io.avstack.fusion.node;

import io.avstack.core.bus.Bus;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.geom.TransformTree;
import io.avstack.core.time.Clock;
import io.avstack.fusion.config.FusionConfig;
import io.avstack.fusion.detect.CameraStage;
import io.avstack.fusion.detect.LidarStage;
import io.avstack.fusion.detect.RadarStage;
import java.util.Objects;

/**
 * Builds a {@link FusionNode}, DJL style: {@code set*} required, {@code opt*} optional, validated in
 * {@link #build()} (which subscribes).
 */
public final class FusionNodeBuilder {
    Bus bus;
    Clock clock;
    TransformTree transforms;
    FusionConfig config;
    String vehicleId = "ego";
    TopicRegistry registry;
    SensorIds sensorIds = SensorIds.DEFAULT;
    CameraStage camera;
    LidarStage lidar;
    RadarStage radar;
    boolean threaded;
    double maxResultRateHz;

    FusionNodeBuilder() {
    }

    public FusionNodeBuilder setBus(Bus b) {
        this.bus = b;
        return this;
    }

    /** Time of reception and of world models; the simulated clock in lockstep. */
    public FusionNodeBuilder setClock(Clock c) {
        this.clock = c;
        return this;
    }

    /** The vehicle's calibration (sensor mounts, camera intrinsics). */
    public FusionNodeBuilder setTransforms(TransformTree tree) {
        this.transforms = tree;
        return this;
    }

    public FusionNodeBuilder setConfig(FusionConfig c) {
        this.config = c;
        return this;
    }

    /** Vehicle id in the topic names; default {@code ego}. */
    public FusionNodeBuilder optVehicleId(String id) {
        this.vehicleId = id;
        return this;
    }

    /** Registry giving the sensor topics' rates (health); default the standard one for the vehicle. */
    public FusionNodeBuilder optRegistry(TopicRegistry r) {
        this.registry = r;
        return this;
    }

    public FusionNodeBuilder optSensorIds(SensorIds ids) {
        this.sensorIds = ids;
        return this;
    }

    /** Fuses the front camera through this stage. */
    public FusionNodeBuilder optCamera(CameraStage stage) {
        this.camera = stage;
        return this;
    }

    public FusionNodeBuilder optLidar(LidarStage stage) {
        this.lidar = stage;
        return this;
    }

    public FusionNodeBuilder optRadar(RadarStage stage) {
        this.radar = stage;
        return this;
    }

    /** Detectors and fusion on their own threads (onboard); default false (synchronous, deterministic). */
    public FusionNodeBuilder optThreaded(boolean on) {
        this.threaded = on;
        return this;
    }

    /**
     * Threaded mode only: publish a world model as soon as a detector result has been fused instead
     * of on the {@code publishRateHz} grid, so a detection does not wait for the next grid point
     * (up to a whole period). Results fused within {@code 1 / maxRateHz} of the last world model
     * are coalesced into the next one; without results, world models still come every
     * {@code 1 / publishRateHz}. Default off (0). The synchronous mode (lockstep, replay) always
     * uses the grid, so its output does not depend on this.
     *
     * @param maxRateHz most world models per second, > 0 (at least {@code publishRateHz} in effect); 0 = off
     */
    public FusionNodeBuilder optPublishOnResults(double maxRateHz) {
        if (!(maxRateHz >= 0) || Double.isInfinite(maxRateHz)) {
            throw new IllegalArgumentException("maxRateHz of event-driven world models must be finite and >= 0, was "
                    + maxRateHz);
        }
        this.maxResultRateHz = maxRateHz;
        return this;
    }

    /** Validates, builds and subscribes. */
    public FusionNode build() {
        Objects.requireNonNull(bus, "FusionNode needs setBus");
        Objects.requireNonNull(clock, "FusionNode needs setClock");
        Objects.requireNonNull(transforms, "FusionNode needs setTransforms");
        Objects.requireNonNull(config, "FusionNode needs setConfig");
        TopicNames.requireValidLevel("vehicle id", vehicleId);
        requireCalibrated(camera, sensorIds.cameraId());
        requireCalibrated(lidar, sensorIds.lidarId());
        requireCalibrated(radar, sensorIds.radarId());
        if (maxResultRateHz > 0 && !threaded) {
            throw new IllegalArgumentException("optPublishOnResults(" + maxResultRateHz
                    + ") needs optThreaded(true): the synchronous mode publishes on its grid");
        }
        return new FusionNode(this);
    }

    private void requireCalibrated(Object stage, String id) {
        if (stage != null && !transforms.contains(id)) {
            throw new IllegalArgumentException("a detector stage is set for sensor '" + id
                    + "' but the calibration has no such sensor; known: " + transforms.sensorIds());
        }
    }
}
