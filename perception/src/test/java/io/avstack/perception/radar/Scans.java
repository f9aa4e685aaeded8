package io.avstack.perception.radar;

import io.avstack.core.msg.Header;
import io.avstack.core.msg.RadarDetection;
import io.avstack.core.msg.RadarScan;
import java.util.List;
import java.util.SplittableRandom;

/** Builds radar detections and scans for the tests, from Cartesian sensor-frame positions. */
final class Scans {

    private Scans() {
    }

    /** A detection at sensor-frame (x, y), elevation 0. */
    static RadarDetection at(double xM, double yM, double rangeRateMps, double rcsDbsm) {
        return new RadarDetection(Math.hypot(xM, yM), Math.atan2(yM, xM), 0.0, rangeRateMps, rcsDbsm);
    }

    /** {@code count} detections around (x, y) with Gaussian spread; RCS 10 +- 1 dBsm. */
    static void blob(List<RadarDetection> out, SplittableRandom rng, int count, double xM, double yM,
            double rangeRateMps, double sigmaM) {
        for (int i = 0; i < count; i++) {
            out.add(at(xM + sigmaM * rng.nextGaussian(), yM + sigmaM * rng.nextGaussian(),
                    rangeRateMps + 0.1 * rng.nextGaussian(), 10 + rng.nextGaussian()));
        }
    }

    static RadarScan scan(long seq, List<RadarDetection> detections) {
        return new RadarScan(Header.of("radar_front", seq, 1_000_000_000L + seq * 50_000_000L), detections);
    }
}
