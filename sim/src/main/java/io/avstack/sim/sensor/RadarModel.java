package io.avstack.sim.sensor;

import io.avstack.core.config.ConfigValidator;
import io.avstack.core.geom.Extrinsics;
import io.avstack.core.geom.RigidTransform;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.Pose;
import io.avstack.core.msg.RadarDetection;
import io.avstack.core.msg.RadarScan;
import io.avstack.sim.scene.Scene;
import io.avstack.sim.scene.SceneObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Simulated planar automotive radar. Per actor in the field of view: a detection at the nearest
 * point of its footprint and, for long actors, at its two outline (silhouette) corners; each is
 * kept only if no other actor's footprint crosses the line of sight before it (angular shadowing),
 * so a fully hidden actor gives nothing. Range rate is the relative velocity (actor minus ego,
 * ego velocity from its heading and speed) projected on the line of sight; RCS is the actor's with
 * an aspect-angle loss. Adds multipath ghosts (twice the range and range rate, weaker) and Poisson
 * clutter that moves like the stationary world. Elevation is always 0.
 *
 * <p>Noise is reseeded from (seed, stamp) per scan: a scan depends only on the scene and the seed.
 * Not thread-safe.
 */
public final class RadarModel {

    /** Corner returns are weaker than the face return: a corner reflects less straight back. */
    static final double CORNER_RCS_LOSS_DB = 3.0;
    /** Corners closer than this to the nearest-point detection would duplicate it. */
    private static final double MIN_CORNER_SEPARATION_M = 0.5;
    /** A blocker must cross the line of sight at least this much nearer than the target. */
    private static final double OCCLUSION_MARGIN_M = 0.01;
    /** Clutter RCS is drawn uniformly from this interval, dBsm. */
    static final double CLUTTER_RCS_MIN_DBSM = -15;
    static final double CLUTTER_RCS_MAX_DBSM = 0;

    private final RadarParams params;
    private final long seed;
    private final double halfFovRad;
    private final RigidTransform sensorToWorld = new RigidTransform();
    private final SensorRandom random;
    private SensorBox[] boxes = new SensorBox[0];
    private int boxCount;
    /** World-to-sensor rotation (cos, sin of the sensor's world yaw) and ego velocity, sensor frame. */
    private double sensorCos;
    private double sensorSin;
    private double egoVxSensor;
    private double egoVySensor;
    private long seq;

    /**
     * @param params validated here ({@code ConfigException} naming the key if invalid)
     * @param seed   this sensor's seed, e.g. {@link SensorRandom#sensorSeed(long, String)}
     */
    public RadarModel(RadarParams params, long seed) {
        ConfigValidator.validate(params, "RadarParams");
        this.params = params;
        this.seed = seed;
        this.halfFovRad = Math.toRadians(params.halfFovDeg());
        this.random = new SensorRandom(seed);
    }

    public RadarParams params() {
        return params;
    }

    /** Time between scans, ns. */
    public long periodNs() {
        return params.periodNs();
    }

    /** One radar cycle of {@code scene}, stamped {@code scene.simTimeNs()}, next sequence number. */
    public RadarScan scan(Scene scene) {
        placeSensor(scene);
        prepareBoxes(scene.objects());
        random.reseed(seed, scene.simTimeNs());
        List<RadarDetection> detections = new ArrayList<>();
        for (int i = 0; i < boxCount; i++) {
            detectActor(boxes[i], detections);
        }
        addClutter(detections);
        return new RadarScan(Header.of(params.frameId(), seq++, scene.simTimeNs()), detections);
    }

    private void placeSensor(Scene scene) {
        Pose ego = scene.egoPose();
        Extrinsics mount = params.mount();
        double c = Math.cos(ego.yawRad());
        double s = Math.sin(ego.yawRad());
        double sensorYawRad = ego.yawRad() + mount.yawRad();
        sensorCos = Math.cos(sensorYawRad);
        sensorSin = Math.sin(sensorYawRad);
        sensorToWorld.setPose(ego.xM() + c * mount.xM() - s * mount.yM(), ego.yM() + s * mount.xM() + c * mount.yM(),
                0, 0, 0, sensorYawRad);
        // ego velocity is along its heading; rotate it into the sensor frame
        egoVxSensor = scene.egoSpeedMps() * Math.cos(-mount.yawRad());
        egoVySensor = scene.egoSpeedMps() * Math.sin(-mount.yawRad());
    }

    /** Nearest point, then the outline corners of long actors. */
    private void detectActor(SensorBox box, List<RadarDetection> out) {
        double qx = Math.clamp(box.ox, -box.hx, box.hx);
        double qy = Math.clamp(box.oy, -box.hy, box.hy);
        detect(box, qx, qy, 0, out);
        if (box.object.dims().lengthM() < params.cornerMinLengthM()) {
            return;
        }
        double refAz = Math.atan2(box.sensorY(qx, qy, box.oz), box.sensorX(qx, qy, box.oz));
        int lowCorner = -1;
        int highCorner = -1;
        double lo = 0;
        double hi = 0;
        for (int k = 0; k < 4; k++) {
            double cx = (k & 1) == 0 ? -box.hx : box.hx;
            double cy = (k & 2) == 0 ? -box.hy : box.hy;
            double delta = wrap(Math.atan2(box.sensorY(cx, cy, box.oz), box.sensorX(cx, cy, box.oz)) - refAz);
            if (lowCorner < 0 || delta < lo) {
                lo = delta;
                lowCorner = k;
            }
            if (highCorner < 0 || delta > hi) {
                hi = delta;
                highCorner = k;
            }
        }
        detectCorner(box, lowCorner, qx, qy, out);
        detectCorner(box, highCorner, qx, qy, out);
    }

