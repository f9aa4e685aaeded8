package io.avstack.perception.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.msg.ObjectClass;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CameraRangeFitTest {

    /**
     * Trucks 3 m tall whose ground cue scatters by 15 % and whose height cue by 3 %, with a distance
     * head 10 % too far; cars whose ground cue is exact and whose height cue scatters by 20 %;
     * pedestrians too few to fit.
     */
    private static List<CameraRangeFit.Sample> samples() {
        SplittableRandom rng = new SplittableRandom(3);
        List<CameraRangeFit.Sample> out = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            double r = 5 + 55 * rng.nextDouble();
            out.add(new CameraRangeFit.Sample(ObjectClass.TRUCK, r, r * (1 + 0.15 * rng.nextGaussian()),
                    r * 1.1 * (1 + 0.1 * rng.nextGaussian()), r / 3.0 * (1 + 0.03 * rng.nextGaussian())));
            out.add(new CameraRangeFit.Sample(ObjectClass.CAR, r, r, Double.NaN,
                    r / 1.5 * (1 + 0.2 * rng.nextGaussian())));
        }
        for (int i = 0; i < 10; i++) {
            out.add(new CameraRangeFit.Sample(ObjectClass.PEDESTRIAN, 20, 22, 21, 20 / 1.7));
        }
        return out;
    }

    @Test
    void itTrustsTheCueThatIsRightAndLearnsTheClassHeight() {
        List<CameraRangeFit.Sample> samples = samples();
        CameraRangeModel m = CameraRangeFit.fit(samples, List.of(30.0), 40);

        CameraRangeModel.ClassCues truck = m.cues(ObjectClass.TRUCK);
        assertThat(truck.heightM()).isCloseTo(3.0, within(0.05));
        for (CameraRangeModel.Band b : truck.bands()) {
            assertThat(b.heightWeight()).isGreaterThan(0.7);
            assertThat(b.headWeight()).isLessThan(0.2);
        }
        assertThat(CameraRangeFit.meanRelError(m, samples, ObjectClass.TRUCK))
                .isLessThan(0.5 * CameraRangeFit.meanRelError(CameraRangeModel.GROUND_ONLY, samples, ObjectClass.TRUCK));

        for (CameraRangeModel.Band b : m.cues(ObjectClass.CAR).bands()) {
            assertThat(b.groundWeight()).isEqualTo(1.0);
            assertThat(b.logOffset()).isCloseTo(0, within(1e-12));
        }
        assertThat(m.cues(ObjectClass.PEDESTRIAN)).isNull();
    }

    @Test
    void theSameSamplesGiveTheSameModel() {
        assertThat(CameraRangeFit.fit(samples(), List.of(30.0), 40)).isEqualTo(CameraRangeFit.fit(samples(), List.of(30.0), 40));
    }

    @Test
    void aBandWithTooFewSamplesKeepsTheGroundCue() {
        List<CameraRangeFit.Sample> samples = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            double r = 10 + 0.1 * i;
            samples.add(new CameraRangeFit.Sample(ObjectClass.CAR, r, r * 1.1, r, r / 1.5));
        }
        CameraRangeModel m = CameraRangeFit.fit(samples, List.of(30.0), 40);
        assertThat(m.cues(ObjectClass.CAR).bands().get(1)).isEqualTo(CameraRangeModel.Band.GROUND);
        assertThat(m.cues(ObjectClass.CAR).bands().get(0)).isNotEqualTo(CameraRangeModel.Band.GROUND);
    }
}
