package io.avstack.fusion.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.TrackedObject;
import io.avstack.fusion.Fixtures;
import io.avstack.fusion.config.FusionConfig;
import org.junit.jupiter.api.Test;

/** Surface measurements see the near side, range rates are along the line of sight, late frames are retrodicted. */
class MeasurementModelTest {

    private final FusionConfig config = Fixtures.config();
    private final MeasurementModel model = new MeasurementModel();

    private static Track car(double x, double y, double heading, double vx, double vy) {
        Track t = new Track(1, 0);
        t.x[0] = x;
        t.x[1] = y;
        t.x[2] = vx;
        t.x[3] = vy;
        t.lengthM = 4.6;
        t.widthM = 1.8;
        t.heightM = 1.5;
        t.headingRad = heading;
        return t;
    }

    @Test
    void aCarAheadIsSeenAtTheCentreOfItsRearFace() {
        double[] p = new double[2];
        car(30, 0, 0, 0, 0).visiblePoint(30, 0, 0, 0, p);
        assertThat(p[0]).isCloseTo(30 - 2.3, within(1e-9));
        assertThat(p[1]).isCloseTo(0, within(1e-9));
    }

    @Test
    void aCrossingCarIsSeenAtItsNearSide() {
        double[] p = new double[2];
        car(20, 0, Math.PI / 2, 0, 5).visiblePoint(20, 0, 0, 0, p);
        assertThat(p[0]).isCloseTo(20 - 0.9, within(1e-9));
        assertThat(p[1]).isCloseTo(0, within(1e-9));
    }

    @Test
    void anObliqueCarIsSeenInTheMiddleOfItsAngularExtent() {
        double[] p = new double[2];
        Track t = car(20, 5, 0, 0, 0);
        t.visiblePoint(20, 5, 0, 0, p);
        // the point lies on the box outline and between the extreme corner bearings
        double bearing = Math.atan2(p[1], p[0]);
        double minB = Math.atan2(5 - 0.9, 20 + 2.3);
        double maxB = Math.atan2(5 + 0.9, 20 - 2.3);
        assertThat(bearing).isBetween(minB, maxB);
        boolean onRearFace = Math.abs(p[0] - (20 - 2.3)) < 1e-9 && Math.abs(p[1] - 5) <= 0.9 + 1e-9;
        boolean onRightSide = Math.abs(p[1] - (5 - 0.9)) < 1e-9 && Math.abs(p[0] - 20) <= 2.3 + 1e-9;
        assertThat(onRearFace || onRightSide).as("point %s on the visible outline", java.util.Arrays.toString(p))
                .isTrue();
    }

    @Test
    void rangeRateIsTheRelativeVelocityAlongTheLineOfSightToTheReflection() {
        Track t = car(30, 0, 0, 10, 3);
        MeasurementBatch b = new MeasurementBatch();
        b.begin(TrackedObject.SENSOR_RADAR, 0, config.radar().common());
        b.setSensorPose(0, 0, 0, 15, 0); // sensor moving at 15 m/s along x
        Measurement m = b.add();
        m.dim = 3;
        m.cls = ObjectClass.CAR;
        m.surface = true;
        m.z[0] = 27.7;
        m.z[1] = 0;
        m.z[2] = -5;
        model.linearise(t, config.classParams(ObjectClass.CAR), m, b);
        assertThat(model.zHat[2]).isCloseTo(10 - 15, within(1e-9)); // straight ahead: vx only
        assertThat(model.h[2 * MotionModel.N + 2]).isCloseTo(1, within(1e-9));
        assertThat(model.h[2 * MotionModel.N + 3]).isCloseTo(0, within(1e-9));
        assertThat(model.zHat[0]).isCloseTo(27.7, within(1e-9));
    }

    @Test
    void aLateMeasurementObservesTheRetrodictedState() {
        Track t = car(30, 0, 0, 10, 0);
        t.timeNs = 1_000_000_000L;
        MeasurementBatch b = Fixtures.lidarBatch(config, 900_000_000L); // 0.1 s before the track's time
        Measurement m = Fixtures.addBox(b, ObjectClass.CAR, 29, 0, 0.1);
        model.linearise(t, config.classParams(ObjectClass.CAR), m, b);
        assertThat(model.zHat[0]).isCloseTo(29.0, within(1e-9)); // 30 - 10 * 0.1
        assertThat(model.h[2]).isCloseTo(-0.1, within(1e-12));   // dx/dvx of the retrodicted state
        assertThat(model.r[0]).isGreaterThan(m.r[0]);              // plus the process noise of 0.1 s
    }

