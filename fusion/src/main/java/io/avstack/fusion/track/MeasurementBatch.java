package io.avstack.fusion.track;

import io.avstack.fusion.config.SensorCommon;

/**
 * One sensor frame's measurements plus where the sensor was (world frame) when it measured: the
 * tracker's unit of work. Pooled and reused frame after frame: {@link #begin} then {@link #add}
 * per detection; allocation-free once it has grown to the largest frame. One thread.
 */
public final class MeasurementBatch {

    private Measurement[] items = new Measurement[0];
    private int size;

    /** {@code TrackedObject.SENSOR_*} bit. */
    public int sensor;
    public long stampNs;
    /** Sensor origin in the world frame, m. */
    public double sensorXM;
    public double sensorYM;
    /** Sensor boresight heading in the world frame, rad. */
    public double sensorYawRad;
    /** Sensor velocity in the world frame, m/s (range rates are relative to it). */
    public double sensorVxMps;
    public double sensorVyMps;
    /** Coverage and evidence of the sensor. */
    public SensorCommon coverage;
    /** The vehicle's pose in the world frame for this frame (for a detector box in the vehicle frame). */
    public double vehicleXM;
    public double vehicleYM;
    public double vehicleYawRad;

    /** Starts a new frame. */
    public void begin(int sensorBit, long stamp, SensorCommon sensorCoverage) {
        this.sensor = sensorBit;
        this.stampNs = stamp;
        this.coverage = sensorCoverage;
        this.size = 0;
    }

    /** Sets the sensor's world pose and velocity for this frame. */
    public void setSensorPose(double xM, double yM, double yawRad, double vxMps, double vyMps) {
        sensorXM = xM;
        sensorYM = yM;
        sensorYawRad = yawRad;
        sensorVxMps = vxMps;
        sensorVyMps = vyMps;
    }

    /** Sets the vehicle's world pose for this frame. */
    public void setVehiclePose(double xM, double yM, double yawRad) {
        vehicleXM = xM;
        vehicleYM = yM;
        vehicleYawRad = yawRad;
    }

    /** A cleared measurement appended to the frame. */
    public Measurement add() {
        if (size == items.length) {
            Measurement[] grown = new Measurement[Math.max(16, 2 * items.length)];
            System.arraycopy(items, 0, grown, 0, items.length);
            for (int i = items.length; i < grown.length; i++) {
                grown[i] = new Measurement();
            }
            items = grown;
        }
        Measurement m = items[size++];
        m.clear();
        m.sensor = sensor;
        return m;
    }

    /** Drops the last {@link #add}ed measurement (a detection that turned out unusable). */
    public void removeLast() {
        if (size > 0) {
            size--;
        }
    }

    public int size() {
        return size;
    }

    public Measurement get(int i) {
        if (i >= size) {
            throw new IndexOutOfBoundsException("measurement " + i + " of " + size);
        }
        return items[i];
    }

    /** Whether world point (x, y) lies in the sensor's coverage (azimuth, range, detector box) this frame. */
    public boolean covers(double xM, double yM) {
        double dx = xM - sensorXM;
        double dy = yM - sensorYM;
        double range = Math.hypot(dx, dy);
        if (range > coverage.maxRangeM()) {
            return false;
        }
        double az = Angles.wrap(Math.atan2(dy, dx) - sensorYawRad);
        if (Math.abs(az) > Math.toRadians(coverage.halfFovDeg())) {
            return false;
        }
        if (coverage.detectorBox() == null) {
            return true;
        }
        double c = Math.cos(vehicleYawRad);
        double s = Math.sin(vehicleYawRad);
        double vx = xM - vehicleXM;
        double vy = yM - vehicleYM;
        return coverage.inDetectorBox(c * vx + s * vy, -s * vx + c * vy);
    }
}
