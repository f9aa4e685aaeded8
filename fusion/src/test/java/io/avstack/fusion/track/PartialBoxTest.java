package io.avstack.fusion.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.msg.ObjectClass;
import io.avstack.fusion.Fixtures;
import org.junit.jupiter.api.Test;

/** Lidar boxes that cover only part of a long object measure the track's centre from the part they show. */
class PartialBoxTest {

    private static final double RATIO = 0.9;
    private final PartialBox partial = new PartialBox();

    /** A truck track 10 x 2.5 m centred at (x, y), heading along x. */
    private static Track truck(double x, double y) {
        Track t = new Track(1, 0);
        t.cls = ObjectClass.TRUCK;
        t.x[0] = x;
        t.x[1] = y;
        t.lengthM = 10;
        t.widthM = 2.5;
        t.sizeMeasured = true;
        t.headingKnown = true;
        t.boxHeading = true;
        t.state = TrackState.CONFIRMED;
        return t;
    }

    private static Measurement box(double x, double y, double lengthM, double widthM, double yawRad) {
        MeasurementBatch b = Fixtures.lidarBatch(Fixtures.config(), 0);
        Measurement m = Fixtures.addBox(b, ObjectClass.TRUCK, x, y, 0.2);
        m.lengthM = lengthM;
        m.widthM = widthM;
        m.yawRad = yawRad;
        return m;
    }

    @Test
    void aShortBoxOnTheTrucksFrontMeasuresTheTrucksCentre() {
        Track t = truck(20, -3.5);
        // the front 7 m of the truck: front end at 25 like the track's, centre 1.5 m ahead of the truck's
        Measurement m = box(21.5, -3.5, 7, 2.5, 0);
        Measurement a = partial.anchor(t, m, RATIO, 0, 0);
        assertThat(a).isNotSameAs(m);
        assertThat(a.z[0]).isCloseTo(20, within(1e-9));
        assertThat(a.z[1]).isCloseTo(-3.5, within(1e-9));
        // a third of the 1.5 m shift as extra standard deviation along the heading only
        assertThat(a.r[0]).isCloseTo(0.04 + 0.25, within(1e-9));
        assertThat(a.r[3]).isCloseTo(0.04, within(1e-9));
        assertThat(m.z[0]).isEqualTo(21.5); // the detection itself is untouched
    }

    @Test
    void aShortBoxOnTheRearIsAnchoredOnTheRearAndTheYawsAmbiguityDoesNotMatter() {
        Track t = truck(20, -3.5);
        Measurement m = box(17.0, -3.5, 6, 2.5, Math.PI); // rear end at 14 like the track's
        assertThat(partial.anchor(t, m, RATIO, 0, 0).z[0]).isCloseTo(19.0, within(1e-9));
    }

    @Test
    void aNarrowBoxIsAnchoredOnTheSideFacingTheSensor() {
        Track t = truck(-15, -3.5);
        // behind the ego (sensor at the origin): the box covers the 1.9 m of the truck's width nearest the sensor
        Measurement m = box(-15, -3.5 + 0.3, 10, 1.9, 0);
        Measurement a = partial.anchor(t, m, RATIO, 0, 0);
        assertThat(a.z[0]).isCloseTo(-15, within(1e-9));
        assertThat(a.z[1]).isCloseTo(-3.5, within(1e-9));
        assertThat(a.r[3]).isGreaterThan(a.r[0]);
    }

    @Test
    void fullBoxesRotatedBoxesAndUnmeasuredTracksAreLeftAlone() {
        Track t = truck(20, -3.5);
        assertThat(partial.anchor(t, box(20.3, -3.5, 9.5, 2.4, 0), RATIO, 0, 0).z[0]).isEqualTo(20.3);
        Measurement rotated = box(21.5, -3.5, 4.6, 1.9, Math.PI / 2); // a car across the truck's heading
        assertThat(partial.anchor(t, rotated, RATIO, 0, 0)).isSameAs(rotated);
        Track guessed = truck(20, -3.5);
        guessed.sizeMeasured = false;
        Measurement carBox = box(21.5, -3.5, 7, 2.5, 0);
        carBox.cls = ObjectClass.CAR; // a car the radar took for a truck: its class's length is no measure
        assertThat(partial.anchor(guessed, carBox, RATIO, 0, 0)).isSameAs(carBox);
    }

