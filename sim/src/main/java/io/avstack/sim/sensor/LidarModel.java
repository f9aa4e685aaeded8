package io.avstack.sim.sensor;

import io.avstack.core.config.ConfigValidator;
import io.avstack.core.geom.RigidTransform;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.LidarScan;
import io.avstack.sim.scene.ActorParts;
import io.avstack.sim.scene.Scene;
import io.avstack.sim.scene.SceneObject;
import java.util.Arrays;
import java.util.List;
import org.joml.Matrix4dc;

/**
 * Simulated spinning lidar: casts one ray per (beam, column) against the ground plane (closed form)
 * and every actor box (slab test in the box frame): a vehicle's bounding box, a pedestrian's or
 * cyclist's {@link ActorParts} (rays pass between a cyclist's wheels and beside its rider); the
 * nearest hit wins, so nearer actors occlude farther ones. Points are in the sensor frame, column
 * by column, ring 0 lowest within a column; rays without a return (nothing within range, dropout)
 * produce no point.
 *
 * <p>Fast by construction: beam and column sines/cosines are tabled once, and so is each beam's
 * ground range per scan for a level sensor; each column first picks the boxes whose azimuth
 * interval covers it (each box also knows the beams whose elevation can reach it) and pre-rotates
 * its direction into their frames, so a ray costs a few multiplies per candidate box; noise is one
 * counter-based {@link SensorRandom} draw per ray into a Gaussian table. Only the returned arrays
 * are allocated per scan. Not thread-safe.
 *
 * <p>Noise is reseeded from (seed, stamp) per scan: a scan depends only on the scene and the seed.
 */
public final class LidarModel {

    private final LidarParams params;
    private final long seed;
    private final int beams;
    private final int columns;
    private final double[] elRad;
    private final double[] cosEl;
    private final double[] sinEl;
    private final double[] cosAz;
    private final double[] sinAz;
    private final double[] azRad;
    private final RigidTransform sensorToVehicle;
    private final RigidTransform vehicleToWorld = new RigidTransform();
    private final RigidTransform sensorToWorld = new RigidTransform();
    private final long dropoutThreshold;
    private final double rangeSigmaM;
    private final boolean lambertian;
    private final double groundReflectivity;
    private final float[] xyziWork;
    private final int[] ringWork;
    private SensorBox[] boxes = new SensorBox[0];
    private int boxCount;
    private int[] candidates = new int[0];
    /** Per candidate box of the current column: the column's horizontal direction in box frame. */
    private double[] candU = new double[0];
    /** Out-parameters of {@link #nearestBoxHit}. */
    private double hitRangeM;
    private double hitIntensity;
    /** Union of the candidate boxes' beam ranges in the current column. */
    private int columnBeamLo;
    private int columnBeamHi;
    private final double[] elevationWork = new double[2];
    private final ActorParts.Sink partSink = this::addPart;
    /** The object and sensor-to-world matrix whose parts {@link #partSink} adds. */
    private SceneObject partObject;
    private Matrix4dc partWorld;
    private final double[] groundRangeM;
    private final double[] groundIntensity;
    private boolean levelScan;
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
        elRad = new double[beams];
        groundRangeM = new double[beams];
        groundIntensity = new double[beams];
        cosEl = new double[beams];
        sinEl = new double[beams];
        for (int b = 0; b < beams; b++) {
            double e = Math.toRadians(params.elevationDeg(b));
            elRad[b] = e;
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
        dropoutThreshold = SensorRandom.lowBitsThreshold(params.dropoutProbability());
        rangeSigmaM = params.rangeNoiseSigmaM();
        lambertian = params.intensityModel() == IntensityModel.LAMBERTIAN;
        groundReflectivity = params.groundReflectivity();
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
        long noiseKey = SensorRandom.streamKey(seed, scene.simTimeNs());
        // a level sensor sees the ground at the same range in every column: one table per scan
        levelScan = w.m02() == 0 && w.m12() == 0;
        if (levelScan) {
            fillGroundTable(0, w.m22(), w.m32());
        }
        int points = 0;
        for (int c = 0; c < columns; c++) {
            points = castColumn(c, prepareColumn(c), w, noiseKey, points);
        }
        Header header = Header.of(params.frameId(), seq++, scene.simTimeNs());
        return new LidarScan(header, Arrays.copyOf(xyziWork, points * LidarScan.FLOATS_PER_POINT),
                Arrays.copyOf(ringWork, points));
    }

