package io.avstack.fusion.track;

import static io.avstack.fusion.track.TrackState.COASTING;
import static io.avstack.fusion.track.TrackState.CONFIRMED;
import static io.avstack.fusion.track.TrackState.DELETED;
import static io.avstack.fusion.track.TrackState.TENTATIVE;
import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.msg.ObjectClass;
import io.avstack.fusion.Fixtures;
import io.avstack.fusion.config.ClassParams;
import io.avstack.fusion.config.FusionConfig;
import io.avstack.fusion.config.LifecycleParams;
import org.junit.jupiter.api.Test;

/** Every transition of the lifecycle (defaults: confirm at p >= 0.75 and 3 hits, coast after 0.3 s, car coasts 2 s). */
class TrackLifecycleTest {

    private final FusionConfig config = Fixtures.config();
    private final LifecycleParams life = config.lifecycle();
    private final ClassParams car = config.classParams(ObjectClass.CAR);

    private TrackState next(TrackState s, double p, int hits, double sinceHitS) {
        return TrackLifecycle.next(s, p, hits, 0, sinceHitS, 0.2, 0.5, life, car);
    }

    @Test
    void tentativeIsConfirmedByExistenceAndHits() {
        assertThat(next(TENTATIVE, 0.9, 3, 0)).isEqualTo(CONFIRMED);
        assertThat(next(TENTATIVE, 0.9, 2, 0)).as("too few hits").isEqualTo(TENTATIVE);
        assertThat(next(TENTATIVE, 0.6, 10, 0)).as("too little existence").isEqualTo(TENTATIVE);
    }

    @Test
    void weakSightingsCountTowardsConfirmationOnlyAfterAConfidentHit() {
        assertThat(TrackLifecycle.next(TENTATIVE, 0.9, 2, 1.1, 0, 0.2, 0.5, life, car))
                .as("two hits and weak sightings worth 1.1").isEqualTo(CONFIRMED);
        assertThat(TrackLifecycle.next(TENTATIVE, 0.9, 2, 0.9, 0, 0.2, 0.5, life, car))
                .as("two hits and weak sightings worth 0.9").isEqualTo(TENTATIVE);
        assertThat(TrackLifecycle.next(TENTATIVE, 0.9, 0, 5.0, 0, 0.2, 0.5, life, car))
                .as("weak sightings alone").isEqualTo(TENTATIVE);
    }

    @Test
    void tentativeWithoutUpdatesIsDeleted() {
        assertThat(next(TENTATIVE, 0.5, 1, life.tentativeMaxGapS() + 0.01)).isEqualTo(DELETED);
    }

    @Test
    void confirmedCoastsWithoutUpdatesAndRecoversWithOne() {
        assertThat(next(CONFIRMED, 0.95, 20, life.coastAfterS() - 0.01)).isEqualTo(CONFIRMED);
        assertThat(next(CONFIRMED, 0.95, 20, life.coastAfterS() + 0.01)).isEqualTo(COASTING);
        assertThat(next(COASTING, 0.95, 20, 0)).isEqualTo(CONFIRMED);
    }

    @Test
    void coastingBeyondTheClassLimitIsDeleted() {
        assertThat(next(COASTING, 0.95, 20, car.maxCoastS() - 0.01)).isEqualTo(COASTING);
        assertThat(next(COASTING, 0.95, 20, car.maxCoastS() + 0.01)).isEqualTo(DELETED);
    }

    @Test
    void lowExistenceOrHugeUncertaintyDeletesAnyTrack() {
        for (TrackState s : new TrackState[] {TENTATIVE, CONFIRMED, COASTING}) {
            assertThat(next(s, life.deleteExistence() / 2, 20, 0)).isEqualTo(DELETED);
            assertThat(TrackLifecycle.next(s, 0.95, 20, 0, 0, life.maxPositionSigmaM() + 0.1, 10, life, car))
                    .isEqualTo(DELETED);
        }
        assertThat(TrackLifecycle.next(COASTING, 0.95, 20, 0, 0.5, 0.2, life.maxPositionSigmaM() + 0.1, life, car))
                .as("a coasting track that is wide along one axis").isEqualTo(DELETED);
        assertThat(TrackLifecycle.next(CONFIRMED, 0.95, 20, 0, 0, 0.2, life.maxPositionSigmaM() + 0.1, life, car))
                .as("an updated camera track may be wide in range").isEqualTo(CONFIRMED);
        assertThat(next(DELETED, 0.95, 20, 0)).isEqualTo(DELETED);
    }
}
