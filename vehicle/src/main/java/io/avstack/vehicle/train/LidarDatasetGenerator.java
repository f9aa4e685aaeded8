package io.avstack.vehicle.train;

import io.avstack.core.geom.SensorCalibration;
import io.avstack.core.msg.LidarScan;
import io.avstack.core.msg.ObjectClass;
import io.avstack.perception.lidar.BevBox;
import io.avstack.perception.lidar.BevGrid;
import io.avstack.perception.lidar.LidarSample;
import io.avstack.perception.lidar.LidarSampleSource;
import io.avstack.perception.lidar.SensorToVehicle;
import io.avstack.sim.scene.Scene;
import io.avstack.sim.scene.SceneObject;
import io.avstack.sim.sensor.LidarModel;
import io.avstack.sim.sensor.LidarParams;
import io.avstack.sim.sensor.SensorRandom;
import io.avstack.core.map.Road;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Lidar detector training and evaluation data from the simulator: each frame seed gives a random
 * scene ({@link SceneSampler}: 0..14 actors from 14 m behind to 55 m ahead of the lidar) scanned by
 * the simulator's ray-cast {@link LidarModel} (32 beams, noise and dropout reseeded per frame), and
 * a label per actor: its box in the vehicle frame and the number of lidar returns on it. Same seed
 * => identical points and labels. BUS maps to TRUCK and MOTORCYCLIST to CYCLIST, as for the camera.
 * Not thread-safe (one lidar model, reused).
 */
public final class LidarDatasetGenerator {

    /** Labels need at least this many lidar returns to be asked for (train targets, evaluated truth). */
    public static final int DEFAULT_MIN_POINTS = 5;
    /** Training samples keep points this far outside the grid: augmentation rotates some in. */
    private static final double CROP_MARGIN_M = 8;
    /** Returns lower than this above the road are ground, not object, when counting points on a box, m. */
    private static final double GROUND_CLEARANCE_M = 0.1;
    /** A return this far outside a box still counts as on it (range noise), m. */
    private static final double BOX_MARGIN_M = 0.1;

    /**
     * A ground-truth object.
     *
     * @param box     in the vehicle frame, detector class
     * @param points  lidar returns on the object
     * @param actorId the scene's actor id
     */
    public record Label(BevBox box, int points, long actorId) {
    }

    /**
     * One scan with its labels.
     *
     * @param scan        as the lidar driver would publish it (sensor frame)
     * @param vehicleXyzi the scan's points in the vehicle frame
     */
    public record Frame(long seed, LidarScan scan, float[] vehicleXyzi, List<Label> labels) {
        public Frame {
            labels = List.copyOf(labels);
        }
    }

    private final SensorCalibration lidar;
    private final SceneSampler sampler;
    private final LidarModel model;
    private final SensorToVehicle toVehicle;
    private final BevGrid grid;
    private final int minPoints;
    private final double vruSceneFraction;

    /**
     * @param lidar     the lidar's calibration: its mount is used for both simulation and the
     *                  sensor-to-vehicle transform
     * @param grid      training samples are cropped to it (with a margin) and label boxes must lie in it
     * @param minPoints labels with fewer returns are left out of training samples
     */
    public LidarDatasetGenerator(SensorCalibration lidar, List<Road> roads, BevGrid grid, int minPoints) {
        this(lidar, roads, grid, minPoints, 0);
    }

    /**
     * @param vruSceneFraction share of frames drawn as VRU-dense scenes ({@link SceneSampler}: pedestrians
     *                         and cyclists side by side, a share of the cyclists crossing side-on, which
     *                         the usual scenes never show), in [0, 1]; which frames is decided from the
     *                         frame seed alone, and every other frame is the same as without it
     */
    public LidarDatasetGenerator(SensorCalibration lidar, List<Road> roads, BevGrid grid, int minPoints,
            double vruSceneFraction) {
        if (minPoints < 1) {
            throw new IllegalArgumentException("minPoints must be >= 1, was " + minPoints);
        }
        if (!(vruSceneFraction >= 0 && vruSceneFraction <= 1)) {
            throw new IllegalArgumentException("vruSceneFraction must be in [0, 1], was " + vruSceneFraction);
        }
        this.vruSceneFraction = vruSceneFraction;
        this.lidar = lidar;
        this.grid = grid;
        this.minPoints = minPoints;
        this.sampler = new SceneSampler(roads, new SceneSampler.Placement(lidar.extrinsics().xM(), -14, 55, 14));
        LidarParams params = LidarParams.defaults().mountedAs(lidar.id(), lidar.extrinsics());
        this.model = new LidarModel(params, SensorRandom.sensorSeed(0, lidar.id()));
        this.toVehicle = new SensorToVehicle(lidar.extrinsics());
    }