    /**
     * Casts every beam of column c; appends the returns from index {@code points}, returns the new
     * count. Kept small enough for the JIT to compile as one loop; box tests are out of line
     * because most columns have no candidate box.
     */
    private int castColumn(int c, int candidateCount, Matrix4dc w, long noiseKey, int points) {
        if (!levelScan) {
            fillGroundTable(w.m02() * cosAz[c] + w.m12() * sinAz[c], w.m22(), w.m32());
        }
        double maxRangeM = params.maxRangeM();
        double minRangeM = params.minRangeM();
        for (int b = 0; b < beams; b++) {
            double ce = cosEl[b];
            double se = sinEl[b];
            double best = groundRangeM[b];
            double bestIntensity = groundIntensity[b];
            if (b >= columnBeamLo && b <= columnBeamHi && nearestBoxHit(b, candidateCount, best)) {
                best = hitRangeM;
                bestIntensity = hitIntensity;
            }
            if (best >= maxRangeM || best < minRangeM) {
                continue;
            }
            // one draw per ray: low bits decide the dropout, high bits pick the noise quantile
            long bits = SensorRandom.counterBits(noiseKey, (long) c * beams + b);
            if (SensorRandom.lowBitsBelow(bits, dropoutThreshold)) {
                continue;
            }
            double range = Math.max(0, best + rangeSigmaM * SensorRandom.gaussianFromBits(bits));
            int i = points * LidarScan.FLOATS_PER_POINT;
            xyziWork[i] = (float) (range * ce * cosAz[c]);
            xyziWork[i + 1] = (float) (range * ce * sinAz[c]);
            xyziWork[i + 2] = (float) (range * se);
            xyziWork[i + 3] = (float) Math.min(1, bestIntensity);
            ringWork[points] = b;
            points++;
        }
        return points;
    }

    /**
     * Ground range (maxRangeM when the ground is not hit) and intensity of every beam for a column
     * whose horizontal direction has the sensor-frame ground normal component {@code groundHoriz}.
     */
    private void fillGroundTable(double groundHoriz, double nz, double heightM) {
        for (int b = 0; b < beams; b++) {
            double groundDot = groundHoriz * cosEl[b] + nz * sinEl[b];
            double t = -heightM / groundDot;
            boolean hit = groundDot < 0 && t > 0 && t < params.maxRangeM();
            groundRangeM[b] = hit ? t : params.maxRangeM();
            groundIntensity[b] = hit ? groundReflectivity * (lambertian ? -groundDot : 1) : 0;
        }
    }

    /**
     * Tests beam b of the current column against its candidate boxes;
     * if one is hit nearer than {@code bestM}, stores the nearest hit in {@link #hitRangeM} and
     * {@link #hitIntensity} and returns true.
     */
    private boolean nearestBoxHit(int b, int candidateCount, double bestM) {
        double ce = cosEl[b];
        double se = sinEl[b];
        double best = bestM;
        boolean hit = false;
        for (int k = 0; k < candidateCount; k++) {
            SensorBox box = boxes[candidates[k]];
            if (b < box.beamLo || b > box.beamHi || box.minDistM >= best) {
                continue;
            }
            double dx = ce * candU[3 * k] + se * box.m02;
            double dy = ce * candU[3 * k + 1] + se * box.m12;
            double dz = ce * candU[3 * k + 2] + se * box.m22;
            double t = SensorBox.slabEntry(box.ox, box.oy, box.oz, dx, dy, dz, box.hx, box.hy, box.hz);
            if (t < best) {
                best = t;
                hit = true;
                double reflectivity = box.object.reflectivity();
                hitIntensity = lambertian
                        ? reflectivity * box.cosIncidence(box.ox + t * dx, box.oy + t * dy, box.oz + t * dz, dx, dy, dz)
                        : reflectivity;
            }
        }
        hitRangeM = best;
        return hit;
    }

