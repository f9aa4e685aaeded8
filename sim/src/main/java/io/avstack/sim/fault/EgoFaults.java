package io.avstack.sim.fault;

import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.Pose;

import java.util.random.RandomGenerator;

/** Ego-state faults; each returns a new state. */
final class EgoFaults {

    private EgoFaults() {
    }

    /** Extra Gaussian noise on speed, yaw rate and the pose's x, y and yaw (z, roll, pitch untouched). */
    static EgoState noise(EgoState s, BaseNoise base, double factor, RandomGenerator rng) {
        Pose p = s.pose();
        Pose noisy = new Pose(
                p.xM() + rng.nextGaussian() * BaseNoise.extraSigma(base.egoPositionM(), factor),
                p.yM() + rng.nextGaussian() * BaseNoise.extraSigma(base.egoPositionM(), factor),
                p.zM(), p.rollRad(), p.pitchRad(),
                p.yawRad() + rng.nextGaussian() * BaseNoise.extraSigma(base.egoYawRad(), factor));
        return new EgoState(s.header(), noisy,
                s.speedMps() + rng.nextGaussian() * BaseNoise.extraSigma(base.egoSpeedMps(), factor),
                s.yawRateRadps() + rng.nextGaussian() * BaseNoise.extraSigma(base.egoYawRateRadps(), factor),
                s.accelMps2(), s.steeringRad());
    }
}
