package io.avstack.perception.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeatmapOverlayTest {

    /** A mid-grey 80x60 image and an 8x6 heat grid, hot only at cell (5, 2). */
    @Test
    void overlayKeepsTheSizeAndIsBrightestOverTheHotCell() {
        byte[] px = new byte[80 * 60 * 3];
        java.util.Arrays.fill(px, (byte) 200); // a bright background must not outshine the heat
        float[] heat = new float[8 * 6];
        heat[2 * 8 + 5] = 0.9f;
        RgbImage out = HeatmapOverlay.blend(new RgbImage(80, 60, px), new Explanation(List.of(), heat, 8, 6));
        assertThat(out.widthPx()).isEqualTo(80);
        assertThat(out.heightPx()).isEqualTo(60);
        int bestX = -1;
        int bestY = -1;
        int best = -1;
        for (int y = 0; y < 60; y++) {
            for (int x = 0; x < 80; x++) {
                int v = out.get(x, y, 0) + out.get(x, y, 1) + out.get(x, y, 2);
                if (v > best) {
                    best = v;
                    bestX = x;
                    bestY = y;
                }
            }
        }
        // Cell (5, 2) covers pixels x 50..59, y 20..29 (10 px per cell).
        assertThat(bestX).isBetween(50, 59);
        assertThat(bestY).isBetween(20, 29);
        // Cold areas keep a dimmed copy of the image.
        assertThat(out.get(0, 59, 0)).isEqualTo(Math.round(200 * HeatmapOverlay.IMAGE_WEIGHT_PCT / 100f));
    }

    @Test
    void heatMustMatchItsGrid() {
        assertThatThrownBy(() -> new Explanation(List.of(), new float[5], 2, 2)).hasMessageContaining("2x2");
    }
}
