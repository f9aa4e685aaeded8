package io.avstack.vehicle.train;

/**
 * Frame seeds of the camera data set. Training and evaluation frames come from disjoint ranges so
 * that no evaluated scene was ever trained on: frame {@code i} of a run with run seed {@code s}
 * gets {@code base + s * MAX_FRAMES + i}, with base 0 for training and {@link #EVAL_BASE} for
 * evaluation. With {@code s < MAX_RUN_SEEDS} and {@code i < MAX_FRAMES} the training range is
 * [0, 10^12) and the evaluation range [10^12, 2 * 10^12).
 */
public final class SeedRanges {

    /** Frames per run at most. */
    public static final long MAX_FRAMES = 1_000_000L;
    /** Run seeds are 0 .. MAX_RUN_SEEDS - 1. */
    public static final long MAX_RUN_SEEDS = 1_000_000L;
    /** First evaluation frame seed; every training frame seed is below it. */
    public static final long EVAL_BASE = MAX_FRAMES * MAX_RUN_SEEDS;

    /** Which side of the split a frame belongs to. */
    public enum Split { TRAIN, EVAL }

    private SeedRanges() {
    }

    /** Seed of frame {@code frame} of a run with seed {@code runSeed} on {@code split}. */
    public static long frameSeed(Split split, long runSeed, long frame) {
        if (runSeed < 0 || runSeed >= MAX_RUN_SEEDS) {
            throw new IllegalArgumentException("run seed must be in [0, " + MAX_RUN_SEEDS + "), was " + runSeed);
        }
        if (frame < 0 || frame >= MAX_FRAMES) {
            throw new IllegalArgumentException("frame index must be in [0, " + MAX_FRAMES + "), was " + frame);
        }
        long base = split == Split.TRAIN ? 0 : EVAL_BASE;
        return base + runSeed * MAX_FRAMES + frame;
    }

    /** The split a frame seed lies in. */
    public static Split splitOf(long frameSeed) {
        if (frameSeed < 0 || frameSeed >= 2 * EVAL_BASE) {
            throw new IllegalArgumentException("frame seed out of both ranges: " + frameSeed);
        }
        return frameSeed < EVAL_BASE ? Split.TRAIN : Split.EVAL;
    }
}
