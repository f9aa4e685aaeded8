package io.avstack.perception.lidar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.msg.Detection3D;
import io.avstack.core.msg.Dimensions;
import io.avstack.core.msg.ObjectClass;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BevEvaluatorTest {

    private static BevBox car(double x, double y, double yaw) {
        return new BevBox(ObjectClass.CAR, x, y, 4.5, 1.8, 1.5, yaw);
    }

    private static Detection3D det(ObjectClass cls, double score, double x, double y, double yaw) {
        return new Detection3D(cls, score, x, y, 0.75, new Dimensions(4.5, 1.8, 1.5), yaw, Optional.empty());
    }

    @Test
    void perfectDetectionsGiveApOne() {
        BevEvaluator.Frame f = new BevEvaluator.Frame(List.of(car(10, 0, 0), car(20, 3, 0.2)), List.of(),
                List.of(det(ObjectClass.CAR, 0.9, 10, 0, 0), det(ObjectClass.CAR, 0.8, 20, 3, 0.2 + Math.PI)));
        assertThat(BevEvaluator.iou50().averagePrecision(List.of(f), ObjectClass.CAR)).isCloseTo(1, within(1e-12));
    }

    @Test
    void aBoxTurnedSidewaysIsNotAMatchUnderRotatedIou() {
        // same centre, 90 deg off: rotated IoU 1.8^2 / (2 * 8.1 - 3.24) = 0.25
        BevEvaluator.Frame f = new BevEvaluator.Frame(List.of(car(10, 0, 0)), List.of(),
                List.of(det(ObjectClass.CAR, 0.9, 10, 0, Math.PI / 2)));
        assertThat(BevEvaluator.iou50().averagePrecision(List.of(f), ObjectClass.CAR)).isZero();
    }

    @Test
    void aHigherScoredFalsePositiveHalvesThePrecisionEnvelope() {
        // ranked: FP (0.9), TP (0.8): precision at recall 1 is 0.5
        BevEvaluator.Frame f = new BevEvaluator.Frame(List.of(car(10, 0, 0)), List.of(),
                List.of(det(ObjectClass.CAR, 0.9, 30, 5, 0), det(ObjectClass.CAR, 0.8, 10, 0, 0)));
        assertThat(BevEvaluator.iou50().averagePrecision(List.of(f), ObjectClass.CAR)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void detectionsOnIgnoredBoxesNeitherHelpNorHurt() {
        BevEvaluator.Frame f = new BevEvaluator.Frame(List.of(car(10, 0, 0)), List.of(car(30, 5, 0)),
                List.of(det(ObjectClass.CAR, 0.9, 30.4, 5.2, 0.1), det(ObjectClass.CAR, 0.8, 10, 0, 0)));
        assertThat(BevEvaluator.iou50().averagePrecision(List.of(f), ObjectClass.CAR)).isCloseTo(1, within(1e-12));
    }

    @Test
    void aDuplicateDetectionIsAFalsePositiveAndClassesWithoutTruthAreNaN() {
        BevEvaluator.Frame f = new BevEvaluator.Frame(List.of(car(10, 0, 0)), List.of(),
                List.of(det(ObjectClass.CAR, 0.9, 10, 0, 0), det(ObjectClass.CAR, 0.8, 10.2, 0, 0)));
        BevEvaluator e = BevEvaluator.iou50();
        assertThat(e.averagePrecision(List.of(f), ObjectClass.CAR)).isCloseTo(1, within(1e-12));
        var aps = e.averagePrecisions(List.of(f), List.of(ObjectClass.CAR, ObjectClass.TRUCK));
        assertThat(aps.get(ObjectClass.TRUCK)).isNaN();
        assertThat(BevEvaluator.mean(aps)).isCloseTo(1, within(1e-12));
    }
}
