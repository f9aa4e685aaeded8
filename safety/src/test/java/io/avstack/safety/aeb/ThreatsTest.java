package io.avstack.safety.aeb;

import static io.avstack.safety.Fixtures.CONFIG;
import static io.avstack.safety.Fixtures.car;
import static io.avstack.safety.Fixtures.world;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.geom.Extrinsics;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.RadarDetection;
import io.avstack.core.msg.RadarScan;
import io.avstack.core.msg.TrackedObject;
import io.avstack.safety.Fixtures;
import io.avstack.safety.geom.EgoOnPath;
import io.avstack.safety.geom.ObjectRelations;
import io.avstack.safety.geom.PathFrame;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreatsTest {

    private final Aeb aeb = new Aeb(CONFIG.aeb(), CONFIG.vehicle());
    private final WorldModelThreats worldThreats = new WorldModelThreats(aeb, CONFIG.aeb(), CONFIG.vehicle(),
            CONFIG.checks(), CONFIG.rss(), CONFIG.rssVulnerable());
    private final RadarThreats radarThreats = new RadarThreats(aeb, CONFIG.aeb(), CONFIG.vehicle(),
            new Extrinsics(3.7, 0, 0.5, 0, 0, 0));
    private final PathFrame path = new PathFrame();
    private final EgoOnPath egoOnPath = new EgoOnPath();
    private final ObjectRelations relations = new ObjectRelations();
    private final AebThreat out = new AebThreat();

    private void findInWorld(EgoState ego, TrackedObject... objects) {
        path.setStraight(0, 0, 0);
        egoOnPath.set(ego, path);
        relations.update(ego, egoOnPath, world(0, objects), path, CONFIG.vehicle(), CONFIG.checks().minExistenceProb());
        worldThreats.find(egoOnPath, relations, out);
    }

    @Test
    void aStandingCarAheadIsABrakeThreatWhenStoppingNeedsTooMuch() {
        // 15 m/s, gap 15 m; after 0.15 s latency 12.75 m: 225 / 25.5 = 8.8 m/s²
        findInWorld(Fixtures.ego(0, 0, 15), car(2, 20.95, 0.5, 0, 0, 0));
        assertThat(out.present).isTrue();
        assertThat(out.stage).isEqualTo(AebStage.BRAKE);
        assertThat(out.gapM).isCloseTo(15.0, within(1e-9));
        assertThat(out.requiredDecelMps2).isCloseTo(225 / 25.5, within(1e-9));
        assertThat(out.describe()).startsWith("CAR 2 at 15.0 m closing 15.0 m/s, TTC 1.0 s");
    }

    @Test
    void carsOutsideTheCorridorOrPullingAwayAreNoThreat() {
        findInWorld(Fixtures.ego(0, 0, 15), car(2, 20, 3.5, 0, 0, 0), car(3, 10, 0, 0, 20, 0),
                car(4, -10, 0, 0, 30, 0));
        assertThat(out.present).isFalse();
    }

    @Test
    void aPedestrianStepingInIsAThreatAndOneSteppingOutIsNot() {
        // ego 10 m/s reaches x = 20 (gap 16.3 m) in 1.63 s; the pedestrian walks 1.5 m/s towards the lane
        findInWorld(Fixtures.ego(0, 0, 10), Fixtures.pedestrian(5, 20, -3.5, 0, 1.5));
        assertThat(out.present).isTrue();
        assertThat(out.trackId).isEqualTo(5);
        findInWorld(Fixtures.ego(0, 0, 10), Fixtures.pedestrian(6, 20, -0.5, 0, -1.5));
        assertThat(out.present).isFalse();
    }

    @Test
    void aParkedCarBesideAnEgoCreepingPastIsNoThreatForItsLateralDrift() {
        // 3.3 m to the left, its track drifting 0.5 m/s towards the lane (fusion error on a curve),
        // the ego passing at 2 m/s: passing takes 4.6 s, but the drift is extrapolated 1 s at most
        EgoState ego = Fixtures.ego(0, 0, 2);
        path.setStraight(0, 0, 0);
        egoOnPath.set(ego, path);
        for (int i = 0; i <= 6; i++) {
            TrackedObject parked = car(2, CONFIG.vehicle().frontM() + 0.5 + 2.3, 3.3 - 0.05 * i, 0, 0, -0.5);
            relations.update(ego, egoOnPath, world(i * 100 * Fixtures.MS, parked), path, CONFIG.vehicle(),
                    CONFIG.checks().minExistenceProb());
        }
        worldThreats.find(egoOnPath, relations, out);
        assertThat(out.present).isFalse();
    }

    @Test
    void aFarTrackOnlyProbablyInTheCorridorIsNoThreatButOneSurelyInItIs() {
        // an oncoming car 100 m ahead, centred 1.9 m to the left (inside the 2.15 m corridor half
        // width with a 1.8 m car), placed to +-1 m across by the radar: it may as well be in its lane
        EgoState ego = Fixtures.ego(0, 0, 22);
        findInWorld(ego, Fixtures.withLateralSigma(car(3, 105, 1.9, Math.PI, -22, 0), 1.0));
        assertThat(out.present).isFalse();
        findInWorld(ego, Fixtures.withLateralSigma(car(3, 105, 1.9, Math.PI, -22, 0), 0.1));
        assertThat(out.present).as("the same car measured to 0.1 m").isTrue();
        findInWorld(ego, Fixtures.withLateralSigma(car(3, 105, 0.3, Math.PI, -22, 0), 1.0));
        assertThat(out.present).as("a radar-only car in the ego's lane").isTrue();
    }

    @Test
    void radarReturnsAheadInTheCorridorAreThreatsWithTheirRangeRate() {
        EgoState ego = Fixtures.ego(0, 0, 20);
        RadarScan scan = new RadarScan(Header.of("radar_front", 0, 0), List.of(
                new RadarDetection(30, 0.01, 0, -20, 10), // standing car straight ahead
                new RadarDetection(20, 0.3, 0, -20, 10), // guard rail off to the left
                new RadarDetection(10, 0.0, 0, -20, -30))); // too weak
        radarThreats.find(scan, ego, out);
        assertThat(out.present).isTrue();
        assertThat(out.gapM).isCloseTo(30 * Math.cos(0.01), within(1e-9));
        assertThat(out.closingSpeedMps).isCloseTo(20 / Math.cos(0.01), within(1e-9));
        assertThat(out.label()).isEqualTo("radar return");
    }

    @Test
    void radarReturnsPullingAwayAreNoThreat() {
        EgoState ego = Fixtures.ego(0, 0, 20);
        radarThreats.find(new RadarScan(Header.of("radar_front", 0, 0),
                List.of(new RadarDetection(15, 0.0, 0, 2.0, 10))), ego, out);
        assertThat(out.present).isFalse();
    }
}