    public int minPoints() {
        return minPoints;
    }

    public BevGrid grid() {
        return grid;
    }

    public SensorCalibration lidar() {
        return lidar;
    }

    /** Whether frame {@code seed} is a VRU-dense scene. */
    public boolean vruDense(long seed) {
        return SceneSampler.vruDense(seed, vruSceneFraction);
    }

    /** The scan and labels of {@code seed}. */
    public Frame frame(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        // the scan's noise is keyed by its stamp: the frame seed as stamp makes every frame's noise its own
        Scene scene = sampler.sample(rng, seed, vruDense(seed));
        LidarScan scan = model.scan(scene);
        float[] pts = new float[scan.xyzi().length];
        toVehicle.apply(scan.xyzi(), scan.pointCount(), pts);
        double ex = scene.egoPose().xM();
        double ey = scene.egoPose().yM();
        double c = Math.cos(scene.egoPose().yawRad());
        double s = Math.sin(scene.egoPose().yawRad());
        List<Label> labels = new ArrayList<>();
        for (SceneObject o : scene.objects()) {
            ObjectClass cls = SimDatasetGenerator.detectorClass(o.cls());
            if (cls == null) {
                continue;
            }
            double dx = o.xM() - ex;
            double dy = o.yM() - ey;
            BevBox box = new BevBox(cls, c * dx + s * dy, -s * dx + c * dy, o.dims().lengthM(), o.dims().widthM(),
                    o.dims().heightM(), Math.IEEEremainder(o.yawRad() - scene.egoPose().yawRad(), 2 * Math.PI));
            labels.add(new Label(box, pointsOn(box, pts, scan.pointCount()), o.actorId()));
        }
        return new Frame(seed, scan, pts, labels);
    }

    /**
     * The training sample of {@code seed}: vehicle-frame points near the grid, and the boxes with at
     * least {@link #minPoints()} returns whose centre is in the grid.
     */
    public LidarSample sample(long seed) {
        Frame f = frame(seed);
        int n = f.scan().pointCount();
        float[] src = f.vehicleXyzi();
        float[] kept = new float[src.length];
        int k = 0;
        for (int p = 0; p < n; p++) {
            int i = p * LidarScan.FLOATS_PER_POINT;
            if (src[i] >= grid.xMinM() - CROP_MARGIN_M && src[i] < grid.xMaxM() + CROP_MARGIN_M
                    && src[i + 1] >= grid.yMinM() - CROP_MARGIN_M && src[i + 1] < grid.yMaxM() + CROP_MARGIN_M) {
                System.arraycopy(src, i, kept, k * LidarScan.FLOATS_PER_POINT, LidarScan.FLOATS_PER_POINT);
                k++;
            }
        }
        List<BevBox> boxes = new ArrayList<>();
        for (Label l : f.labels()) {
            if (l.points() >= minPoints && grid.contains(l.box().xM(), l.box().yM())) {
                boxes.add(l.box());
            }
        }
        return new LidarSample(Arrays.copyOf(kept, k * LidarScan.FLOATS_PER_POINT), k, boxes);
    }

    /** Frames {@code 0 .. count - 1} of a run on one side of the split, built when asked for. */
    public LidarSampleSource source(SeedRanges.Split split, long runSeed, int count) {
        SeedRanges.frameSeed(split, runSeed, Math.max(0, count - 1)); // range check up front
        return new LidarSampleSource() {
            @Override
            public int size() {
                return count;
            }

            @Override
            public LidarSample sample(int index) {
                return LidarDatasetGenerator.this.sample(SeedRanges.frameSeed(split, runSeed, index));
            }
        };
    }

    /** Returns above the ground inside the box (grown by a noise margin). */
    private static int pointsOn(BevBox box, float[] xyzi, int points) {
        double reach = 0.5 * Math.hypot(box.lengthM(), box.widthM()) + BOX_MARGIN_M;
        int n = 0;
        for (int p = 0; p < points; p++) {
            int i = p * LidarScan.FLOATS_PER_POINT;
            double x = xyzi[i];
            double y = xyzi[i + 1];
            double z = xyzi[i + 2];
            if (z < GROUND_CLEARANCE_M || z > box.heightM() + BOX_MARGIN_M
                    || Math.abs(x - box.xM()) > reach || Math.abs(y - box.yM()) > reach) {
                continue;
            }
            if (box.contains(x, y, BOX_MARGIN_M)) {
                n++;
            }
        }
        return n;
    }
}