    @Test
    void aCameraBearingsPersistentErrorLoosensTheUpdateButNotTheManoeuvreTest() {
        double persistent = 0.008;
        MeasurementModel withPersistent = new MeasurementModel(0, 0, persistent);
        MeasurementBatch b = Fixtures.cameraBatch(config, 0);
        Measurement m = b.add();
        m.cls = ObjectClass.CAR;
        m.surface = true;
        // 25 m ahead: the line of sight along x, so r[3] is across it; 0.15 m is 6 mrad of one frame
        m.setPolarCovariance(25, 0, 0, 3.0, 0.15);
        Track t = car(27.3, 0, 0, 0, 0);
        withPersistent.linearise(t, config.classParams(ObjectClass.CAR), m, b);
        assertThat(withPersistent.r[3]).as("an update: one frame's and the lasting error")
                .isCloseTo(0.15 * 0.15 + (25 * persistent) * (25 * persistent), within(1e-12));
        assertThat(withPersistent.r[0]).as("along the line of sight unchanged").isCloseTo(9.0, within(1e-12));
        withPersistent.linearise(t, config.classParams(ObjectClass.CAR), m, b, false);
        assertThat(withPersistent.r[3]).as("the manoeuvre test: one frame's").isCloseTo(0.15 * 0.15, within(1e-12));
        m.sensor = TrackedObject.SENSOR_LIDAR;
        assertThat(withPersistent.hasPersistentPart(m)).as("camera only").isFalse();
    }

    @Test
    void aCameraMeasurementOfATrucksTrackIsLooserAcrossTheLineOfSightThanOfACars() {
        MeasurementModel widening = new MeasurementModel(config.camera().longVehicleBearingRelSigma(), 0);
        MeasurementBatch b = Fixtures.cameraBatch(config, 0);
        Measurement m = b.add();
        m.cls = ObjectClass.TRUCK;
        m.surface = true;
        // the near side of a vehicle 16 m ahead, 3.5 m right; line of sight ~ along x, so r[3] is across it
        m.setPolarCovariance(11, -3.5, Math.atan2(-3.5, 11), 1.5, 0.07);
        Track truck = car(16, -3.5, 0, 20, 0);
        truck.cls = ObjectClass.TRUCK;
        truck.lengthM = 10;
        truck.widthM = 2.5;
        Track car = car(16, -3.5, 0, 20, 0);
        car.cls = ObjectClass.CAR;
        widening.linearise(car, config.classParams(ObjectClass.CAR), m, b);
        double carAcross = widening.r[3];
        widening.linearise(truck, config.classParams(ObjectClass.TRUCK), m, b);
        double truckAcross = widening.r[3];
        model.linearise(truck, config.classParams(ObjectClass.TRUCK), m, b);
        assertThat(carAcross).isCloseTo(m.r[3], within(1e-12));
        assertThat(model.r[3]).as("the plain model").isCloseTo(m.r[3], within(1e-12));
        // the truck spans ~0.3 rad: 0.1 of it at ~11.5 m is ~0.35 m, against 0.07 m of pixel noise
        assertThat(Math.sqrt(truckAcross)).isGreaterThan(0.3);
    }

    @Test
    void aRadarClusterOfATrucksTrackIsLooserAcrossTheLineOfSightByTheWidthItDoesNotSpan() {
        // an oncoming truck 70 m ahead, 3.3 m left: the radar sees a corner of it (one detection) or
        // its whole front; a car there is measured as it is
        FusionConfig c = config;
        MeasurementModel widening = new MeasurementModel(c.camera().longVehicleBearingRelSigma(), 0);
        MeasurementBatch b = Fixtures.radarBatch(c, 0);
        Measurement corner = Fixtures.addCluster(b, 65, 4.5, -8, 0);
        Track truck = car(70, 3.3, Math.PI, -8, 0);
        truck.cls = ObjectClass.TRUCK;
        truck.lengthM = 10;
        truck.widthM = 2.5;
        widening.linearise(truck, c.classParams(ObjectClass.TRUCK), corner, b);
        double[] extent = new double[2];
        BoxGeometry.bearingExtent(70, 3.3, 10, 2.5, Math.PI, 0, 0, extent);
        double visibleM = (extent[1] - extent[0]) * Math.hypot(65, 4.5);
        assertThat(visibleM).isBetween(2.5, 3.5); // the front and a little of the side
        // line of sight ~ along x: r[4] (dim 3) is across it
        double added = widening.r[4] - corner.r[4];
        assertThat(Math.sqrt(added)).isCloseTo(visibleM / Math.sqrt(12), within(0.05));

        corner.spanAcrossSightM = visibleM;
        widening.linearise(truck, c.classParams(ObjectClass.TRUCK), corner, b);
        assertThat(widening.r[4]).as("a cluster over the whole visible width").isCloseTo(corner.r[4], within(1e-6));

        corner.spanAcrossSightM = 0;
        Track car = car(70, 3.3, Math.PI, -8, 0);
        car.cls = ObjectClass.CAR;
        widening.linearise(car, c.classParams(ObjectClass.CAR), corner, b);
        assertThat(widening.r[4]).as("a car").isCloseTo(corner.r[4], within(1e-12));
    }

