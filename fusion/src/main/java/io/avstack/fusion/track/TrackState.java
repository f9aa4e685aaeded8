package io.avstack.fusion.track;

/** Lifecycle of a track (docs/FUSION.md). */
public enum TrackState {
    /** New, not yet published: too little evidence. */
    TENTATIVE,
    /** Published and recently updated. */
    CONFIRMED,
    /** Published, predicted without updates (occluded, out of view, missed). */
    COASTING,
    /** Gone; removed at the end of the cycle. */
    DELETED
}
