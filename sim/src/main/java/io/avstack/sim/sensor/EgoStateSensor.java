package io.avstack.sim.sensor;

import io.avstack.core.config.ConfigValidator;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.Pose;

/**
 * Simulated ego state (localisation + vehicle bus): the truth plus independent zero-mean Gaussian
 * noise on x, y, yaw, speed, yaw rate, acceleration and steering (white noise, no drift; z, roll
 * and pitch are passed through). Noise is reseeded from (seed, stamp) per message. Not thread-safe.
 */
public final class EgoStateSensor {

    private final EgoStateParams params;
    private final long seed;
    private final SensorRandom random;
    private long seq;

    /**
     * @param params validated here ({@code ConfigException} naming the key if invalid)
     * @param seed   this sensor's seed, e.g. {@link SensorRandom#sensorSeed(long, String)}
     */
    public EgoStateSensor(EgoStateParams params, long seed) {
        ConfigValidator.validate(params, "EgoStateParams");
        this.params = params;
        this.seed = seed;
        this.random = new SensorRandom(seed);
    }

    public EgoStateParams params() {
        return params;
    }

    /** Time between messages, ns. */
    public long periodNs() {
        return params.periodNs();
    }

    /** One measurement of {@code truth}, stamped {@code truth.simTimeNs()}, next sequence number. */
    public EgoState measure(EgoTruth truth) {
        random.reseed(seed, truth.simTimeNs());
        Pose p = truth.pose();
        Pose noisyPose = new Pose(
                p.xM() + params.positionNoiseSigmaM() * random.nextGaussian(),
                p.yM() + params.positionNoiseSigmaM() * random.nextGaussian(),
                p.zM(), p.rollRad(), p.pitchRad(),
                wrap(p.yawRad() + params.yawNoiseSigmaRad() * random.nextGaussian()));
        return new EgoState(Header.of(params.frameId(), seq++, truth.simTimeNs()), noisyPose,
                truth.speedMps() + params.speedNoiseSigmaMps() * random.nextGaussian(),
                truth.yawRateRadps() + params.yawRateNoiseSigmaRadps() * random.nextGaussian(),
                truth.accelMps2() + params.accelNoiseSigmaMps2() * random.nextGaussian(),
                truth.steeringRad() + params.steeringNoiseSigmaRad() * random.nextGaussian());
    }

    /** Into (-pi, pi], so noise never pushes a heading out of the usual range. */
    private static double wrap(double rad) {
        return Math.atan2(Math.sin(rad), Math.cos(rad));
    }
}
