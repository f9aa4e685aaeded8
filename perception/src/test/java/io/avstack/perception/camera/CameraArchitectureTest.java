package io.avstack.perception.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avstack.perception.nn.Normalisation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CameraArchitectureTest {

    @TempDir
    Path dir;

    @Test
    void idsRoundTripAndAbsentMeansTheOriginalNetwork() {
        for (CameraArchitecture a : CameraArchitecture.values()) {
            assertThat(CameraArchitecture.fromId(a.id())).isSameAs(a);
        }
        assertThat(CameraArchitecture.fromId(null)).isSameAs(CameraArchitecture.FPN_LITE);
        assertThat(CameraArchitecture.FPN_LITE.channelsLastInput()).isFalse();
        assertThat(CameraArchitecture.FPN_LITE_DW.channelsLastInput()).isTrue();
        assertThat(DetectorConfig.defaults().architecture()).isSameAs(CameraArchitecture.FPN_LITE);
    }

    @Test
    void unknownIdIsRejectedNamingItAndTheKnownOnes() {
        assertThatThrownBy(() -> CameraArchitecture.fromId("resnet"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("resnet").hasMessageContaining("fpn-lite").hasMessageContaining("fpn-lite-dw");
    }

    @Test
    void metadataWithoutTheFieldIsTheOriginalNetwork() throws Exception {
        // A metadata.json as written before the field existed (the shipped model of session 8's start).
        String json = """
                {"classes": ["CAR", "TRUCK", "PEDESTRIAN", "CYCLIST"], "inputWidthPx": 320, "inputHeightPx": 240,
                 "baseChannels": 16, "outputStride": 4,
                 "normalisation": {"meanR": 0.485, "meanG": 0.456, "meanB": 0.406,
                                   "stdR": 0.229, "stdG": 0.224, "stdB": 0.225},
                 "seed": 0, "epochs": 8, "steps": 2504, "finalLoss": 0.939}
                """;
        ModelMetadata meta = ModelMetadata.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(meta.architecture()).isNull();
        assertThat(meta.detectorConfig()).isEqualTo(DetectorConfig.defaults());
    }

    @Test
    void metadataRecordsTheArchitectureAndRebuildsTheConfig() throws Exception {
        new ModelMetadata(DetectorConfig.DEFAULT_CLASSES, 96, 64, 4, 4, Normalisation.IMAGENET, 1, 1, 1, 1.0,
                List.of("cmd"), CameraArchitecture.FPN_LITE_DW.id()).write(dir);
        assertThat(ModelMetadata.read(dir).detectorConfig().architecture()).isSameAs(CameraArchitecture.FPN_LITE_DW);
    }

    @Test
    void metadataWithAnUnknownArchitectureIsRefusedNamingIt() {
        String json = """
                {"classes": ["CAR"], "inputWidthPx": 96, "inputHeightPx": 64, "baseChannels": 4, "outputStride": 4,
                 "normalisation": {"meanR": 0.5, "meanG": 0.5, "meanB": 0.5, "stdR": 0.2, "stdG": 0.2, "stdB": 0.2},
                 "seed": 0, "epochs": 1, "steps": 1, "finalLoss": 1.0, "architecture": "mystery-net"}
                """;
        assertThatThrownBy(() -> ModelMetadata.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .hasStackTraceContaining("mystery-net");
    }
}
