package io.avstack.fusion.track;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.msg.ObjectClass;
import io.avstack.fusion.Fixtures;
import io.avstack.fusion.config.FusionConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The association gates as the tracker applies them: the squared Mahalanobis distance of the
 * innovation against each class's {@code gateMahalanobisSq}, and the global (not greedy) choice among
 * gated pairs. Tracks have position variance {@link #POS_VAR} and boxes {@link #BOX_SIGMA_M}, so an
 * offset {@code d} along x has {@code d² / (POS_VAR + BOX_SIGMA_M²)}.
 */
class AssociatorTest {

    private static final double POS_VAR = 0.04;
    private static final double BOX_SIGMA_M = 0.1;
    private static final double S = POS_VAR + BOX_SIGMA_M * BOX_SIGMA_M;

    private final FusionConfig config = Fixtures.config();
    private final Associator associator = new Associator(config, new KalmanFilter(),
            new MeasurementModel());

    private static Track track(long id, ObjectClass cls, double x, double y) {
        Track t = new Track(id, 0);
        t.cls = cls;
        t.state = TrackState.CONFIRMED;
        t.x[0] = x;
        t.x[1] = y;
        boolean pedestrian = cls == ObjectClass.PEDESTRIAN;
        t.lengthM = pedestrian ? 0.5 : 4.6;
        t.widthM = pedestrian ? 0.6 : 1.85;
        t.heightM = 1.5;
        for (int k = 0; k < MotionModel.N; k++) {
            t.p[k * MotionModel.N + k] = k < 2 ? POS_VAR : 1.0;
        }
        return t;
    }

    /** The offset along x at which a box lies {@code d2} (squared Mahalanobis) from its track. */
    private static double offsetFor(double d2) {
        return Math.sqrt(d2 * S);
    }

    private int assignedColumn(Track t, double boxX) {
        MeasurementBatch b = Fixtures.lidarBatch(config, 0);
        Fixtures.addBox(b, t.cls, boxX, t.x[1], BOX_SIGMA_M);
        associator.associate(List.of(t), b);
        return associator.columnOf(0);
    }

    @Test
    void aBoxJustInsideTheClassGateIsAssignedJustOutsideItIsNot() {
        double gate = config.classParams(ObjectClass.CAR).gateMahalanobisSq();
        assertThat(assignedColumn(track(1, ObjectClass.CAR, 20, 0), 20 + offsetFor(gate - 0.5))).isZero();
        assertThat(assignedColumn(track(1, ObjectClass.CAR, 20, 0), 20 + offsetFor(gate + 0.5))).isEqualTo(-1);
    }

    @Test
    void theGateIsPerClass() {
        double car = config.classParams(ObjectClass.CAR).gateMahalanobisSq();
        double pedestrian = config.classParams(ObjectClass.PEDESTRIAN).gateMahalanobisSq();
        assertThat(pedestrian).as("the default gates differ").isLessThan(car);
        double between = 0.5 * (car + pedestrian);
        // the same statistical distance: within the car's gate, beyond the pedestrian's
        assertThat(assignedColumn(track(1, ObjectClass.CAR, 20, 0), 20 + offsetFor(between))).isZero();
        assertThat(assignedColumn(track(2, ObjectClass.PEDESTRIAN, 20, 0), 20 + offsetFor(between))).isEqualTo(-1);
    }

    @Test
    void aLargerUncertaintyWidensTheGateInMetres() {
        double gate = config.classParams(ObjectClass.CAR).gateMahalanobisSq();
        double offset = 20 + offsetFor(gate + 4); // outside with the tight track
        Track loose = track(1, ObjectClass.CAR, 20, 0);
        loose.p[0] = 4 * POS_VAR;
        assertThat(assignedColumn(loose, offset)).as("a track four times as uncertain along x").isZero();
    }

    @Test
    void theAssignmentIsGlobalNotGreedy() {
        // boxes at 20.6 and 21.7, tracks at 20.0 and 21.0: greedily track 2 takes the nearest pair (0.4 m,
        // d² 0.6) and leaves track 1 the box 1.7 m off (d² 11.1); globally 0.6 m and 0.7 m (d² 1.4 + 1.9)
        Track one = track(1, ObjectClass.CAR, 20.0, 0);
        Track two = track(2, ObjectClass.CAR, 21.0, 0);
        one.p[0] = 0.25;
        two.p[0] = 0.25;
        MeasurementBatch b = Fixtures.lidarBatch(config, 0);
        Fixtures.addBox(b, ObjectClass.CAR, 20.6, 0, BOX_SIGMA_M);
        Fixtures.addBox(b, ObjectClass.CAR, 21.7, 0, BOX_SIGMA_M);
        associator.associate(List.of(one, two), b);
        assertThat(associator.columnOf(0)).isZero();
        assertThat(associator.columnOf(1)).isEqualTo(1);
    }

    @Test
    void aPedestrianBoxIsNeverAssignedToACarTrack() {
        Track car = track(1, ObjectClass.CAR, 20, 0);
        MeasurementBatch b = Fixtures.lidarBatch(config, 0);
        Fixtures.addBox(b, ObjectClass.PEDESTRIAN, 20, 0, BOX_SIGMA_M);
        associator.associate(List.of(car), b);
        assertThat(associator.columnOf(0)).isEqualTo(-1);
        assertThat(associator.rowOf(0)).isEqualTo(-1);
    }
}
