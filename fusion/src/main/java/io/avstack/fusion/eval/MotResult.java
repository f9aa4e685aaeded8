package io.avstack.fusion.eval;

/**
 * CLEAR-MOT counts and sums over scored frames (docs/FUSION.md, "Evaluation"). Immutable; combine
 * runs with {@link #plus}.
 *
 * @param frames        world models scored
 * @param groundTruth   ground-truth objects that counted (in the evaluated region, not hidden), summed over frames
 * @param matches       of those, matched to a track
 * @param missed        of those, not matched (false negatives)
 * @param falseTracks   published tracks in the region matched to no ground truth, summed over frames (false positives)
 * @param idSwitches    matches to a different track than the object's previous match
 * @param sumDistM      sum of matched position errors, m
 * @param sumDistSqM2   sum of squared matched position errors, m²
 * @param sumVelErrSq   sum of squared matched velocity errors, m²/s²
 */
public record MotResult(long frames, long groundTruth, long matches, long missed, long falseTracks, long idSwitches,
                        double sumDistM, double sumDistSqM2, double sumVelErrSq) {

    public static final MotResult EMPTY = new MotResult(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public MotResult plus(MotResult o) {
        return new MotResult(frames + o.frames, groundTruth + o.groundTruth, matches + o.matches, missed + o.missed,
                falseTracks + o.falseTracks, idSwitches + o.idSwitches, sumDistM + o.sumDistM,
                sumDistSqM2 + o.sumDistSqM2, sumVelErrSq + o.sumVelErrSq);
    }

    /** {@code 1 - (missed + falseTracks + idSwitches) / groundTruth}; NaN without ground truth. */
    public double mota() {
        return groundTruth == 0 ? Double.NaN : 1.0 - (double) (missed + falseTracks + idSwitches) / groundTruth;
    }

    /** Mean position error of the matches, m; NaN without matches. */
    public double motpM() {
        return matches == 0 ? Double.NaN : sumDistM / matches;
    }

    /** Root-mean-square position error of the matches, m. */
    public double posRmseM() {
        return matches == 0 ? Double.NaN : Math.sqrt(sumDistSqM2 / matches);
    }

    /** Root-mean-square velocity error (vector) of the matches, m/s. */
    public double velRmseMps() {
        return matches == 0 ? Double.NaN : Math.sqrt(sumVelErrSq / matches);
    }

    /** ID switches per 1000 scored frames; NaN without frames. */
    public double idSwitchesPer1000Frames() {
        return frames == 0 ? Double.NaN : 1000.0 * idSwitches / frames;
    }
}
