package io.avstack.perception.lidar;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.translate.NoopTranslator;
import io.avstack.core.msg.ObjectClass;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Tiny configurations and synthetic scans that keep the tests fast. */
final class LidarTestData {

    private LidarTestData() {
    }

    /** 12.8 m x 12.8 m at 0.4 m (32 x 32 cells, output 16 x 16), 4 base channels. */
    static LidarDetectorConfig tiny() {
        return LidarDetectorConfig.defaults().withGrid(new BevGrid(0, 12.8, -6.4, 6.4, 0.4, -0.5, 4.5))
                .withBaseChannels(4);
    }

    /**
     * A scan in the vehicle frame: flat ground points every 0.3 m, and for each box its top surface
     * and its four walls sampled every 0.1 m.
     */
    static LidarSample scene(BevGrid g, List<BevBox> boxes, SplittableRandom rng) {
        List<float[]> pts = new ArrayList<>();
        for (double x = g.xMinM(); x < g.xMaxM(); x += 0.3) {
            for (double y = g.yMinM(); y < g.yMaxM(); y += 0.3) {
                pts.add(new float[] {(float) x, (float) y, (float) (0.01 * rng.nextGaussian()), 0.2f});
            }
        }
        for (BevBox b : boxes) {
            double c = Math.cos(b.yawRad());
            double s = Math.sin(b.yawRad());
            for (double u = -b.lengthM() / 2; u <= b.lengthM() / 2; u += 0.1) {
                for (double v = -b.widthM() / 2; v <= b.widthM() / 2; v += 0.1) {
                    boolean edge = Math.abs(u) > b.lengthM() / 2 - 0.1 || Math.abs(v) > b.widthM() / 2 - 0.1;
                    for (double z = edge ? 0.2 : b.heightM(); z <= b.heightM(); z += 0.3) {
                        pts.add(new float[] {(float) (b.xM() + c * u - s * v), (float) (b.yM() + s * u + c * v),
                            (float) z, 0.6f});
                    }
                }
            }
        }
        float[] xyzi = new float[4 * pts.size()];
        for (int i = 0; i < pts.size(); i++) {
            System.arraycopy(pts.get(i), 0, xyzi, 4 * i, 4);
        }
        return new LidarSample(xyzi, pts.size(), boxes);
    }

    /** Random scenes of one to three cars and pedestrians inside the tiny grid, apart from each other. */
    static LidarSampleSource randomScenes(int count, long seed) {
        return randomScenes(count, seed, false);
    }

    /** Like {@link #randomScenes(int, long)}, with 8 m trucks among the cars when {@code trucks}. */
    static LidarSampleSource randomScenes(int count, long seed, boolean trucks) {
        LidarDetectorConfig config = tiny();
        List<LidarSample> samples = new ArrayList<>();
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < count; i++) {
            List<BevBox> boxes = new ArrayList<>();
            int n = 1 + rng.nextInt(3);
            for (int tries = 0; boxes.size() < n && tries < 20; tries++) {
                boolean car = rng.nextBoolean();
                double x = 2 + rng.nextDouble() * 8.8;
                double y = -4 + rng.nextDouble() * 8;
                boolean truck = car && trucks && rng.nextBoolean();
                BevBox b = truck ? new BevBox(ObjectClass.TRUCK, x, y, 8, 2.4, 3, rng.nextDouble() * Math.PI)
                        : car ? new BevBox(ObjectClass.CAR, x, y, 4.4, 1.8, 1.5, rng.nextDouble() * Math.PI)
                        : new BevBox(ObjectClass.PEDESTRIAN, x, y, 0.5, 0.6, 1.7, rng.nextDouble() * Math.PI);
                if (apart(b, boxes)) {
                    boxes.add(b);
                }
            }
            samples.add(scene(config.grid(), boxes, rng));
        }
        return new LidarSampleSource() {
            @Override
            public int size() {
                return samples.size();
            }

            @Override
            public LidarSample sample(int index) {
                return samples.get(index);
            }
        };
    }

    /** Bounding circles at least 0.5 m apart. */
    private static boolean apart(BevBox b, List<BevBox> placed) {
        for (BevBox o : placed) {
            double reach = 0.5 * (Math.hypot(b.lengthM(), b.widthM()) + Math.hypot(o.lengthM(), o.widthM())) + 0.5;
            if (Math.hypot(b.xM() - o.xM(), b.yM() - o.yM()) < reach) {
                return false;
            }
        }
        return true;
    }

    /** One forward pass of {@code model} (built for {@code config}) on {@code input}; checks the output shape. */
    static float[] forward(Model model, float[] input, LidarDetectorConfig config) throws Exception {
        try (NDManager m = NDManager.newBaseManager();
             Predictor<NDList, NDList> p = model.newPredictor(new NoopTranslator())) {
            NDList out = p.predict(new NDList(m.create(input, BevCenterNetModel.inputShape(config))));
            assertThat(out.singletonOrThrow().getShape().getShape())
                    .containsExactly(1, BevLayout.channels(config.numClasses()), config.outputRows(), config.outputCols());
            return out.singletonOrThrow().toFloatArray();
        }
    }

    /**
     * A raster-shaped input for {@code config}'s network, seeded: each value in [0, 1) where a cell is
     * occupied (with probability {@code occupied}), else 0.
     */
    static float[] randomRaster(LidarDetectorConfig config, double occupied) {
        float[] input = new float[(int) BevCenterNetModel.inputShape(config).size()];
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < input.length; i++) {
            input[i] = occupied >= 1 || rng.nextDouble() < occupied ? (float) rng.nextDouble() : 0f;
        }
        return input;
    }
}
