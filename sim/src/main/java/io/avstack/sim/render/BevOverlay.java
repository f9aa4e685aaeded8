package io.avstack.sim.render;

import java.util.List;
import java.util.Objects;

/**
 * What the stack thinks, drawn over the {@link BevRenderer}'s ground truth. Plain data in the world
 * frame of the scene (metres, radians counter-clockwise from world x); every list may be empty.
 *
 * @param detections  detector output boxes
 * @param tracks      tracked objects with ids and velocities
 * @param plannedXy   planned trajectory as interleaved world x, y pairs (m), in driving order
 * @param envelopeXy  safety envelope polygon as interleaved world x, y pairs (m)
 * @param textLines   decision / status text, drawn top-left
 */
public record BevOverlay(List<Box> detections, List<Track> tracks, double[] plannedXy, double[] envelopeXy,
                         List<String> textLines) {

    /** Nothing drawn over the scene. */
    public static final BevOverlay NONE = new BevOverlay(List.of(), List.of(), new double[0], new double[0], List.of());

    public BevOverlay {
        detections = List.copyOf(detections);
        tracks = List.copyOf(tracks);
        Objects.requireNonNull(plannedXy, "BevOverlay.plannedXy");
        Objects.requireNonNull(envelopeXy, "BevOverlay.envelopeXy");
        if (plannedXy.length % 2 != 0 || envelopeXy.length % 2 != 0) {
            throw new IllegalArgumentException("BevOverlay.plannedXy and envelopeXy must hold x, y pairs, had "
                    + plannedXy.length + " and " + envelopeXy.length + " values");
        }
        textLines = List.copyOf(textLines);
    }

    /** An oriented box, centre (xM, yM), length along yawRad; {@code label} may be empty. */
    public record Box(double xM, double yM, double yawRad, double lengthM, double widthM, String label) {
    }

    /** A tracked object: box, track id and world velocity (drawn as a 1-second arrow). */
    public record Track(long trackId, double xM, double yM, double yawRad, double lengthM, double widthM,
                        double vxMps, double vyMps) {
    }
}
