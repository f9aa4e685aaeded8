package io.avstack.vehicle.train;

import io.avstack.core.geom.Extrinsics;
import io.avstack.core.geom.SensorCalibration;
import io.avstack.core.msg.ObjectClass;
import io.avstack.perception.camera.LabelledBox;
import io.avstack.perception.camera.RgbImage;
import io.avstack.perception.camera.TrainingSample;
import io.avstack.perception.nn.ImageResampler;
import io.avstack.sim.render.CameraRenderConfig;
import io.avstack.sim.render.CameraRenderer;
import io.avstack.sim.render.VisibleBox;
import io.avstack.sim.scene.Scene;
import io.avstack.sim.scene.SceneObject;
import io.avstack.core.map.Road;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Camera detector training data from the simulator: each frame seed gives a random scene
 * ({@link SceneSampler}), lighting, colour jitter and sensor noise, rendered by the simulator's
 * {@link CameraRenderer}, labelled with the renderer's visible boxes. Same seed => identical image
 * bytes and labels. Labels keep actors with visible fraction >= {@code minVisibleFraction} and
 * visible height >= {@code minHeightPx} (full-resolution pixels); BUS maps to TRUCK and
 * MOTORCYCLIST to CYCLIST. The distance of a label is the horizontal range from the camera to the
 * nearest point of the actor's footprint (what the box bottom shows and what a planner needs).
 */
public final class SimDatasetGenerator {

    /**
     * @param minVisibleFraction labels need at least this visible fraction (occlusion), 0..1
     * @param minHeightPx        labels need at least this visible height, full-resolution px
     * @param outWidthPx         stored image width (the frame is area-downscaled to it)
     * @param outHeightPx        stored image height
     * @param maxActors          actors per scene at most (uniform 0..maxActors); 8 for evaluation,
     *                           training may use denser scenes for more labels per rendered frame
     * @param vruSceneFraction   share of frames drawn as VRU-dense scenes (pedestrians and cyclists
     *                           side by side, {@link SceneSampler}), 0..1; 0 for evaluation. Which
     *                           frames are VRU-dense is decided from the seed by a separate generator,
     *                           so with 0 every frame is exactly what it was before the option existed
     */
    public record Options(double minVisibleFraction, int minHeightPx, int outWidthPx, int outHeightPx,
                          int maxActors, double vruSceneFraction) {
        public Options {
            if (!(minVisibleFraction >= 0 && minVisibleFraction <= 1) || minHeightPx < 1 || outWidthPx < 1
                    || outHeightPx < 1 || maxActors < 0 || !(vruSceneFraction >= 0 && vruSceneFraction <= 1)) {
                throw new IllegalArgumentException("SimDatasetGenerator.Options needs minVisibleFraction in [0, 1], "
                        + "minHeightPx >= 1, a positive output size, maxActors >= 0 and vruSceneFraction in [0, 1], was "
                        + minVisibleFraction + ", " + minHeightPx + ", " + outWidthPx + "x" + outHeightPx + ", "
                        + maxActors + ", " + vruSceneFraction);
            }
        }

        /** Without VRU-dense scenes. */
        public Options(double minVisibleFraction, int minHeightPx, int outWidthPx, int outHeightPx, int maxActors) {
            this(minVisibleFraction, minHeightPx, outWidthPx, outHeightPx, maxActors, 0);
        }

        /** With the evaluation scene density ({@value SceneSampler#DEFAULT_MAX_ACTORS} actors at most). */
        public Options(double minVisibleFraction, int minHeightPx, int outWidthPx, int outHeightPx) {
            this(minVisibleFraction, minHeightPx, outWidthPx, outHeightPx, SceneSampler.DEFAULT_MAX_ACTORS);
        }
    }

    /**
     * A frame at full camera resolution with its labels (for evaluation and checks).
     *
     * @param labelActorIds the actor id of each label, same order
     * @param actorIds      per pixel (row-major) the id of the actor shown there, -1 for none
     */
    public record Frame(long seed, RgbImage image, List<LabelledBox> labels, List<Long> labelActorIds,
                        long[] actorIds) {
    }


    private final SensorCalibration camera;
    private final SceneSampler sampler;
    private final Options options;

    public SimDatasetGenerator(SensorCalibration camera, List<Road> roads, Options options) {
        if (camera.intrinsics() == null) {
            throw new IllegalArgumentException("sensor " + camera.id() + " has no camera intrinsics");
        }
        this.camera = camera;
        this.options = options;
        this.sampler = new SceneSampler(roads, SceneSampler.Placement.camera(camera.extrinsics().xM(),
                options.maxActors()));
    }

    /** Default options: visible fraction >= 0.3, height >= 10 px, full camera resolution. */
    public static Options defaultOptions(SensorCalibration camera) {
        return new Options(0.3, 10, camera.intrinsics().widthPx(), camera.intrinsics().heightPx());
    }

