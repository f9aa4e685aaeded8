package io.avstack.fusion.frames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.fusion.Fixtures;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

/** Frame transforms: sensor -> vehicle -> world and back. */
class SensorRigTest {

    private final SensorRig rig = new SensorRig(Fixtures.tree());

    @Test
    void vehicleWorldRoundTripIsExact() {
        rig.setEgo(new EgoPose().set(0, 100, -50, 0.7, 10, 0.1));
        Vector3d p = new Vector3d(12.5, -3.25, 0.5);
        Vector3d w = rig.vehicleToWorld(p, new Vector3d());
        Vector3d back = rig.worldToVehicle(w, new Vector3d());
        assertThat(back.x).isCloseTo(12.5, within(1e-12));
        assertThat(back.y).isCloseTo(-3.25, within(1e-12));
        // and the world point is where a hand rotation puts it
        double c = Math.cos(0.7);
        double s = Math.sin(0.7);
        assertThat(w.x).isCloseTo(100 + c * 12.5 + s * 3.25, within(1e-12));
        assertThat(w.y).isCloseTo(-50 + s * 12.5 - c * 3.25, within(1e-12));
    }

    @Test
    void sensorPointsGoThroughTheirMountToTheWorldAndBack() {
        rig.setEgo(new EgoPose().set(0, 10, 20, Math.PI / 2, 0, 0));
        // the front radar is mounted 3.7 m ahead of the rear axle, level: a point 10 m ahead of it
        Vector3d p = rig.frameToVehicle("radar_front").transformPoint(10, 0, 0, new Vector3d());
        assertThat(p.x).isCloseTo(13.7, within(1e-9));
        Vector3d w = rig.vehicleToWorld(p, new Vector3d());
        assertThat(w.x).isCloseTo(10, within(1e-9));
        assertThat(w.y).isCloseTo(33.7, within(1e-9));
        Vector3d origin = rig.sensorOriginWorld("radar_front", new Vector3d());
        assertThat(origin.y).isCloseTo(23.7, within(1e-9));
        assertThat(rig.sensorYawWorld("radar_front")).isCloseTo(Math.PI / 2, within(1e-9));
        Vector3d back = rig.worldToVehicle(w, new Vector3d());
        rig.tree().vehicleToSensor("radar_front").transformPoint(back, back);
        assertThat(back.x).isCloseTo(10, within(1e-9));
        assertThat(back.y).isCloseTo(0, within(1e-9));
    }

    @Test
    void vehicleFrameIdIsTheIdentityAndUnknownFramesAreNull() {
        assertThat(rig.frameToVehicle(SensorRig.VEHICLE_FRAME).transformPoint(1, 2, 3, new Vector3d()))
                .isEqualTo(new Vector3d(1, 2, 3));
        assertThat(rig.frameToVehicle("nowhere")).isNull();
    }

    @Test
    void sensorVelocityIncludesTheYawRateLeverArm() {
        rig.setEgo(new EgoPose().set(0, 0, 0, 0, 10, 0.5));
        Vector3d v = rig.sensorVelocityWorld("radar_front", new Vector3d());
        assertThat(v.x).isCloseTo(10, within(1e-12));
        assertThat(v.y).isCloseTo(0.5 * 3.7, within(1e-12));
    }
}
