package io.avstack.safety;

import java.util.Locale;

/** Number formatting for reasons: fixed decimals, '.' whatever the locale. */
public final class Fmt {

    private Fmt() {
    }

    /** Two decimals, e.g. {@code 12.35}. */
    public static String f2(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** One decimal, e.g. {@code 12.3}. */
    public static String f1(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
