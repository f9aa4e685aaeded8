package io.avstack.fusion.track;

import io.avstack.fusion.config.ClassParams;
import io.avstack.fusion.config.LifecycleParams;

/**
 * The lifecycle rules, as one pure function of a track's evidence (docs/FUSION.md):
 * <pre>
 *   TENTATIVE --existence >= confirm and hits >= confirmHits--> CONFIRMED
 *   TENTATIVE --no update for tentativeMaxGapS--> DELETED
 *   CONFIRMED --no update for coastAfterS--> COASTING --update--> CONFIRMED
 *   COASTING  --no update for the class's maxCoastS--> DELETED
 *   any       --existence < deleteExistence, or position sigma > maxPositionSigmaM--> DELETED
 * </pre>
 */
public final class TrackLifecycle {

    private TrackLifecycle() {
    }

    /**
     * The next state.
     *
     * @param sinceHitS      time since the last update, s
     * @param positionSigmaM largest position standard deviation, m
     */
    public static TrackState next(TrackState state, double existence, int hits, double sinceHitS,
            double positionSigmaM, LifecycleParams life, ClassParams cls) {
        if (state == TrackState.DELETED || existence < life.deleteExistence()
                || positionSigmaM > life.maxPositionSigmaM()) {
            return TrackState.DELETED;
        }
        return switch (state) {
            case TENTATIVE -> {
                if (sinceHitS > life.tentativeMaxGapS()) {
                    yield TrackState.DELETED;
                }
                yield existence >= life.confirmExistence() && hits >= life.confirmHits()
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