    /** The frame of {@code seed} at full resolution. */
    public Frame frame(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Scene scene = sampler.sample(rng, 0, vruDense(seed));
        CameraRenderConfig config = new CameraRenderConfig(LightingSampler.sample(rng), seed,
                0.15 * rng.nextDouble(), 6 * rng.nextDouble(), 0.1, 250);
        CameraRenderer renderer = new CameraRenderer(camera.intrinsics(), camera.extrinsics(), config);
        int w = renderer.widthPx();
        int h = renderer.heightPx();
        byte[] rgb = new byte[w * h * 3];
        renderer.renderInto(scene, rgb);
        List<VisibleBox> visible = new ArrayList<>();
        renderer.visibleBoxes(visible);
        List<LabelledBox> labels = new ArrayList<>(visible.size());
        List<Long> ids = new ArrayList<>(visible.size());
        for (VisibleBox v : visible) {
            ObjectClass cls = detectorClass(v.cls());
            if (cls == null || v.visibleFraction() < options.minVisibleFraction()
                    || v.maxV() - v.minV() + 1 < options.minHeightPx()) {
                continue;
            }
            labels.add(new LabelledBox(cls, v.minU(), v.minV(), v.maxU() + 1, v.maxV() + 1,
                    rangeM(scene, find(scene, v.actorId()))));
            ids.add(v.actorId());
        }
        long[] pixelIds = new long[w * h];
        renderer.actorIds(pixelIds);
        return new Frame(seed, new RgbImage(w, h, rgb), List.copyOf(labels), List.copyOf(ids), pixelIds);
    }

    /**
     * Whether frame {@code seed} is a VRU-dense scene: drawn from its own generator (seed mixed with
     * a constant), so the frame's main random stream is the same either way.
     */
    public boolean vruDense(long seed) {
        return SceneSampler.vruDense(seed, options.vruSceneFraction());
    }

    /** The frame of {@code seed} scaled to the options' output size, as a training sample. */
    public TrainingSample sample(long seed) {
        Frame f = frame(seed);
        RgbImage im = f.image();
        int ow = options.outWidthPx();
        int oh = options.outHeightPx();
        if (ow == im.widthPx() && oh == im.heightPx()) {
            return new TrainingSample(im, f.labels());
        }
        double sx = ow / (double) im.widthPx();
        double sy = oh / (double) im.heightPx();
        List<LabelledBox> scaled = new ArrayList<>(f.labels().size());
        for (LabelledBox b : f.labels()) {
            scaled.add(new LabelledBox(b.cls(), b.xMinPx() * sx, b.yMinPx() * sy, b.xMaxPx() * sx, b.yMaxPx() * sy,
                    b.distanceM()));
        }
        return new TrainingSample(new RgbImage(ow, oh, ImageResampler.areaDownscale(im.data(), im.widthPx(),
                im.heightPx(), ow, oh)), scaled);
    }

    /** Samples of frames {@code 0 .. count - 1} of a run on one side of the split. */
    public List<TrainingSample> samples(SeedRanges.Split split, long runSeed, int count) {
        List<TrainingSample> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(sample(SeedRanges.frameSeed(split, runSeed, i)));
        }
        return out;
    }

    /** The detector class of a simulated class; null for classes the detector does not have. */
    public static ObjectClass detectorClass(ObjectClass sim) {
        return switch (sim) {
            case CAR -> ObjectClass.CAR;
            case TRUCK, BUS -> ObjectClass.TRUCK;
            case PEDESTRIAN -> ObjectClass.PEDESTRIAN;
            case CYCLIST, MOTORCYCLIST -> ObjectClass.CYCLIST;
            case UNKNOWN -> null;
        };
    }

    private static SceneObject find(Scene scene, long actorId) {
        for (SceneObject o : scene.objects()) {
            if (o.actorId() == actorId) {
                return o;
            }
        }
        throw new IllegalStateException("renderer reported actor " + actorId + " that is not in the scene");
    }

    /** Horizontal range from the camera to the nearest point of the actor's footprint, m (> 0). */
    private double rangeM(Scene scene, SceneObject o) {
        Extrinsics e = camera.extrinsics();
        double c = Math.cos(scene.egoPose().yawRad());
        double s = Math.sin(scene.egoPose().yawRad());
        double camX = scene.egoPose().xM() + c * e.xM() - s * e.yM();
        double camY = scene.egoPose().yM() + s * e.xM() + c * e.yM();
        double dx = camX - o.xM();
        double dy = camY - o.yM();
        double ca = Math.cos(o.yawRad());
        double sa = Math.sin(o.yawRad());
        double lx = ca * dx + sa * dy;
        double ly = -sa * dx + ca * dy;
        double ex = Math.abs(lx) - o.dims().lengthM() / 2;
        double ey = Math.abs(ly) - o.dims().widthM() / 2;
        double r = Math.hypot(Math.max(0, ex), Math.max(0, ey));
        return Math.max(0.01, r);
    }
}
