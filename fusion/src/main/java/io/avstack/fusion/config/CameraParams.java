package io.avstack.fusion.config;

import io.avstack.core.config.ConfigException;
import io.avstack.core.config.Range;
import io.avstack.core.config.Validated;
import java.util.List;

/**
 * Camera measurement model: a ground-plane position (the ray through the bottom centre of the box,
 * intersected with the road) whose bearing is good and whose range is weak. The range standard
 * deviation is {@code rangeRelSigma(r) * r}, interpolated linearly in range between the table's
 * points (held constant beyond its ends), and at least {@code minRangeSigmaM}: the table comes from
 * the detector's measured range error ({@code avstack eval camera}, docs/TRAINING.md).
 *
 * @param common          coverage and existence evidence
 * @param bearingSigmaRad standard deviation of one frame's bearing, rad (the detector's measured rms error)
 * @param bearingPersistentSigmaRad added to the bearing's standard deviation (in quadrature) when a frame
 *                        updates a track, rad: the part of the error that lasts over many frames, which
 *                        frames taken as independent would average away; not when the manoeuvre test
 *                        judges one frame's innovation (docs/FUSION.md, "Camera bearing")
 * @param longVehicleBearingRelSigma for a track of a truck or bus (6 m or longer), added standard deviation
 *                        of a camera box centre's bearing as a fraction of the track's angular width (a
 *                        long vehicle seen obliquely is boxed short of its trailing side: a truck 16 m
 *                        ahead had its box's centre 50 px off)
 * @param minRangeSigmaM  smallest range standard deviation, m
 * @param rangeTableM     ranges of the table points, m, strictly increasing
 * @param rangeRelSigma   relative range standard deviation at each table point (fraction of range)
 * @param classWeight     weight of a camera detection's class vote (times its score)
 * @param missFullSizeRad a frame in which the camera does not detect a track it covers counts as a full
 *                        miss ({@code common.missLogOdds}) only for an object that looks at least this big:
 *                        its apparent size, the square root of width times height over range, rad; a
 *                        smaller one's miss counts by the square of the ratio. The detector finds far
 *                        pedestrians and cyclists (20 px tall at 45 m) less often than cars, so its
 *                        silence says less about them; how much less: over the seven eval recordings it
 *                        reported pedestrians and cyclists in 30 % of the frames at 0.02-0.04 rad and in
 *                        75-100 % from 0.04 rad, which as the miss evidence log(1 - Pd) is 0.2-0.25 of a
 *                        full miss, where in proportion it was 0.5-1 (0: every miss counts fully)
 */
public record CameraParams(
        SensorCommon common,
        @Range(min = 0.0001, max = 0.5) double bearingSigmaRad,
        @Range(min = 0, max = 0.5) double bearingPersistentSigmaRad,
        @Range(min = 0, max = 1) double longVehicleBearingRelSigma,
        @Range(min = 0.01, max = 50) double minRangeSigmaM,
        List<Double> rangeTableM,
        List<Double> rangeRelSigma,
        @Range(min = 0, max = 10) double classWeight,
        @Range(min = 0, max = 1) double missFullSizeRad) implements Validated {

    public CameraParams {
        rangeTableM = List.copyOf(rangeTableM);
        rangeRelSigma = List.copyOf(rangeRelSigma);
    }

    @Override
    public void validate() {
        if (rangeTableM.isEmpty() || rangeTableM.size() != rangeRelSigma.size()) {
            throw ConfigException.invalid("rangeRelSigma", rangeRelSigma,
                    "needs one value per rangeTableM entry (" + rangeTableM.size() + "), at least one");
        }
        for (int i = 0; i < rangeTableM.size(); i++) {
            double r = rangeTableM.get(i);
            double s = rangeRelSigma.get(i);
            if (!(r >= 0) || (i > 0 && !(r > rangeTableM.get(i - 1)))) {
                throw ConfigException.invalid("rangeTableM[" + i + "]", r, "must be >= 0 and strictly increasing");
            }
            if (!(s > 0 && s <= 2)) {
                throw ConfigException.invalid("rangeRelSigma[" + i + "]", s, "must be in (0, 2]");
            }
        }
    }

    /**
     * Weight 0..1 of a camera miss of an object {@code widthM} x {@code heightM} at {@code rangeM} from
     * the camera: the square of its apparent size over {@link #missFullSizeRad}, at most 1.
     */
    public double missWeight(double widthM, double heightM, double rangeM) {
        if (missFullSizeRad <= 0) {
            return 1.0;
        }
        double apparentRad = Math.sqrt(Math.max(0, widthM * heightM)) / Math.max(rangeM, 1.0);
        double fraction = Math.min(1.0, apparentRad / missFullSizeRad);
        return fraction * fraction;
    }

    /** Range standard deviation at range {@code rangeM}, m. Allocation-free. */
    public double rangeSigmaM(double rangeM) {
        int n = rangeTableM.size();
        double rel;
        if (rangeM <= rangeTableM.get(0)) {
            rel = rangeRelSigma.get(0);
        } else if (rangeM >= rangeTableM.get(n - 1)) {
            rel = rangeRelSigma.get(n - 1);
        } else {
            int i = 1;
            while (rangeTableM.get(i) < rangeM) {
                i++;
            }
            double r0 = rangeTableM.get(i - 1);
            double r1 = rangeTableM.get(i);
            double t = (rangeM - r0) / (r1 - r0);
            rel = rangeRelSigma.get(i - 1) + t * (rangeRelSigma.get(i) - rangeRelSigma.get(i - 1));
        }
        return Math.max(minRangeSigmaM, rel * rangeM);
    }
}