    /** Lists the boxes that can cover column c and rotates its horizontal direction into each. */
    private int prepareColumn(int c) {
        double ca = cosAz[c];
        double sa = sinAz[c];
        int count = 0;
        columnBeamLo = Integer.MAX_VALUE;
        columnBeamHi = -1;
        for (int i = 0; i < boxCount; i++) {
            SensorBox box = boxes[i];
            if (box.coversAzimuth(azRad[c])) {
                columnBeamLo = Math.min(columnBeamLo, box.beamLo);
                columnBeamHi = Math.max(columnBeamHi, box.beamHi);
                candidates[count] = i;
                candU[3 * count] = box.m00 * ca + box.m01 * sa;
                candU[3 * count + 1] = box.m10 * ca + box.m11 * sa;
                candU[3 * count + 2] = box.m20 * ca + box.m21 * sa;
                count++;
            }
        }
        return count;
    }

    /** The beams whose elevation can reach {@code box} (all of them for a tilted sensor). */
    private void setBeamRange(SensorBox box) {
        box.beamLo = 0;
        box.beamHi = beams - 1;
        if (!box.elevationBounds(elevationWork)) {
            return;
        }
        while (box.beamLo < beams && elRad[box.beamLo] < elevationWork[0]) {
            box.beamLo++;
        }
        while (box.beamHi >= 0 && elRad[box.beamHi] > elevationWork[1]) {
            box.beamHi--;
        }
    }

    /**
     * Places every object within range into the box work array (grown only when the scene grows):
     * a vehicle as its bounding box, a pedestrian or cyclist as its {@link ActorParts}.
     */
    private void prepareBoxes(List<SceneObject> objects, Matrix4dc sensorToWorldMatrix) {
        boxCount = 0;
        for (int i = 0; i < objects.size(); i++) {
            SceneObject o = objects.get(i);
            if (ActorParts.hasParts(o.cls())) {
                partObject = o;
                partWorld = sensorToWorldMatrix;
                ActorParts.of(o, o.rgb(), partSink);
            } else {
                addBox(o, sensorToWorldMatrix, 0, o.dims().lengthM(), o.dims().widthM(), 0, o.dims().heightM());
            }
        }
    }

    private void addPart(double alongM, double lengthM, double widthM, double z0M, double z1M, int sideRgb,
            int topRgb) {
        addBox(partObject, partWorld, alongM, lengthM, widthM, z0M, z1M);
    }

    /** Appends one box, kept when it is within range and some beam can reach it. */
    private void addBox(SceneObject o, Matrix4dc sensorToWorldMatrix, double alongM, double lengthM, double widthM,
            double z0M, double z1M) {
        if (boxCount == boxes.length) {
            SensorBox[] grown = Arrays.copyOf(boxes, Math.max(8, 2 * boxes.length));
            for (int i = boxes.length; i < grown.length; i++) {
                grown[i] = new SensorBox();
            }
            boxes = grown;
            candidates = new int[grown.length];
            candU = new double[3 * grown.length];
        }
        SensorBox box = boxes[boxCount];
        box.set(o, sensorToWorldMatrix, alongM, lengthM, widthM, z0M, z1M);
        setBeamRange(box);
        if (box.minDistM < params.maxRangeM() && box.beamLo <= box.beamHi) {
            boxCount++;
        }
    }
}
