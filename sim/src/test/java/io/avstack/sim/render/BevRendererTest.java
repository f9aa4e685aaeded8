package io.avstack.sim.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avstack.core.msg.Dimensions;
import io.avstack.sim.scene.Scene;
import io.avstack.sim.scene.SceneObject;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BevRendererTest {

    @Test
    void imageHasTheRequestedSizeAndTheEgoWhereTheViewPutsIt() {
        Scene scene = RenderScenes.busyCurve(0);
        BufferedImage image = new BevRenderer(400, 300, 0.25).render(scene, BevOverlay.NONE);
        assertThat(image.getWidth()).isEqualTo(400);
        assertThat(image.getHeight()).isEqualTo(300);
        // The ego box centre is (length/2 - overhang) = 1.3 m ahead of the rear axle, straight up.
        double aheadPx = (RenderScenes.CAR.lengthM() / 2 - 1.0) / 0.25;
        // Sampled just behind the box centre, clear of the heading tick drawn forward from it.
        int u = 201;
        int v = (int) Math.round(300 * 0.75 - aheadPx) + 3;
        assertThat(image.getRGB(u, v) & 0xffffff).isEqualTo(BevRenderer.EGO_RGB);
        // Well outside the road, grass.
        assertThat(image.getRGB(2, 150) & 0xffffff).isEqualTo(BevRenderer.GRASS.getRGB() & 0xffffff);
    }

    @Test
    void actorsAppearInTheirColourAtTheirPixel() {
        Scene scene = RenderScenes.busyCurve(0);
        BevRenderer bev = new BevRenderer(480, 480, 0.2);
        BufferedImage image = bev.render(scene, BevOverlay.NONE);
        SceneObject lead = scene.objects().get(0);
        Point2D px = bev.toPixel(scene, lead.xM(), lead.yM());
        // Sample beside the heading tick, still inside the box.
        Point2D side = bev.toPixel(scene, lead.xM() - 0.8 * Math.cos(lead.yawRad()) + 0.4 * -Math.sin(lead.yawRad()),
                lead.yM() - 0.8 * Math.sin(lead.yawRad()) + 0.4 * Math.cos(lead.yawRad()));
        assertThat(px.getX()).isBetween(0.0, 480.0);
        assertThat(image.getRGB((int) Math.round(side.getX()), (int) Math.round(side.getY())) & 0xffffff)
                .isEqualTo(lead.rgb());
    }

    @Test
    void stopLineIsDrawnInItsLightsColour() {
        Scene red = RenderScenes.busyCurveAt(85, 25_000_000_000L); // cycle 20 s green, 3 s yellow, then red
        BevRenderer bev = new BevRenderer(300, 300, 0.1);
        BufferedImage image = bev.render(red, BevOverlay.NONE);
        var road = red.road();
        var p = road.laneCentreAt(-1, 92 - 0.3, new io.avstack.core.map.Pose2());
        Point2D px = bev.toPixel(red, p.x, p.y);
        int rgb = image.getRGB((int) Math.round(px.getX()), (int) Math.round(px.getY())) & 0xffffff;
        assertThat(rgb).isEqualTo(BevRenderer.lightColour(io.avstack.core.map.LightState.RED).getRGB() & 0xffffff);
    }

    @Test
    void overlaysAreDrawnAndBadOverlayDataIsRejected() {
        Scene scene = RenderScenes.busyCurve(0);
        BevRenderer bev = new BevRenderer(480, 480, 0.2);
        BufferedImage plain = bev.render(scene, BevOverlay.NONE);
        BufferedImage annotated = bev.render(scene, RenderPreview.sampleOverlay(scene));
        int differing = 0;
        for (int y = 0; y < 480; y++) {
            for (int x = 0; x < 480; x++) {
                differing += plain.getRGB(x, y) != annotated.getRGB(x, y) ? 1 : 0;
            }
        }
        assertThat(differing).isGreaterThan(2000);
        assertThatThrownBy(() -> new BevOverlay(List.of(), List.of(), new double[3], new double[0], List.of()))
                .hasMessageContaining("plannedXy");
    }

    @Test
    void pngIsWrittenAndReadsBack(@TempDir Path dir) throws Exception {
        Scene scene = RenderScenes.onStraight(List.of(RenderScenes.at(1, 40, -1.75, 0, new Dimensions(4, 2, 1.5),
                0xff0000)));
        Path file = dir.resolve("sub/bev.png");
        Png.write(new BevRenderer(200, 100, 0.5).render(scene, BevOverlay.NONE), file);
        assertThat(Files.size(file)).isPositive();
        BufferedImage back = ImageIO.read(file.toFile());
        assertThat(back.getWidth()).isEqualTo(200);
        assertThat(back.getHeight()).isEqualTo(100);
    }
}
