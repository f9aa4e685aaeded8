package io.avstack.fusion.track;

import io.avstack.fusion.config.LifecycleParams;
import java.util.List;

/**
 * Merging of tracks that are one object (docs/FUSION.md, "Track lifecycle"): closer than
 * {@code mergeDistanceM}, one's centre inside the other's box, or a size-less track touching a
 * lidar-measured box, with velocities within {@code mergeSpeedDiffMps}; at least one published.
 */
final class Duplicates {

    private Duplicates() {
    }

    /** Marks the weaker of each duplicate pair DELETED (not yet removed); returns how many. */
    static int merge(List<Track> tracks, LifecycleParams life) {
        double maxD = life.mergeDistanceM();
        double maxDv = life.mergeSpeedDiffMps();
        int merged = 0;
        for (int i = 0; i < tracks.size(); i++) {
            Track a = tracks.get(i);
            for (int j = i + 1; j < tracks.size() && a.state != TrackState.DELETED; j++) {
                Track b = tracks.get(j);
                if (b.state == TrackState.DELETED || (!a.isPublished() && !b.isPublished())) {
                    continue;
                }
                boolean close = Math.hypot(a.x[0] - b.x[0], a.x[1] - b.x[1]) < maxD
                        || a.contains(b.x[0], b.x[1], 0) || b.contains(a.x[0], a.x[1], 0)
                        || guessedPartOf(a, b, maxD) || guessedPartOf(b, a, maxD);
                if (close && Math.hypot(a.x[2] - b.x[2], a.x[3] - b.x[3]) < maxDv) {
                    weaker(a, b).state = TrackState.DELETED;
                    merged++;
                }
            }
        }
        return merged;
    }

    /**
     * Whether {@code guess}, a track whose size was never measured (camera or radar only), overlaps
     * or nearly touches (gap below {@code gapM}) the measured box of {@code measured}: a radar corner
     * or a camera detection of the same long object, not a second object (vehicles' boxes do not
     * touch; a pedestrian is never merged into a car).
     */
    private static boolean guessedPartOf(Track guess, Track measured, double gapM) {
        return !guess.sizeMeasured && measured.sizeMeasured
                && Associator.classPenalty(measured.cls, guess.cls, 0) != Assignment.FORBIDDEN
                && measured.touches(guess.x[0], guess.x[1], guess.lengthM, guess.widthM, guess.headingRad, gapM);
    }

    /** The published one survives, then the one with a measured size, then more hits, then the older. */
    private static Track weaker(Track a, Track b) {
        if (a.isPublished() != b.isPublished()) {
            return a.isPublished() ? b : a;
        }
        if (a.sizeMeasured != b.sizeMeasured) {
            return a.sizeMeasured ? b : a;
        }
        if (a.hits != b.hits) {
            return a.hits > b.hits ? b : a;
        }
        return a.id < b.id ? b : a;
    }
}
