package io.avstack.perception.camera;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Photometric and geometric augmentation of training samples, all randomness from the generator
 * passed in: brightness/contrast, Gaussian noise, 3x3 blur, horizontal flip (boxes flipped), random
 * crop-and-scale back to the original size (boxes moved, clipped, tiny ones dropped). Robustness
 * mode adds strong corruptions: heavy noise, darkening or over-exposure, a grey occluding block.
 */
public final class Augmenter {

    /** Boxes cropped to less than this many pixels wide or high are dropped. */
    private static final double MIN_BOX_PX = 2;
    /**
     * Standard normal samples, drawn once from a fixed seed; each image reads them from a random
     * start. A per-pixel {@code nextGaussian()} made noise the dominant cost of a training batch.
     */
    private static final int NOISE_TABLE_SIZE = 1 << 16;
    private static final float[] NOISE = noiseTable();
    /**
     * Robustness-mode probabilities. Heavy noise with a 0.4x/1.6x contrast was applied to half the
     * samples at first; a quarter keeps the corruption in training without erasing most of the
     * small, far objects from half the batches.
     */
    static final double STRONG_CORRUPTION_P = 0.25;
    static final double ROBUST_BLUR_P = 0.35;
    static final double BLUR_P = 0.2;
    static final double OCCLUSION_P = 0.25;

    private final boolean robustness;

    public Augmenter(boolean robustness) {
        this.robustness = robustness;
    }

    public TrainingSample apply(TrainingSample sample, RandomGenerator rng) {
        TrainingSample s = sample;
        if (rng.nextBoolean()) {
            s = flip(s);
        }
        if (rng.nextDouble() < 0.5) {
            s = cropScale(s, rng.nextDouble(0.75, 1.0), rng.nextDouble(), rng.nextDouble());
        }
        byte[] px = s.image().data().clone();
        double contrast = rng.nextDouble(0.75, 1.25);
        double brightness = rng.nextDouble(-25, 25);
        double noise = rng.nextDouble() < 0.3 ? rng.nextDouble(2, 8) : 0;
        if (robustness && rng.nextDouble() < STRONG_CORRUPTION_P) {
            noise = rng.nextDouble(10, 30);
            contrast *= rng.nextBoolean() ? 0.4 : 1.6;
        }
        photometric(px, contrast, brightness, noise, rng);
        RgbImage img = new RgbImage(s.image().widthPx(), s.image().heightPx(), px);
        if (rng.nextDouble() < (robustness ? ROBUST_BLUR_P : BLUR_P)) {
            img = blur(img);
        }
        if (robustness && rng.nextDouble() < OCCLUSION_P) {
            occlude(img, rng);
        }
        return new TrainingSample(img, s.boxes());
    }

    /** Mirror image and boxes left-right. */
    public static TrainingSample flip(TrainingSample s) {
        RgbImage im = s.image();
        int w = im.widthPx();
        byte[] src = im.data();
        byte[] dst = new byte[src.length];
        for (int y = 0; y < im.heightPx(); y++) {
            for (int x = 0; x < w; x++) {
                System.arraycopy(src, (y * w + x) * 3, dst, (y * w + (w - 1 - x)) * 3, 3);
            }
        }
        List<LabelledBox> boxes = new ArrayList<>(s.boxes().size());
        for (LabelledBox b : s.boxes()) {
            boxes.add(new LabelledBox(b.cls(), w - b.xMaxPx(), b.yMinPx(), w - b.xMinPx(), b.yMaxPx(), b.distanceM()));
        }
        return new TrainingSample(new RgbImage(w, im.heightPx(), dst), boxes);
    }

