package io.avstack.perception.camera;

import io.avstack.core.msg.ObjectClass;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Coloured rectangles on a noisy grey background with their boxes: a learnable toy detection task. */
final class SyntheticScenes {

    private SyntheticScenes() {
    }

    static List<TrainingSample> make(int count, int width, int height, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<TrainingSample> samples = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] px = new byte[width * height * 3];
            for (int p = 0; p < px.length; p++) {
                px[p] = (byte) (100 + rng.nextInt(20));
            }
            List<LabelledBox> boxes = new ArrayList<>();
            int objects = 1 + rng.nextInt(2);
            for (int o = 0; o < objects; o++) {
                boolean car = rng.nextBoolean();
                int bw = car ? width / 4 + rng.nextInt(width / 8) : width / 10 + rng.nextInt(4);
                int bh = car ? height / 5 + rng.nextInt(height / 10) : height / 3 + rng.nextInt(6);
                int x0 = rng.nextInt(width - bw);
                int y0 = rng.nextInt(height - bh);
                int r = car ? 220 : 20;
                int b = car ? 30 : 230;
                for (int y = y0; y < y0 + bh; y++) {
                    for (int x = x0; x < x0 + bw; x++) {
                        int k = (y * width + x) * 3;
                        px[k] = (byte) r;
                        px[k + 1] = (byte) 40;
                        px[k + 2] = (byte) b;
                    }
                }
                boxes.add(new LabelledBox(car ? ObjectClass.CAR : ObjectClass.PEDESTRIAN, x0, y0, x0 + bw, y0 + bh,
                        5 + rng.nextDouble() * 40));
            }
            samples.add(new TrainingSample(new RgbImage(width, height, px), boxes));
        }
        return samples;
    }
}
