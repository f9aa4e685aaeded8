package io.avstack.fusion.track;

import io.avstack.fusion.config.ClassParams;
import io.avstack.fusion.config.LifecycleParams;

/**
 * The lifecycle rules, as one pure function of a track's evidence (docs/FUSION.md):
 * <pre>
 *   TENTATIVE --existence >= confirm, hits >= 1 and hits + weakHits >= confirmHits--> CONFIRMED
 *   TENTATIVE --no update for tentativeMaxGapS--> DELETED
 *   CONFIRMED --no update for coastAfterS--> COASTING --update--> CONFIRMED
 *   COASTING  --no update for the class's maxCoastS--> DELETED
 *   any       --existence < deleteExistence, or narrowest position sigma > maxPositionSigmaM--> DELETED
 *   COASTING  --widest position sigma > maxPositionSigmaM--> DELETED
 * </pre>
 */
public final class TrackLifecycle {

    private TrackLifecycle() {
    }

    /**
     * The next state.
     *
     * @param hits        updates by confident detections
     * @param weakHits    sightings by weak detections, each the fraction of a hit its score is worth
     *                    ({@code Tracker.weakHitFraction}); they count towards confirmation once a
     *                    confident detection has updated the track, never alone
     * @param sinceHitS   time since the last update, s
     * @param narrowSigmaM position standard deviation along the covariance's narrowest axis, m
     * @param wideSigmaM   ... along its widest axis, m (a camera track is legitimately wide in range
     *                     while updated; a coasting track that wide is no use)
     */
    public static TrackState next(TrackState state, double existence, int hits, double weakHits, double sinceHitS,
            double narrowSigmaM, double wideSigmaM, LifecycleParams life, ClassParams cls) {
        if (state == TrackState.DELETED || existence < life.deleteExistence()
                || narrowSigmaM > life.maxPositionSigmaM()
                || (state == TrackState.COASTING && wideSigmaM > life.maxPositionSigmaM())) {
            return TrackState.DELETED;
        }
        return switch (state) {
            case TENTATIVE -> {
                if (sinceHitS > life.tentativeMaxGapS()) {
                    yield TrackState.DELETED;
                }
                yield existence >= life.confirmExistence() && hits >= 1 && hits + weakHits >= life.confirmHits()
                        ? TrackState.CONFIRMED : TrackState.TENTATIVE;
            }
            case CONFIRMED, COASTING -> {
                if (sinceHitS > cls.maxCoastS()) {
                    yield TrackState.DELETED;
                }
                yield sinceHitS > life.coastAfterS() ? TrackState.COASTING : TrackState.CONFIRMED;
            }
            case DELETED -> TrackState.DELETED;
        };
    }
}