    /** A camera batch (sensor at the world origin looking along x) with one ground point at (x, y). */
    private Measurement cameraPoint(MeasurementBatch b, double x, double y) {
        b.begin(TrackedObject.SENSOR_CAMERA, 0, config.camera().common());
        b.setSensorPose(0, 0, 0, 0, 0);
        Measurement m = b.add();
        m.dim = 2;
        m.cls = ObjectClass.CAR;
        m.score = 0.9;
        m.surface = true;
        m.setPolarCovariance(x, y, Math.atan2(y, x), 2.0, 0.006 * Math.hypot(x, y));
        return m;
    }

    private static Track published(Track t) {
        t.state = TrackState.CONFIRMED;
        return t;
    }

    @Test
    void aCameraBoxOfACarPartlyHiddenBehindANearerOneIsLooserAcrossTheLineOfSightByTheHiddenPart() {
        // two cars parked at the kerb, 3 m right of the camera: the nearer (6.5 m ahead) hides the
        // rear corner of the farther (13.5 m ahead) furthest from the ego's lane
        MeasurementBatch b = new MeasurementBatch();
        Measurement m = cameraPoint(b, 11.2, -1.9);
        Track near = published(car(6.5, -3.0, 0, 0, 0));
        Track far = published(car(13.5, -3.0, 0, 0, 0));
        OcclusionCheck occlusion = new OcclusionCheck();
        occlusion.hiddenExtents(java.util.List.of(near, far), b);
        assertThat(near.hiddenRad).as("nothing in front of the nearer car").isZero();
        double[] nearExtent = new double[2];
        double[] farExtent = new double[2];
        BoxGeometry.bearingExtent(6.5, -3.0, 4.6, 1.8, 0, 0, 0, nearExtent);
        BoxGeometry.bearingExtent(13.5, -3.0, 4.6, 1.8, 0, 0, 0, farExtent);
        // the nearer car's extent reaches past the farther one's rightmost bearing, not its leftmost
        double nearHi = Math.atan2(-3.0, 6.5) + nearExtent[1];
        double farLo = Math.atan2(-3.0, 13.5) + farExtent[0];
        assertThat(far.hiddenRad).isCloseTo(nearHi - farLo, within(1e-9)).isGreaterThan(0.05);

        model.linearise(far, config.classParams(ObjectClass.CAR), m, b);
        double range = Math.hypot(11.2, -1.9);
        double ux = 11.2 / range;
        double uy = -1.9 / range;
        double across = uy * uy * model.r[0] - 2 * ux * uy * model.r[1] + ux * ux * model.r[3];
        double acrossBefore = uy * uy * m.r[0] - 2 * ux * uy * m.r[1] + ux * ux * m.r[3];
        double hiddenM = far.hiddenRad * range;
        assertThat(across - acrossBefore).isCloseTo(hiddenM * hiddenM / 12, within(1e-9));
        double along = ux * ux * model.r[0] + 2 * ux * uy * model.r[1] + uy * uy * model.r[3];
        double alongBefore = ux * ux * m.r[0] + 2 * ux * uy * m.r[1] + uy * uy * m.r[3];
        assertThat(along).as("along the line of sight: unchanged").isCloseTo(alongBefore, within(1e-9));

        far.hiddenRad = 0;
        model.linearise(far, config.classParams(ObjectClass.CAR), m, b);
        assertThat(model.r[0]).as("in full view").isCloseTo(m.r[0], within(1e-12));
    }

