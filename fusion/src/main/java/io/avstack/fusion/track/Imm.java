package io.avstack.fusion.track;

import io.avstack.fusion.config.ClassParams;

/**
 * Interacting multiple models (IMM, Blom and Bar-Shalom) of two models for one track: model 0 the
 * class's own (a cyclist's CV, quiet across its heading: riding on or standing), model 1 a
 * manoeuvring one ({@link ClassParams#maneuveringModel()}: CA, isotropic white jerk: starting, also
 * across the heading, or stopping). Each cycle mixes the model states by the Markov switch
 * probabilities, predicts and updates each model, weighs the models by their measurement likelihoods
 * and writes the probability-weighted combination into the track's {@code x} and {@code p}, which
 * everything else (gating, association, output) reads. Code that changes {@code x} or {@code p}
 * outside the IMM (re-anchoring, merging) is noticed by {@link #sync}: both models restart from the
 * changed combination, keeping their probabilities. One instance owns its scratch arrays:
 * allocation-free, one thread, deterministic.
 */
final class Imm {

    private static final int N = MotionModel.N;
    private static final int NN = N * N;

    private final double[] mixX = new double[2 * N];
    private final double[] mixP = new double[2 * NN];
    private final double[] d = new double[N];

    /**
     * Makes the model states match the track: seeds both models with the track's state when the IMM
     * was not running on it or something else changed {@code x} or {@code p} since the IMM last wrote
     * them. Model 1's acceleration variance is raised to at least {@code initAccelSigmaMps2²} (a CV
     * state has none).
     */
    void sync(Track t, ClassParams params) {
        if (t.immActive && same(t)) {
            return;
        }
        if (!t.immActive) {
            // the steady state of the switching
            double mu1 = params.immStartPerS() / (params.immStartPerS() + params.immEndPerS());
            t.immMu[0] = 1 - mu1;
            t.immMu[1] = mu1;
        }
        for (int j = 0; j < 2; j++) {
            System.arraycopy(t.x, 0, t.immX, j * N, N);
            System.arraycopy(t.p, 0, t.immP, j * NN, NN);
        }
        double a = params.initAccelSigmaMps2() * params.initAccelSigmaMps2();
        for (int k = 4; k < 6; k++) {
            int i = NN + k * N + k;
            t.immP[i] = Math.max(t.immP[i], a);
        }
        t.immActive = true;
        storeCombined(t);
    }

    private static boolean same(Track t) {
        for (int i = 0; i < N; i++) {
            if (t.x[i] != t.immOutX[i]) {
                return false;
            }
        }
        for (int i = 0; i < NN; i++) {
            if (t.p[i] != t.immOutP[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The IMM's interaction step over {@code dtS}: with switch probabilities {@code 1 - exp(-rate dt)}
     * (model 0 to 1 at {@code startPerS}, 1 to 0 at {@code endPerS}), each model's prior is the
     * mixture of both models' states weighted by the probability that the object was in that model
     * given it is in this one now; the model probabilities become the predicted ones.
     */
    void mix(Track t, double startPerS, double endPerS, double dtS) {
        double dt = Math.abs(dtS);
        double p01 = 1 - Math.exp(-startPerS * dt);
        double p10 = 1 - Math.exp(-endPerS * dt);
        double mu0 = t.immMu[0];
        double mu1 = t.immMu[1];
        double c0 = (1 - p01) * mu0 + p10 * mu1;
        double c1 = p01 * mu0 + (1 - p10) * mu1;
        // weight of model 0's state in model j's prior
        double w00 = c0 > 0 ? (1 - p01) * mu0 / c0 : 1;
        double w01 = c1 > 0 ? p01 * mu0 / c1 : 0;
        mixInto(t, w00, 1 - w00, 0);
        mixInto(t, w01, 1 - w01, 1);
        System.arraycopy(mixX, 0, t.immX, 0, 2 * N);
        System.arraycopy(mixP, 0, t.immP, 0, 2 * NN);
        t.immMu[0] = c0;
        t.immMu[1] = c1;
    }

    /** Mixture of the two model states with weights w0, w1 into mixX/mixP slot j. */
    private void mixInto(Track t, double w0, double w1, int j) {
        int xo = j * N;
        int po = j * NN;
        for (int i = 0; i < N; i++) {
            mixX[xo + i] = w0 * t.immX[i] + w1 * t.immX[N + i];
        }
        for (int i = 0; i < NN; i++) {
            mixP[po + i] = 0;
        }
        for (int m = 0; m < 2; m++) {
            double w = m == 0 ? w0 : w1;
            if (w == 0) {
                continue;
            }
            for (int i = 0; i < N; i++) {
                d[i] = t.immX[m * N + i] - mixX[xo + i];
            }
            for (int r = 0; r < N; r++) {
                for (int c = 0; c < N; c++) {
                    mixP[po + r * N + c] += w * (t.immP[m * NN + r * N + c] + d[r] * d[c]);
                }
            }
        }
    }

    /** Copies model {@code j}'s state into the track's {@code x} and {@code p} (to predict or update it there). */
    static void load(Track t, int j) {
        System.arraycopy(t.immX, j * N, t.x, 0, N);
        System.arraycopy(t.immP, j * NN, t.p, 0, NN);
    }

    /** Copies the track's {@code x} and {@code p} back into model {@code j}. */
    static void store(Track t, int j) {
        System.arraycopy(t.x, 0, t.immX, j * N, N);
        System.arraycopy(t.p, 0, t.immP, j * NN, NN);
    }

    /**
     * Bayes on the model probabilities from the log-likelihoods {@code -(d² + ln det S) / 2} of the
     * same measurement under each model (NaN: the model could not use it; the probabilities stay).
     */
    static void weigh(Track t, double logL0, double logL1) {
        if (Double.isNaN(logL0) || Double.isNaN(logL1)) {
            return;
        }
        double max = Math.max(logL0, logL1);
        double p0 = t.immMu[0] * Math.exp(logL0 - max);
        double p1 = t.immMu[1] * Math.exp(logL1 - max);
        double sum = p0 + p1;
        if (!(sum > 0)) {
            return;
        }
        // neither model is ever ruled out entirely: the other must be able to take over
        double mu1 = Math.min(1 - 1e-4, Math.max(1e-4, p1 / sum));
        t.immMu[0] = 1 - mu1;
        t.immMu[1] = mu1;
    }

    /** Writes the probability-weighted combination of the models into the track's {@code x} and {@code p}. */
    void combine(Track t) {
        mixInto(t, t.immMu[0], t.immMu[1], 0);
        System.arraycopy(mixX, 0, t.x, 0, N);
        System.arraycopy(mixP, 0, t.p, 0, NN);
        Mat.symmetrise(t.p, N);
        storeCombined(t);
    }

    private static void storeCombined(Track t) {
        System.arraycopy(t.x, 0, t.immOutX, 0, N);
        System.arraycopy(t.p, 0, t.immOutP, 0, NN);
    }
}
