package io.avstack.perception.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.msg.Detection2D;
import io.avstack.core.msg.ObjectClass;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetectionEvaluatorTest {

    private static LabelledBox truth(ObjectClass c, double x) {
        return LabelledBox.of(c, x, 0, x + 10, 10);
    }

    private static Detection2D det(ObjectClass c, double score, double x) {
        return new Detection2D(c, score, x, 0, x + 10, 10);
    }

    private final DetectionEvaluator eval = DetectionEvaluator.voc();

    @Test
    void perfectDetectionsGiveApOne() {
        var img = new DetectionEvaluator.Image(List.of(truth(ObjectClass.CAR, 0), truth(ObjectClass.CAR, 50)),
                List.of(det(ObjectClass.CAR, 0.9, 0), det(ObjectClass.CAR, 0.8, 50)));
        assertThat(eval.averagePrecision(List.of(img), ObjectClass.CAR)).isEqualTo(1.0);
    }

    @Test
    void handComputedAllPointInterpolation() {
        // 3 ground-truth cars over two images. Ranked detections: TP (0.9), FP (0.8), TP (0.7), FP dup (0.6).
        // Precision/recall: (1, 1/3), (1/2, 1/3), (2/3, 2/3), (1/2, 2/3). Envelope: 1 up to r=1/3, 2/3 up to
        // r=2/3, 0 beyond (third car never found): AP = 1/3 * 1 + 1/3 * 2/3 = 5/9.
        var a = new DetectionEvaluator.Image(List.of(truth(ObjectClass.CAR, 0), truth(ObjectClass.CAR, 100)),
                List.of(det(ObjectClass.CAR, 0.9, 0), det(ObjectClass.CAR, 0.8, 40), det(ObjectClass.CAR, 0.6, 1)));
        var b = new DetectionEvaluator.Image(List.of(truth(ObjectClass.CAR, 20)),
                List.of(det(ObjectClass.CAR, 0.7, 21)));
        assertThat(eval.averagePrecision(List.of(a, b), ObjectClass.CAR)).isCloseTo(5.0 / 9, within(1e-12));
    }

    @Test
    void wrongClassAndLowIouAreFalsePositivesAndMapAveragesClassesWithTruth() {
        var img = new DetectionEvaluator.Image(
                List.of(truth(ObjectClass.CAR, 0), truth(ObjectClass.PEDESTRIAN, 50)),
                List.of(det(ObjectClass.PEDESTRIAN, 0.9, 0), det(ObjectClass.CAR, 0.8, 6),
                        det(ObjectClass.PEDESTRIAN, 0.7, 50)));
        List<ObjectClass> classes = DetectorConfig.DEFAULT_CLASSES;
        // CAR: the only car detection has IoU 4/16 < 0.5 -> AP 0. PEDESTRIAN: FP then TP -> AP 0.5.
        assertThat(eval.averagePrecision(List.of(img), ObjectClass.CAR)).isZero();
        assertThat(eval.averagePrecision(List.of(img), ObjectClass.PEDESTRIAN)).isCloseTo(0.5, within(1e-12));
        assertThat(eval.averagePrecision(List.of(img), ObjectClass.TRUCK)).isNaN();
        assertThat(eval.averagePrecisions(List.of(img), classes)).containsOnlyKeys(ObjectClass.CAR,
                ObjectClass.PEDESTRIAN);
        assertThat(eval.meanAveragePrecision(List.of(img), classes)).isCloseTo(0.25, within(1e-12));
    }
}
