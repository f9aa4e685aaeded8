package io.avstack.safety.aeb;

import static io.avstack.safety.Fixtures.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.msg.ObjectClass;
import org.junit.jupiter.api.Test;

/** Defaults: warn at TTC 2.6 s or 4 m/s² needed, brake at TTC 1.0 s or 6 m/s², min closing 1 m/s. */
class AebTest {

    private final Aeb aeb = new Aeb(CONFIG.aeb(), CONFIG.vehicle());
    private final AebThreat threat = new AebThreat();

    private void threat(double ttc, double closing, double decel) {
        threat.reset();
        threat.offer(aeb.classify(ttc, closing, decel), ttc * closing, closing, ttc, decel, 1, ObjectClass.CAR);
    }

    @Test
    void stagesFollowTimeToCollisionAndNeededBraking() {
        assertThat(aeb.classify(5.0, 5, 1.0)).isEqualTo(AebStage.OFF);
        assertThat(aeb.classify(2.5, 5, 1.0)).isEqualTo(AebStage.WARNING);
        assertThat(aeb.classify(5.0, 5, 4.5)).isEqualTo(AebStage.WARNING);
        assertThat(aeb.classify(0.9, 5, 1.0)).isEqualTo(AebStage.BRAKE);
        assertThat(aeb.classify(5.0, 5, 6.5)).isEqualTo(AebStage.BRAKE);
        // creeping up slower than the minimum closing speed never triggers on TTC alone
        assertThat(aeb.classify(0.5, 0.5, 1.0)).isEqualTo(AebStage.OFF);
    }

    @Test
    void brakingHoldsWhileTheThreatClosesInAndTheEgoMoves() {
        confirmBrake(15);
        threat(3.0, 2, 1); // less urgent now: still closing, braking holds
        assertThat(aeb.update(threat, false, true, 10)).isEqualTo(AebStage.BRAKE);
        threat(Double.POSITIVE_INFINITY, 0, 0); // no longer closing in: released
        assertThat(aeb.update(threat, false, true, 9)).isEqualTo(AebStage.OFF);
        confirmBrake(5);
        threat(2.0, 2, 1);
        assertThat(aeb.update(threat, false, true, 0.05)).isEqualTo(AebStage.WARNING); // stopped: released
    }

    @Test
    void worldModelThreatsMustCallForBrakingOnConsecutiveWorldModelsBeforeTheyBrake() {
        threat(0.8, 8, 5);
        assertThat(aeb.update(threat, false, true, 15)).isEqualTo(AebStage.WARNING); // one world model: a ghost?
        assertThat(aeb.update(threat, false, false, 15)).isEqualTo(AebStage.WARNING); // same world model again
        assertThat(aeb.update(threat, false, true, 15)).isEqualTo(AebStage.BRAKE); // confirmed
    }

    @Test
    void aOneCycleVelocitySpikeOrAnotherTrackDoesNotConfirm() {
        threat(0.8, 8, 5);
        assertThat(aeb.update(threat, false, true, 15)).isEqualTo(AebStage.WARNING);
        threat(3.0, 2, 1); // the spike is gone
        assertThat(aeb.update(threat, false, true, 15)).isEqualTo(AebStage.OFF);
        threat(0.8, 8, 5);
        assertThat(aeb.update(threat, false, true, 15)).isEqualTo(AebStage.WARNING);
        threat.reset();
        threat.offer(AebStage.BRAKE, 6, 8, 0.8, 5, 2, ObjectClass.CAR); // another track: starts over
        assertThat(aeb.update(threat, false, true, 15)).isEqualTo(AebStage.WARNING);
        assertThat(aeb.update(threat, false, true, 15)).isEqualTo(AebStage.BRAKE);
    }

    @Test
    void aHeldBrakeIsReleasedWhenItsThreatIsGoneEvenIfAnotherTrackClosesIn() {
        confirmBrake(15);
        threat.reset();
        threat.offer(AebStage.WARNING, 30, 3, 10, 1, 2, ObjectClass.CAR); // track 1 gone, track 2 far off
        assertThat(aeb.update(threat, false, true, 14)).isEqualTo(AebStage.WARNING);
    }

    private void confirmBrake(double egoSpeedMps) {
        threat(0.8, 8, 5);
        aeb.update(threat, false, true, egoSpeedMps);
        assertThat(aeb.update(threat, false, true, egoSpeedMps)).isEqualTo(AebStage.BRAKE);
    }

    private final Aeb.ScanConfirmation radar = aeb.new ScanConfirmation();

    /** One cycle on raw radar: the scan's threat confirmed, then staged. */
    private AebStage radarCycle(boolean newScan) {
        AebThreat confirmed = new AebThreat();
        confirmed.copyFrom(threat);
        radar.apply(confirmed, newScan);
        return aeb.update(confirmed, true, newScan, 20);
    }

    @Test
    void radarThreatsMustRepeatBeforeTheyBrake() {
        threat(0.5, 10, 9);
        assertThat(radarCycle(true)).isEqualTo(AebStage.WARNING);
        assertThat(radarCycle(false)).isEqualTo(AebStage.WARNING); // same scan again
        assertThat(radarCycle(true)).isEqualTo(AebStage.BRAKE);
    }

    @Test
    void aSingleScanGhostNeverBrakes() {
        threat(0.5, 10, 9);
        assertThat(radarCycle(true)).isEqualTo(AebStage.WARNING);
        threat.reset();
        assertThat(radarCycle(true)).isEqualTo(AebStage.OFF);
        threat(0.5, 10, 9);
        assertThat(radarCycle(true)).isEqualTo(AebStage.WARNING);
    }

    @Test
    void theBrakeCommandIsGradedOnTheNeededBrakingAndCappedByTheVehicle() {
        double full = -Math.min(CONFIG.aeb().brakeCommandMps2(), CONFIG.vehicle().maxDecelMps2());
        threat(0.9, 6, 2.0); // TTC brake, little braking needed: the brake stage's entry level
        assertThat(aeb.brakeAccelMps2(threat)).isEqualTo(-CONFIG.aeb().brakeDecelMps2());
        threat(0.9, 6, 5.0); // 1.5 x 5
        assertThat(aeb.brakeAccelMps2(threat)).isCloseTo(-1.5 * 5.0, org.assertj.core.data.Offset.offset(1e-9));
        threat(0.3, 10, 7.0); // 10.5 wanted: full braking
        assertThat(aeb.brakeAccelMps2(threat)).isEqualTo(full);
        threat(0.1, 10, Double.POSITIVE_INFINITY); // cannot stop in time
        assertThat(aeb.brakeAccelMps2(threat)).isEqualTo(full);
        threat.reset(); // held brake without a threat this cycle: full
        assertThat(aeb.brakeAccelMps2(threat)).isEqualTo(full);
    }
}
