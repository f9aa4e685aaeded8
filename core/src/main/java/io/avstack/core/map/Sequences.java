package io.avstack.core.map;

/** The one rule shared by speed-limit zones and scripted light phases: start at 0, strictly increase. */
final class Sequences {

    private Sequences() {
    }

    /**
     * Why {@code value} cannot be entry {@code index} of a sequence whose previous entry is
     * {@code previous} (ignored for index 0), or null if it can.
     */
    static String startAtZeroIncreasingProblem(int index, double value, double previous) {
        if (index == 0) {
            return value == 0 ? null : "the first entry must be at 0";
        }
        return value > previous ? null : "must be greater than the previous entry's (" + previous + ")";
    }
}
