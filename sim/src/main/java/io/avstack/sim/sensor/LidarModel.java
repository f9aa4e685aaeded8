package io.avstack.sim.sensor;

import io.avstack.core.config.ConfigValidator;
import io.avstack.core.geom.RigidTransform;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.LidarScan;
import io.avstack.sim.scene.Scene;
import io.avstack.sim.scene.SceneObject;
import java.util.Arrays;
import java.util.List;
import org.joml.Matrix4dc;

/**
 * Simulated spinning lidar: casts one ray per (beam, column) against the ground plane (closed form)
 * and every actor box (slab test in the box frame); the nearest hit wins, so nearer actors occlude
 * farther ones. Points are in the sensor frame, column by column, ring 0 lowest within a column;
 * rays without a return (nothing within range, dropout) produce no point.
 *
 * <p>Fast by construction: beam and column sines/cosines are tabled once; each column first picks
 * the boxes whose azimuth interval covers it and pre-rotates its direction into their frames, so a
 * ray costs one division for the ground plus a few multiplies per candidate box; noise comes from
 * {@link SensorRandom}'s table. Only the returned arrays are allocated per scan. Not thread-safe.
 *
 * <p>Noise is reseeded from (seed, stamp) per scan: a scan depends only on the scene and the seed.
 */
public final class LidarModel {

    private final LidarParams params;
    private final long seed;
    private final int beams;
    private final int columns;
    private final double[] cosEl;
    private final double[] sinEl;
    private final double[] cosAz;
    private final double[] sinAz;
    private final double[] azRad;
    private final RigidTransform sensorToVehicle;
    private final RigidTransform vehicleToWorld = new RigidTransform();
    private final RigidTransform sensorToWorld = new RigidTransform();
    private final SensorRandom random;
    private final float[] xyziWork;
    private final int[] ringWork;
    private SensorBox[] boxes = new SensorBox[0];
    private int boxCount;
    private int[] candidates = new int[0];
    /** Per candidate box of the current column: the column's horizontal direction in box frame. */
    private double[] candU = new double[0];
    private long seq;

    /**
     * @param params validated here ({@code ConfigException} naming the key if invalid)
     * @param seed   this sensor's seed, e.g. {@link SensorRandom#sensorSeed(long, String)}
     */
    public LidarModel(LidarParams params, long seed) {
        ConfigValidator.validate(params, "LidarParams");
        this.params = params;
        this.seed = seed;
        this.beams = params.beams();
        this.columns = params.columns();
        cosEl = new double[beams];
        sinEl = new double[beams];
        for (int b = 0; b < beams; b++) {
            double e = Math.toRadians(params.elevationDeg(b));
            cosEl[b] = Math.cos(e);
            sinEl[b] = Math.sin(e);
        }
        cosAz = new double[columns];
        sinAz = new double[columns];
        azRad = new double[columns];
        for (int c = 0; c < columns; c++) {
            azRad[c] = 2 * Math.PI * c / columns;
            cosAz[c] = Math.cos(azRad[c]);
            sinAz[c] = Math.sin(azRad[c]);
        }
        sensorToVehicle = RigidTransform.of(params.mount());
        random = new SensorRandom(seed);
        xyziWork = new float[beams * columns * LidarScan.FLOATS_PER_POINT];
        ringWork = new int[beams * columns];
    }

    public LidarParams params() {
        return params;
    }

    /** Time between scans, ns. */
    public long periodNs() {
        return params.periodNs();
    }

    /** One full revolution of {@code scene}, stamped {@code scene.simTimeNs()}, next sequence number. */
    public LidarScan scan(Scene scene) {
        vehicleToWorld.set(scene.egoPose()).compose(sensorToVehicle, sensorToWorld);
        Matrix4dc w = sensorToWorld.matrix();
        prepareBoxes(scene.objects(), w);
        random.reseed(seed, scene.simTimeNs());
        // ground normal (world +z) in the sensor frame is the third row of the rotation
        double nx = w.m02();
        double ny = w.m12();
        double nz = w.m22();
        double heightM = w.m32();
        int points = 0;
        for (int c = 0; c < columns; c++) {
            int candidateCount = prepareColumn(c);
            double groundHoriz = nx * cosAz[c] + ny * sinAz[c];
            for (int b = 0; b < beams; b++) {
                points = castRay(c, b, groundHoriz * cosEl[b] + nz * sinEl[b], heightM, candidateCount, points);
            }
        }
        Header header = Header.of(params.frameId(), seq++, scene.simTimeNs());
        return new LidarScan(header, Arrays.copyOf(xyziWork, points * LidarScan.FLOATS_PER_POINT),
                Arrays.copyOf(ringWork, points));
    }

