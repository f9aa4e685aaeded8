package io.avstack.vehicle.export;

import io.avstack.core.geom.Extrinsics;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.LidarScan;
import io.avstack.drivers.lidar.Vlp16;
import io.avstack.drivers.lidar.Vlp16PacketEncoder;
import io.avstack.sim.scene.Scene;
import io.avstack.sim.sensor.IntensityModel;
import io.avstack.sim.sensor.LidarModel;
import io.avstack.sim.sensor.LidarParams;
import io.avstack.sim.sensor.SensorRandom;

/**
 * A simulated Velodyne VLP-16 whose every return is one the real sensor can send: its 16 lasers at
 * the manual's elevations (-15..+15 deg in 2 deg steps), 1800 firing sequences per rotation (0.2 deg
 * at 10 Hz), and each laser's ray at the azimuth the decoder gives it: the firing's azimuth plus
 * the laser's firing delay within the sequence (laser id x 2.304 us of 55.296 us, up to 0.125 deg).
 * Built from 16 one-beam sim {@link LidarModel}s (ray casting, noise, dropout of docs/SENSORS.md),
 * each mounted yawed by its laser's delay, so the simulator's lidar model stays the one ray caster.
 *
 * <p>Firing k of a rotation points at azimuth 0.2 k deg clockwise from forward (the sensor's
 * convention; the rotation starts straight ahead), i.e. sim column (1800 - k) mod 1800
 * counter-clockwise. The rotation is measured on one scene (no motion during the sweep).
 */
final class Vlp16SimLidar {

    static final double RATE_HZ = 10;
    /** Firing sequences per rotation: 0.2 deg apart. */
    static final int FIRINGS = 1800;
    /** Azimuth between firings, 0.01 deg. */
    static final int AZIMUTH_STEP_RAW = 36_000 / FIRINGS;
    /** Time between firing sequences, ns (the sensor's 55.296 us). */
    static final long FIRING_NS = Math.round(Vlp16.FIRING_SEQUENCE_US * 1_000);
    static final double MIN_RANGE_M = 0.5;
    /** The VLP-16's specified range, m. */
    static final double MAX_RANGE_M = 100;
    /** Range noise (the VLP-16's "up to +-3 cm typical" accuracy) and dropout, as the sim's default lidar. */
    static final double RANGE_NOISE_SIGMA_M = 0.02;
    static final double DROPOUT_PROBABILITY = 0.01;
    static final double GROUND_REFLECTIVITY = 0.2;

    /** One rotation: the scan in the sensor frame and the wire fields, both indexed firing x 16 + laser id. */
    record Sweep(LidarScan scan, int[] distanceRaw, int[] reflectivity) {
    }

    private final String frameId;
    private final LidarModel[] lasers = new LidarModel[Vlp16.LASERS];
    /** Rotation from each laser's frame into the sensor frame (by minus its delay). */
    private final double[] cosDelay = new double[Vlp16.LASERS];
    private final double[] sinDelay = new double[Vlp16.LASERS];
    private long seq;

    /**
     * @param mount   pose of the sensor in the vehicle frame; level (roll and pitch 0), since the
     *                lasers' delays are applied as mount yaw
     * @param runSeed run seed; each laser draws noise from its own stream
     */
    Vlp16SimLidar(String frameId, Extrinsics mount, long runSeed) {
        this(frameId, mount, runSeed, RANGE_NOISE_SIGMA_M, DROPOUT_PROBABILITY);
    }