    private void detectCorner(SensorBox box, int k, double qx, double qy, List<RadarDetection> out) {
        double cx = (k & 1) == 0 ? -box.hx : box.hx;
        double cy = (k & 2) == 0 ? -box.hy : box.hy;
        if (Math.hypot(cx - qx, cy - qy) >= MIN_CORNER_SEPARATION_M) {
            detect(box, cx, cy, CORNER_RCS_LOSS_DB, out);
        }
    }

    /** A detection of the footprint point (qx, qy) of {@code box}, if in view and not shadowed. */
    private void detect(SensorBox box, double qx, double qy, double extraLossDb, List<RadarDetection> out) {
        double x = box.sensorX(qx, qy, box.oz);
        double y = box.sensorY(qx, qy, box.oz);
        double range = Math.hypot(x, y);
        double az = Math.atan2(y, x);
        if (range < params.minRangeM() || range > params.maxRangeM() || Math.abs(az) > halfFovRad
                || shadowed(box, az, range)) {
            return;
        }
        double ux = x / range;
        double uy = y / range;
        SceneObject obj = box.object;
        double relVx = sensorCos * obj.vxMps() + sensorSin * obj.vyMps() - egoVxSensor;
        double relVy = -sensorSin * obj.vxMps() + sensorCos * obj.vyMps() - egoVySensor;
        double rangeRate = relVx * ux + relVy * uy;
        // aspect: angle between the line of sight and the actor's length axis
        double cosAspect = box.m00 * ux + box.m01 * uy;
        double cos2Aspect = 2 * cosAspect * cosAspect - 1;
        double rcs = obj.rcsDbsm() - params.aspectLossDb() * (1 - Math.abs(cos2Aspect)) - extraLossDb;
        out.add(noisy(range, az, rangeRate, rcs));
        if (params.ghostProbability() > 0 && random.chance(params.ghostProbability())) {
            addGhost(range, az, rangeRate, rcs, out);
        }
    }

    /** Double-bounce multipath: twice the path, so twice the range and range rate. */
    private void addGhost(double range, double az, double rangeRate, double rcs, List<RadarDetection> out) {
        double ghostAz = az + Math.toRadians(params.ghostAzimuthSigmaDeg()) * random.nextGaussian();
        RadarDetection ghost = noisy(2 * range, ghostAz, 2 * rangeRate, rcs - params.ghostRcsLossDb());
        if (ghost.rangeM() <= params.maxRangeM() && Math.abs(ghost.azimuthRad()) <= halfFovRad) {
            out.add(ghost);
        }
    }

    /** Whether another actor's footprint crosses the line of sight at {@code az} before {@code rangeM}. */
    private boolean shadowed(SensorBox target, double az, double rangeM) {
        double dx = Math.cos(az);
        double dy = Math.sin(az);
        double az2pi = az < 0 ? az + 2 * Math.PI : az;
        for (int j = 0; j < boxCount; j++) {
            SensorBox other = boxes[j];
            if (other != target && other.minDistM < rangeM && other.coversAzimuth(az2pi)
                    && other.rayEntryPlanar(dx, dy) < rangeM - OCCLUSION_MARGIN_M) {
                return true;
            }
        }
        return false;
    }

    /** Poisson clutter, uniform in range and azimuth, moving like the stationary world. */
    private void addClutter(List<RadarDetection> out) {
        int count = random.nextPoisson(params.falseAlarmsPerScan());
        for (int i = 0; i < count; i++) {
            double range = random.nextUniform(params.minRangeM(), params.maxRangeM());
            double az = random.nextUniform(-halfFovRad, halfFovRad);
            double rangeRate = -(egoVxSensor * Math.cos(az) + egoVySensor * Math.sin(az));
            double rcs = random.nextUniform(CLUTTER_RCS_MIN_DBSM, CLUTTER_RCS_MAX_DBSM);
            out.add(new RadarDetection(range, az, 0,
                    rangeRate + params.rangeRateNoiseSigmaMps() * random.nextGaussian(), rcs));
        }
    }

    private RadarDetection noisy(double range, double az, double rangeRate, double rcs) {
        return new RadarDetection(
                Math.max(0, range + params.rangeNoiseSigmaM() * random.nextGaussian()),
                az + Math.toRadians(params.azimuthNoiseSigmaDeg()) * random.nextGaussian(),
                0,
                rangeRate + params.rangeRateNoiseSigmaMps() * random.nextGaussian(),
                rcs + params.rcsNoiseSigmaDb() * random.nextGaussian());
    }

    /** Boxes of this scan in the sensor frame; actors over the sensor (it is inside them) are skipped. */
    private void prepareBoxes(List<SceneObject> objects) {
        if (boxes.length < objects.size()) {
            SensorBox[] grown = Arrays.copyOf(boxes, objects.size());
            for (int i = boxes.length; i < grown.length; i++) {
                grown[i] = new SensorBox();
            }
            boxes = grown;
        }
        boxCount = 0;
        for (int i = 0; i < objects.size(); i++) {
            SensorBox box = boxes[boxCount];
            box.set(objects.get(i), sensorToWorld.matrix());
            if (!box.allAzimuths) {
                boxCount++;
            }
        }
    }

    private static double wrap(double rad) {
        double a = rad;
        while (a > Math.PI) {
            a -= 2 * Math.PI;
        }
        while (a < -Math.PI) {
            a += 2 * Math.PI;
        }
        return a;
    }
}
