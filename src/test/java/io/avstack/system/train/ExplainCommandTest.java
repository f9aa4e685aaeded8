package io.avstack.system.train;

import io.avstack.system.CliHarness;
import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.geom.SensorCalibration;
import io.avstack.core.msg.ObjectClass;
import io.avstack.perception.camera.LabelledBox;
import io.avstack.perception.camera.RgbImage;
import io.avstack.sim.render.Png;
import io.avstack.sim.run.SimCalibration;
import io.avstack.vehicle.train.ExplainInputs;
import io.avstack.vehicle.train.RoadCatalogue;
import io.avstack.vehicle.train.SeedRanges;
import io.avstack.vehicle.train.SimDatasetGenerator;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code avstack explain} with the bundled weights on held-out simulator frames. */
class ExplainCommandTest {

    /** Brightness is compared over blocks this size, px: thin box outlines and text do not count. */
    private static final int BLOCK_PX = 16;

    private final CliHarness cli = new CliHarness();


    @Test
    void overlayHasTheFrameSizeAndIsBrightestOnTheOnlyCar(@TempDir Path dir) throws Exception {
        SimDatasetGenerator.Frame frame = singleNearCar();
        LabelledBox car = frame.labels().get(0);
        Path image = dir.resolve("frame.png");
        Png.write(ExplainInputs.toImage(frame.image()), image);
        Path picture = dir.resolve("explained.png");

        assertThat(cli.run("explain", image.toString(), "--out", picture.toString(), "--device", "cpu"))
                .as(cli.err()).isZero();
        assertThat(cli.out()).contains("car");
        BufferedImage png = ImageIO.read(picture.toFile());
        assertThat(png.getWidth()).isEqualTo(frame.image().widthPx());
        assertThat(png.getHeight()).isEqualTo(frame.image().heightPx());

        RgbImage overlay = ExplainInputs.toRgb(png);
        int[] best = brightestBlock(overlay);
        double cx = best[0] + BLOCK_PX / 2.0;
        double cy = best[1] + BLOCK_PX / 2.0;
        assertThat(cx).as("brightest block x vs car %s", car).isBetween(car.xMinPx() - BLOCK_PX, car.xMaxPx() + BLOCK_PX);
        assertThat(cy).as("brightest block y vs car %s", car).isBetween(car.yMinPx() - BLOCK_PX, car.yMaxPx() + BLOCK_PX);
    }

    @Test
    void scenarioFrameAtATimeIsExplained(@TempDir Path dir) throws Exception {
        Path picture = dir.resolve("scenario.png");
        assertThat(cli.run("explain", "../scenarios/ccrs.yaml", "--at", "1.0", "--out", picture.toString(),
                "--device", "cpu")).as(cli.err()).isZero();
        BufferedImage png = ImageIO.read(picture.toFile());
        SensorCalibration cam = SimCalibration.load().sensor(SimCalibration.CAMERA_FRONT);
        assertThat(png.getWidth()).isEqualTo(cam.intrinsics().widthPx());
        assertThat(png.getHeight()).isEqualTo(cam.intrinsics().heightPx());
    }

    @Test
    void missingOrNonImageInputFailsNamingTheFile(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("nope.png");
        assertThat(cli.run("explain", missing.toString(), "--out", dir.resolve("o.png").toString())).isEqualTo(1);
        assertThat(cli.err()).contains(missing.toAbsolutePath().toString());
        Path text = dir.resolve("text.png");
        java.nio.file.Files.writeString(text, "not an image");
        assertThat(cli.run("explain", text.toString(), "--out", dir.resolve("o.png").toString())).isEqualTo(1);
        assertThat(cli.err()).contains(text.toAbsolutePath().toString());
    }

    /** The first evaluation frame whose only label is a car at least 40 px high. */
    private static SimDatasetGenerator.Frame singleNearCar() {
        SensorCalibration cam = SimCalibration.load().sensor(SimCalibration.CAMERA_FRONT);
        SimDatasetGenerator gen = new SimDatasetGenerator(cam, RoadCatalogue.withFolder(Path.of("../scenarios/roads")),
                SimDatasetGenerator.defaultOptions(cam));
        for (int i = 0; i < 500; i++) {
            SimDatasetGenerator.Frame f = gen.frame(SeedRanges.frameSeed(SeedRanges.Split.EVAL, 3, i));
            if (f.labels().size() == 1 && f.labels().get(0).cls() == ObjectClass.CAR
                    && f.labels().get(0).heightPx() >= 40 && onlyActorInView(f)) {
                return f;
            }
        }
        throw new IllegalStateException("no single-car frame among 500 evaluation frames");
    }

    /** No unlabelled actor (too occluded or too small) shows either. */
    private static boolean onlyActorInView(SimDatasetGenerator.Frame f) {
        long id = f.labelActorIds().get(0);
        for (long pixel : f.actorIds()) {
            if (pixel >= 0 && pixel != id) {
                return false;
            }
        }
        return true;
    }

    private static int[] brightestBlock(RgbImage im) {
        int[] best = {0, 0};
        long bestSum = -1;
        for (int by = 0; by + BLOCK_PX <= im.heightPx(); by += BLOCK_PX / 2) {
            for (int bx = 0; bx + BLOCK_PX <= im.widthPx(); bx += BLOCK_PX / 2) {
                long sum = 0;
                for (int y = by; y < by + BLOCK_PX; y++) {
                    for (int x = bx; x < bx + BLOCK_PX; x++) {
                        sum += im.get(x, y, 0) + im.get(x, y, 1) + im.get(x, y, 2);
                    }
                }
                if (sum > bestSum) {
                    bestSum = sum;
                    best = new int[] {bx, by};
                }
            }
        }
        return best;
    }
}