    /** Casts ray (column c, beam b); appends its return, if any, at index {@code points}. */
    private int castRay(int c, int b, double groundDot, double heightM, int candidateCount, int points) {
        double ce = cosEl[b];
        double se = sinEl[b];
        double best = params.maxRangeM();
        double bestCos = 0;
        double bestReflectivity = 0;
        if (groundDot < 0) {
            double t = -heightM / groundDot;
            if (t > 0 && t < best) {
                best = t;
                bestCos = -groundDot;
                bestReflectivity = params.groundReflectivity();
            }
        }
        for (int k = 0; k < candidateCount; k++) {
            SensorBox box = boxes[candidates[k]];
            if (box.minDistM >= best) {
                continue;
            }
            double dx = ce * candU[3 * k] + se * box.m02;
            double dy = ce * candU[3 * k + 1] + se * box.m12;
            double dz = ce * candU[3 * k + 2] + se * box.m22;
            double t = SensorBox.slabEntry(box.ox, box.oy, box.oz, dx, dy, dz, box.hx, box.hy, box.hz);
            if (t < best) {
                best = t;
                bestCos = box.cosIncidence(box.ox + t * dx, box.oy + t * dy, box.oz + t * dz, dx, dy, dz);
                bestReflectivity = box.object.reflectivity();
            }
        }
        if (best >= params.maxRangeM() || best < params.minRangeM()) {
            return points;
        }
        if (params.dropoutProbability() > 0 && random.chance(params.dropoutProbability())) {
            return points;
        }
        double range = params.rangeNoiseSigmaM() > 0
                ? Math.max(0, best + params.rangeNoiseSigmaM() * random.nextGaussian()) : best;
        double intensity = params.intensityModel() == IntensityModel.LAMBERTIAN
                ? bestReflectivity * bestCos : bestReflectivity;
        int i = points * LidarScan.FLOATS_PER_POINT;
        xyziWork[i] = (float) (range * ce * cosAz[c]);
        xyziWork[i + 1] = (float) (range * ce * sinAz[c]);
        xyziWork[i + 2] = (float) (range * se);
        xyziWork[i + 3] = (float) Math.min(1, Math.max(0, intensity));
        ringWork[points] = b;
        return points + 1;
    }

    /** Lists the boxes that can cover column c and rotates its horizontal direction into each. */
    private int prepareColumn(int c) {
        double ca = cosAz[c];
        double sa = sinAz[c];
        int count = 0;
        for (int i = 0; i < boxCount; i++) {
            SensorBox box = boxes[i];
            if (box.coversAzimuth(azRad[c])) {
                candidates[count] = i;
                candU[3 * count] = box.m00 * ca + box.m01 * sa;
                candU[3 * count + 1] = box.m10 * ca + box.m11 * sa;
                candU[3 * count + 2] = box.m20 * ca + box.m21 * sa;
                count++;
            }
        }
        return count;
    }

    /** Places every object within range into the box work array (grown only when the scene grows). */
    private void prepareBoxes(List<SceneObject> objects, Matrix4dc sensorToWorldMatrix) {
        if (boxes.length < objects.size()) {
            SensorBox[] grown = Arrays.copyOf(boxes, objects.size());
            for (int i = boxes.length; i < grown.length; i++) {
                grown[i] = new SensorBox();
            }
            boxes = grown;
            candidates = new int[grown.length];
            candU = new double[3 * grown.length];
        }
        boxCount = 0;
        for (int i = 0; i < objects.size(); i++) {
            SensorBox box = boxes[boxCount];
            box.set(objects.get(i), sensorToWorldMatrix);
            if (box.minDistM < params.maxRangeM()) {
                boxCount++;
            }
        }
    }
}