    /**
     * Crops a window of {@code scale} times the image size at relative position (fx, fy) in [0, 1]
     * and scales it back up to the full size (nearest neighbour).
     */
    public static TrainingSample cropScale(TrainingSample s, double scale, double fx, double fy) {
        RgbImage im = s.image();
        int w = im.widthPx();
        int h = im.heightPx();
        double cw = w * scale;
        double ch = h * scale;
        double x0 = (w - cw) * fx;
        double y0 = (h - ch) * fy;
        byte[] src = im.data();
        byte[] dst = new byte[src.length];
        for (int y = 0; y < h; y++) {
            int sy = Math.min(h - 1, (int) (y0 + (y + 0.5) * scale));
            for (int x = 0; x < w; x++) {
                int sx = Math.min(w - 1, (int) (x0 + (x + 0.5) * scale));
                System.arraycopy(src, (sy * w + sx) * 3, dst, (y * w + x) * 3, 3);
            }
        }
        List<LabelledBox> boxes = new ArrayList<>();
        for (LabelledBox b : s.boxes()) {
            double bx0 = Math.max(0, (b.xMinPx() - x0) / scale);
            double by0 = Math.max(0, (b.yMinPx() - y0) / scale);
            double bx1 = Math.min(w, (b.xMaxPx() - x0) / scale);
            double by1 = Math.min(h, (b.yMaxPx() - y0) / scale);
            if (bx1 - bx0 >= MIN_BOX_PX && by1 - by0 >= MIN_BOX_PX) {
                // Zooming in makes the object look closer by the same factor.
                double d = b.hasDistance() ? b.distanceM() * scale : Double.NaN;
                boxes.add(new LabelledBox(b.cls(), bx0, by0, bx1, by1, d));
            }
        }
        return new TrainingSample(new RgbImage(w, h, dst), boxes);
    }

    private static void photometric(byte[] px, double contrast, double brightness, double noiseSigma,
            RandomGenerator rng) {
        float[] lut = new float[256];
        for (int v = 0; v < 256; v++) {
            lut[v] = (float) ((v - 128) * contrast + 128 + brightness);
        }
        if (noiseSigma <= 0) {
            for (int i = 0; i < px.length; i++) {
                px[i] = clampToByte(lut[px[i] & 0xFF]);
            }
            return;
        }
        float sigma = (float) noiseSigma;
        int mask = NOISE_TABLE_SIZE - 1;
        int start = rng.nextInt(NOISE_TABLE_SIZE);
        // An odd stride visits the whole table before repeating; a random one decorrelates images.
        int stride = 2 * rng.nextInt(NOISE_TABLE_SIZE / 2) + 1;
        int j = start;
        for (int i = 0; i < px.length; i++) {
            px[i] = clampToByte(lut[px[i] & 0xFF] + NOISE[j] * sigma);
            j = (j + stride) & mask;
        }
    }

    private static byte clampToByte(float v) {
        int r = Math.round(v);
        return (byte) (r < 0 ? 0 : Math.min(r, 255));
    }

    private static float[] noiseTable() {
        SplittableRandom rng = new SplittableRandom(0x5EED);
        float[] t = new float[NOISE_TABLE_SIZE];
        for (int i = 0; i < t.length; i++) {
            t[i] = (float) rng.nextGaussian();
        }
        return t;
    }

    /** 3x3 box blur (edges clamp), separable: a horizontal 3-sum then a vertical one. */
    static RgbImage blur(RgbImage im) {
        int w = im.widthPx();
        int h = im.heightPx();
        int row = w * 3;
        byte[] src = im.data();
        int[] rowSums = new int[src.length];
        for (int y = 0; y < h; y++) {
            int o = y * row;
            for (int x = 0; x < w; x++) {
                int l = o + Math.max(0, x - 1) * 3;
                int m = o + x * 3;
                int r = o + Math.min(w - 1, x + 1) * 3;
                for (int c = 0; c < 3; c++) {
                    rowSums[m + c] = (src[l + c] & 0xFF) + (src[m + c] & 0xFF) + (src[r + c] & 0xFF);
                }
            }
        }
        byte[] dst = new byte[src.length];
        for (int y = 0; y < h; y++) {
            int up = Math.max(0, y - 1) * row;
            int mid = y * row;
            int down = Math.min(h - 1, y + 1) * row;
            for (int i = 0; i < row; i++) {
                dst[mid + i] = (byte) ((rowSums[up + i] + rowSums[mid + i] + rowSums[down + i]) / 9);
            }
        }
        return new RgbImage(w, h, dst);
    }

    private static void occlude(RgbImage im, RandomGenerator rng) {
        int w = im.widthPx();
        int h = im.heightPx();
        int bw = Math.max(1, w / 6);
        int bh = Math.max(1, h / 6);
        int x0 = rng.nextInt(Math.max(1, w - bw));
        int y0 = rng.nextInt(Math.max(1, h - bh));
        byte[] px = im.data();
        for (int y = y0; y < y0 + bh; y++) {
            for (int x = x0; x < x0 + bw; x++) {
                int i = (y * w + x) * 3;
                px[i] = (byte) 128;
                px[i + 1] = (byte) 128;
                px[i + 2] = (byte) 128;
            }
        }
    }
}
