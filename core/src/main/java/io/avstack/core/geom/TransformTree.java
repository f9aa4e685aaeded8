package io.avstack.core.geom;

import io.avstack.core.config.ConfigValidator;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The static transforms of a sensor rig, computed once from a {@link Calibration}: per sensor id
 * the sensor-to-vehicle transform and its inverse, and for cameras the optical-frame transforms
 * and a {@link PinholeCamera}. Lookups are a hash lookup and allocate nothing; the returned
 * transforms are read-only views. Immutable after construction, so shareable between threads.
 *
 * <p>The world frame is not in the tree because the ego pose changes every tick: build
 * {@code vehicleToWorld} from it and call {@link #sensorToWorld}.
 */
public final class TransformTree {

    private record Frames(RigidTransform sensorToVehicle, RigidTransform vehicleToSensor,
            RigidTransform opticalToVehicle, RigidTransform vehicleToOptical, PinholeCamera camera) {
    }

    private final Calibration calibration;
    private final Map<String, Frames> byId;

    private TransformTree(Calibration calibration, Map<String, Frames> byId) {
        this.calibration = calibration;
        this.byId = Collections.unmodifiableMap(byId);
    }

    /**
     * Builds the tree, validating the calibration first (as loading does), so a calibration built
     * in code cannot bypass the checks.
     *
     * @throws io.avstack.core.config.ConfigException if the calibration is invalid
     */
    public static TransformTree of(Calibration calibration) {
        ConfigValidator.validate(calibration, "calibration");
        Map<String, Frames> byId = new LinkedHashMap<>();
        RigidTransform bodyToOptical = OpticalAxes.bodyToOptical(new RigidTransform());
        RigidTransform opticalToBody = OpticalAxes.opticalToBody(new RigidTransform());
        for (SensorCalibration sensor : calibration.sensors()) {
            RigidTransform sensorToVehicle = RigidTransform.of(sensor.extrinsics());
            RigidTransform vehicleToSensor = sensorToVehicle.invert(new RigidTransform());
            Frames frames;
            if (sensor.kind() == SensorKind.CAMERA) {
                frames = new Frames(sensorToVehicle, vehicleToSensor,
                        sensorToVehicle.compose(opticalToBody, new RigidTransform()),
                        bodyToOptical.compose(vehicleToSensor, new RigidTransform()),
                        new PinholeCamera(sensor.intrinsics()));
            } else {
                frames = new Frames(sensorToVehicle, vehicleToSensor, null, null, null);
            }
            byId.put(sensor.id(), frames);
        }
        return new TransformTree(calibration, byId);
    }

    public Calibration calibration() {
        return calibration;
    }

    /** Sensor ids in calibration order. */
    public Set<String> sensorIds() {
        return byId.keySet();
    }

    public boolean contains(String sensorId) {
        return byId.containsKey(sensorId);
    }

    /** Maps points from the sensor frame to the vehicle frame. */
    public RigidTransformc sensorToVehicle(String sensorId) {
        return frames(sensorId).sensorToVehicle();
    }

    /** Maps points from the vehicle frame to the sensor frame. */
    public RigidTransformc vehicleToSensor(String sensorId) {
        return frames(sensorId).vehicleToSensor();
    }

    /** Maps points from a camera's optical frame to the vehicle frame. */
    public RigidTransformc opticalToVehicle(String cameraId) {
        return cameraFrames(cameraId).opticalToVehicle();
    }

    /** Maps points from the vehicle frame to a camera's optical frame, ready for {@link PinholeCamera#project}. */
    public RigidTransformc vehicleToOptical(String cameraId) {
        return cameraFrames(cameraId).vehicleToOptical();
    }

    /** The projection model of a camera. */
    public PinholeCamera camera(String cameraId) {
        return cameraFrames(cameraId).camera();
    }

    /** {@code dest = vehicleToWorld ∘ sensorToVehicle(sensorId)}: where a sensor is in the world this tick. */
    public RigidTransform sensorToWorld(String sensorId, RigidTransformc vehicleToWorld, RigidTransform dest) {
        return vehicleToWorld.compose(sensorToVehicle(sensorId), dest);
    }

    private Frames frames(String sensorId) {
        Frames frames = byId.get(sensorId);
        if (frames == null) {
            throw new IllegalArgumentException("unknown sensor id '" + sensorId + "'; known: " + byId.keySet());
        }
        return frames;
    }

    private Frames cameraFrames(String cameraId) {
        Frames frames = frames(cameraId);
        if (frames.camera() == null) {
            throw new IllegalArgumentException("sensor '" + cameraId + "' is not a CAMERA");
        }
        return frames;
    }
}
