package io.avstack.core.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;

/**
 * Frenet -> world -> Frenet returns the same (s, d) on roads of straights and arcs, as long as the
 * point is nearer its own foot than any other part of the road: curvature radius >= 40 m, |d| <=
 * 12 m, and total turning <= 90 degrees so the road never comes back near itself.
 */
class ProjectionRoundTripTest {

    @Property(tries = 300, seed = "20261123")
    void frenetRoundTrip(@ForAll("roads") ReferenceLine line, @ForAll @Scale(6) @DoubleRange(min = 0, max = 1) double sFraction,
            @ForAll @Scale(6) @DoubleRange(min = -12, max = 12) double dM) {
        double s = sFraction * line.lengthM();
        Pose2 p = line.pointAt(s, dM, new Pose2());
        Frenet f = line.project(p.x, p.y, new Frenet());
        assertThat(f.sM).as("s").isCloseTo(s, within(1e-6));
        assertThat(f.dM).as("d").isCloseTo(dM, within(1e-6));
    }

    @Property(tries = 200, seed = "20261124")
    void distanceToFootEqualsAbsoluteOffset(@ForAll("roads") ReferenceLine line,
            @ForAll @Scale(6) @DoubleRange(min = -300, max = 600) double xM, @ForAll @Scale(6) @DoubleRange(min = -400, max = 400) double yM) {
        Frenet f = line.project(xM, yM, new Frenet());
        Pose2 foot = line.pointAt(f.sM, f.dM, new Pose2());
        // whatever the nearest part is, (s, d) must map back onto the point itself
        assertThat(foot.x).isCloseTo(xM, within(1e-6));
        assertThat(foot.y).isCloseTo(yM, within(1e-6));
    }

    @Provide
    Arbitrary<ReferenceLine> roads() {
        Arbitrary<Double> lengths = Arbitraries.doubles().between(5, 150).ofScale(4);
        Arbitrary<Double> curvatures = Arbitraries.doubles().between(1e-4, 1.0 / 40).ofScale(6);
        Arbitrary<Boolean> left = Arbitraries.of(true, false);
        Arbitrary<Boolean> straight = Arbitraries.of(true, false);
        Arbitrary<double[]> pieces = Combinators.combine(lengths, curvatures, left, straight)
                .as((l, k, isLeft, isStraight) -> new double[] {l, isStraight ? 0 : isLeft ? k : -k});
        Arbitrary<Double> heading = Arbitraries.doubles().between(-3.14159, 3.14159).ofScale(5);
        return Combinators.combine(pieces.list().ofMinSize(1).ofMaxSize(6), heading).as((list, h0) -> {
            List<Segment> segments = new ArrayList<>();
            double turning = 0;
            for (double[] piece : list) {
                double k = piece[1];
                double allowed = Math.PI / 2 - turning; // keep the total turning at or below 90 degrees
                if (k != 0 && Math.abs(k) * piece[0] > allowed) {
                    k = allowed / piece[0] >= Segment.MIN_ARC_CURVATURE_PER_M ? Math.signum(k) * allowed / piece[0] : 0;
                }
                turning += Math.abs(k) * piece[0];
                segments.add(new Segment(piece[0], k));
            }
            return new ReferenceLine(0, 0, h0, segments);
        });
    }
}
