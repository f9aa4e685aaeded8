package io.avstack.perception.camera;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import ai.djl.Model;
import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.ImageEncoding;
import io.avstack.perception.nn.TorchThreads;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end on the toy task: train, detect the training images, evaluate. Fails if target
 * encoding and box decoding disagree (boxes would miss the IoU 0.5 bar). Generalisation is not
 * measured: 32 toy images are too few for a stable held-out score.
 */
class ToyDetectionTest {

    @BeforeAll
    static void oneThread() {
        TorchThreads.setIntraOp(1);
    }

    @Test
    void trainedToyDetectorFindsTheRectanglesItWasTrainedOn() {
        DetectorConfig config = TestConfigs.tiny();
        List<TrainingSample> train = SyntheticScenes.make(32, 96, 64, 21);
        TrainerConfig tc = new TrainerConfig(100, 8, 1e-2, 3, false, false, 300);
        List<DetectionEvaluator.Image> images = new ArrayList<>();
        try (CameraDetector detector = new CameraDetector(CenterNetModel.newModel(config, Device.cpu(), 3), config)) {
            // The detector wraps the model being trained: predictors see the updated parameters.
            new CameraTrainer(config, tc).train(modelOf(detector), train, null);
            for (TrainingSample s : train) {
                CameraFrame f = new CameraFrame(Header.of("camera_front", 0, 0), 96, 64, ImageEncoding.RGB8, "",
                        s.image().data());
                images.add(new DetectionEvaluator.Image(s.boxes(), detector.detect(f)));
            }
        }
        double map = DetectionEvaluator.voc().meanAveragePrecision(images, DetectorConfig.DEFAULT_CLASSES);
        assertThat(map).as("training-set mAP@0.5").isGreaterThan(0.9);
    }

    private static Model modelOf(CameraDetector detector) {
        return detector.model();
    }
}