    @Test
    void onlyANearerPublishedTrackCoveringAnEndOfTheExtentHidesPartOfIt() {
        MeasurementBatch b = new MeasurementBatch();
        cameraPoint(b, 20, 0);
        OcclusionCheck occlusion = new OcclusionCheck();
        Track target = published(car(20, 0, 0, 0, 0));
        Track middle = published(car(10, 0, 0, 0, 0)); // covers the target's middle and both ends: all
        occlusion.hiddenExtents(java.util.List.of(target, middle), b);
        assertThat(target.hiddenRad).as("hidden entirely: nothing to say which part was seen").isZero();
        Track pole = published(car(10, 0, 0, 0, 0));
        pole.lengthM = 0.3;
        pole.widthM = 0.3;
        occlusion.hiddenExtents(java.util.List.of(target, pole), b);
        assertThat(target.hiddenRad).as("a narrow one inside the extent leaves both ends in view").isZero();
        Track side = published(car(10, 0.9, 0, 0, 0));
        Track tentative = car(10, 0.9, 0, 0, 0);
        Track farther = published(car(30, 0.9, 0, 0, 0));
        occlusion.hiddenExtents(java.util.List.of(target, tentative, farther), b);
        assertThat(target.hiddenRad).as("tentative or farther tracks hide nothing").isZero();
        occlusion.hiddenExtents(java.util.List.of(target, side), b);
        assertThat(target.hiddenRad).as("one end covered").isGreaterThan(0.03);
    }

    @Test
    void aLidarBoxOfATrucksTrackIsLooserAlongItsHeadingThanOfACars() {
        MeasurementModel widening = new MeasurementModel(0, config.lidar().longVehicleLengthRelSigma());
        MeasurementBatch b = Fixtures.lidarBatch(config, 0);
        Measurement m = Fixtures.addBox(b, ObjectClass.TRUCK, 20, 3.5, 0.2);
        double heading = Math.PI; // oncoming, along -x
        Track truck = car(20, 3.5, heading, -8, 0);
        truck.cls = ObjectClass.TRUCK;
        truck.lengthM = 10;
        Track car = car(20, 3.5, heading, -8, 0);
        widening.linearise(car, config.classParams(ObjectClass.CAR), m, b);
        assertThat(widening.r[0]).as("a car's box: unchanged").isCloseTo(m.r[0], within(1e-12));
        widening.linearise(truck, config.classParams(ObjectClass.TRUCK), m, b);
        double along = config.lidar().longVehicleLengthRelSigma() * 10;
        assertThat(widening.r[0]).as("along the heading").isCloseTo(m.r[0] + along * along, within(1e-9));
        assertThat(widening.r[3]).as("across it: unchanged").isCloseTo(m.r[3], within(1e-9));
        assertThat(widening.r[1]).isCloseTo(0, within(1e-9));
        model.linearise(truck, config.classParams(ObjectClass.TRUCK), m, b);
        assertThat(model.r[0]).as("the plain model").isCloseTo(m.r[0], within(1e-12));
    }

    @Test
    void aTurnedLidarBoxBesideTheSensorIsLooserAcrossATrucksHeadingByItsTurn() {
        MeasurementBatch b = Fixtures.lidarBatch(config, 0);
        double heading = Math.PI; // oncoming, along -x
        Track beside = car(2, 3.5, heading, -8, 0);
        beside.cls = ObjectClass.TRUCK;
        beside.lengthM = 10;
        beside.headingKnown = true;
        Track ahead = car(44, 3.5, heading, -8, 0);
        ahead.cls = ObjectClass.TRUCK;
        ahead.lengthM = 10;
        ahead.headingKnown = true;
        Measurement turned = Fixtures.addBox(b, ObjectClass.TRUCK, 2, 3.3, 0.2);
        turned.yawRad = Math.toRadians(8); // 8 deg off the heading, modulo pi
        model.linearise(beside, config.classParams(ObjectClass.TRUCK), turned, b);
        double spread = 5 * Math.sin(Math.toRadians(8));
        assertThat(model.r[3]).as("across the heading").isCloseTo(turned.r[3] + spread * spread, within(1e-9));
        assertThat(model.r[0]).as("along it: unchanged").isCloseTo(turned.r[0], within(1e-9));

        Measurement far = Fixtures.addBox(b, ObjectClass.TRUCK, 44, 3.3, 0.2);
        far.yawRad = Math.toRadians(8);
        model.linearise(ahead, config.classParams(ObjectClass.TRUCK), far, b);
        assertThat(model.r[3]).as("a truck ahead: unchanged").isCloseTo(far.r[3], within(1e-12));

        Measurement aligned = Fixtures.addBox(b, ObjectClass.TRUCK, 2, 3.3, 0.2);
        aligned.yawRad = 0;
        model.linearise(beside, config.classParams(ObjectClass.TRUCK), aligned, b);
        assertThat(model.r[3]).as("a box along the heading: unchanged").isCloseTo(aligned.r[3], within(1e-12));
    }
}