    @Test
    void aTentativeTracksBoxesAreNotAnchored() {
        Track t = truck(20, -3.5);
        t.state = TrackState.TENTATIVE; // its velocity, hence which end a box shares with it, is a guess
        Measurement m = box(21.5, -3.5, 7, 2.5, 0);
        assertThat(PartialBox.isPartial(t, m, RATIO)).isFalse();
        assertThat(partial.anchor(t, m, RATIO, 0, 0)).isSameAs(m);
    }

    @Test
    void aTruckBoxOnATrackStillAtItsClassLengthIsAnchoredOnThatLength() {
        Track guessed = truck(20, -3.5);
        guessed.sizeMeasured = false; // camera and radar only: the prior 10 m
        // the first lidar box, 8.4 m: its far end 1.6 m short, its centre 0.8 m short
        Measurement m = box(19.2, -3.5, 8.4, 2.5, 0);
        assertThat(partial.anchor(guessed, m, RATIO, 0, 0).z[0]).isCloseTo(20, within(1e-9));
    }

    @Test
    void aTrucksBoxNineTenthsOfItsLengthIsAPartialView() {
        Track t = truck(20, -3.5);
        // 9.1 m of 10, rear end at 15 like the track's (the far end of a truck 20 m ahead short)
        Measurement m = box(19.55, -3.5, 9.1, 2.5, 0);
        assertThat(PartialBox.isPartial(t, m, 0.95)).isTrue();
        assertThat(partial.anchor(t, m, 0.95, 0, 0).z[0]).isCloseTo(20, within(1e-9));
        // 9.3 m: within the box's own length noise
        assertThat(PartialBox.isPartial(t, box(19.65, -3.5, 9.3, 2.5, 0), 0.95)).isFalse();
        // a car's boxes are never partial views, however short
        Track car = truck(20, -3.5);
        car.cls = ObjectClass.CAR;
        car.lengthM = 4.6;
        assertThat(PartialBox.isPartial(car, box(20, -3.5, 4.0, 1.8, 0), 0.95)).isFalse();
    }

    @Test
    void aLongVehiclesLengthShrinksSlowlyAndGrowsAsBefore() {
        double a = 0.2;
        Track t = truck(20, -3.5);
        assertThat(PartialBox.lengthWeight(t, box(20, -3.5, 9.7, 2.5, 0), a)).isCloseTo(0.05, within(1e-12));
        assertThat(PartialBox.lengthWeight(t, box(20, -3.5, 10.5, 2.5, 0), a)).isEqualTo(a);
        // the first box of a track at its class's length: a shorter truck box shrinks it slowly too
        Track guessed = truck(20, -3.5);
        guessed.sizeMeasured = false;
        assertThat(PartialBox.lengthWeight(guessed, box(20, -3.5, 9.7, 2.5, 0), a)).isCloseTo(0.05, within(1e-12));
        assertThat(PartialBox.lengthWeight(guessed, box(20, -3.5, 10.5, 2.5, 0), a)).isEqualTo(1.0);
        Measurement carBox = box(20, -3.5, 4.6, 1.9, 0);
        carBox.cls = ObjectClass.CAR;
        assertThat(PartialBox.lengthWeight(guessed, carBox, a)).isEqualTo(1.0);
        // cars as before
        Track car = truck(20, -3.5);
        car.cls = ObjectClass.CAR;
        car.lengthM = 4.6;
        assertThat(PartialBox.lengthWeight(car, box(20, -3.5, 4.2, 1.8, 0), a)).isEqualTo(a);
    }

    @Test
    void afterThreeSecondsOfShortBoxesTheBoxesAreBelieved() {
        Track t = truck(20, -3.5);
        Measurement m = box(21.5, -3.5, 7, 2.5, 0);
        t.partialBoxRun = PartialBox.MAX_PARTIAL_RUN - 1;
        assertThat(PartialBox.isPartial(t, m, RATIO)).isTrue();
        t.partialBoxRun = PartialBox.MAX_PARTIAL_RUN;
        assertThat(PartialBox.isPartial(t, m, RATIO)).isFalse();
        assertThat(partial.anchor(t, m, RATIO, 0, 0)).isSameAs(m);
    }
}