    /** With the given range noise (m) and dropout probability, e.g. none for exact geometry in tests. */
    Vlp16SimLidar(String frameId, Extrinsics mount, long runSeed, double rangeNoiseSigmaM, double dropoutProbability) {
        if (mount.rollRad() != 0 || mount.pitchRad() != 0) {
            throw new IllegalArgumentException("the simulated VLP-16 must be mounted level, was roll "
                    + mount.rollRad() + " rad, pitch " + mount.pitchRad() + " rad");
        }
        this.frameId = frameId;
        for (int laser = 0; laser < Vlp16.LASERS; laser++) {
            double delayRad = Math.toRadians(delayDeg(laser));
            double elevationDeg = Vlp16.elevationDeg(laser);
            Extrinsics yawed = new Extrinsics(mount.xM(), mount.yM(), mount.zM(), 0, 0, mount.yawRad() - delayRad);
            LidarParams p = new LidarParams(frameId, 1, elevationDeg, elevationDeg, null,
                    360.0 / FIRINGS, MIN_RANGE_M, MAX_RANGE_M, rangeNoiseSigmaM, dropoutProbability,
                    IntensityModel.LAMBERTIAN, GROUND_REFLECTIVITY, yawed, RATE_HZ);
            lasers[laser] = new LidarModel(p, SensorRandom.sensorSeed(runSeed, frameId + "/laser" + laser));
            cosDelay[laser] = Math.cos(-delayRad);
            sinDelay[laser] = Math.sin(-delayRad);
        }
    }

    /**
     * How far laser id {@code laser} lags its firing's azimuth, deg clockwise: the decoder
     * interpolates 0.4 deg per block of two sequences by firing time.
     */
    static double delayDeg(int laser) {
        return 0.01 * AZIMUTH_STEP_RAW * laser * Vlp16.LASER_INTERVAL_US / Vlp16.FIRING_SEQUENCE_US;
    }

    /** One rotation of {@code scene}, stamped {@code scene.simTimeNs()}. */
    Sweep scan(Scene scene) {
        int slots = FIRINGS * Vlp16.LASERS;
        int[] distanceRaw = new int[slots];
        int[] reflectivity = new int[slots];
        float[] xyzi = new float[slots * LidarScan.FLOATS_PER_POINT];
        double columnRad = 2 * Math.PI / FIRINGS;
        for (int laser = 0; laser < Vlp16.LASERS; laser++) {
            LidarScan own = lasers[laser].scan(scene);
            for (int i = 0; i < own.pointCount(); i++) {
                double x = own.x(i);
                double y = own.y(i);
                double z = own.z(i);
                int column = Math.floorMod(Math.round(Math.atan2(y, x) / columnRad), FIRINGS);
                int slot = ((FIRINGS - column) % FIRINGS) * Vlp16.LASERS + laser;
                int distance = Vlp16PacketEncoder.distanceRaw(Math.sqrt(x * x + y * y + z * z));
                if (distance == 0) {
                    continue; // beyond what the wire carries
                }
                distanceRaw[slot] = distance;
                reflectivity[slot] = Vlp16PacketEncoder.reflectivity(own.intensity(i));
                int at = slot * LidarScan.FLOATS_PER_POINT;
                xyzi[at] = (float) (cosDelay[laser] * x - sinDelay[laser] * y);
                xyzi[at + 1] = (float) (sinDelay[laser] * x + cosDelay[laser] * y);
                xyzi[at + 2] = (float) z;
                xyzi[at + 3] = own.intensity(i);
            }
        }
        return new Sweep(packed(scene.simTimeNs(), distanceRaw, xyzi), distanceRaw, reflectivity);
    }

    /** The returns in firing order, lasers by id within a firing: the order the driver decodes them in. */
    private LidarScan packed(long stampNs, int[] distanceRaw, float[] xyzi) {
        int points = 0;
        for (int d : distanceRaw) {
            if (d != 0) {
                points++;
            }
        }
        float[] out = new float[points * LidarScan.FLOATS_PER_POINT];
        int[] ring = new int[points];
        int p = 0;
        for (int slot = 0; slot < distanceRaw.length; slot++) {
            if (distanceRaw[slot] != 0) {
                System.arraycopy(xyzi, slot * LidarScan.FLOATS_PER_POINT, out, p * LidarScan.FLOATS_PER_POINT,
                        LidarScan.FLOATS_PER_POINT);
                ring[p++] = Vlp16.ring(slot % Vlp16.LASERS);
            }
        }
        return new LidarScan(Header.of(frameId, seq++, stampNs), out, ring);
    }
}
