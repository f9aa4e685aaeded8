package io.avstack.core.msg;

/**
 * Argument checks shared by the message records, so every invariant violation reads the same:
 * {@code "<Type>.<field> must be <rule>, was <value>"}. Decoding turns these into
 * {@code CodecException(INVALID_FIELD)} with the same text.
 */
final class Checks {

    private Checks() {
    }

    static double finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw fail(field, "finite", value);
        }
        return value;
    }

    static double nonNegative(String field, double value) {
        if (!(value >= 0.0) || value == Double.POSITIVE_INFINITY) {
            throw fail(field, "finite and >= 0", value);
        }
        return value;
    }

    static long nonNegative(String field, long value) {
        if (value < 0) {
            throw fail(field, ">= 0", value);
        }
        return value;
    }

    static int positive(String field, int value) {
        if (value <= 0) {
            throw fail(field, "> 0", value);
        }
        return value;
    }

    /** A probability or score in [0, 1]. */
    static double unitInterval(String field, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw fail(field, "in [0, 1]", value);
        }
        return value;
    }

    static IllegalArgumentException fail(String field, String rule, Object value) {
        return new IllegalArgumentException(field + " must be " + rule + ", was " + value);
    }
}
