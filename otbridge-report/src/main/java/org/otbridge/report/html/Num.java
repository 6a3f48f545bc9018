package org.otbridge.report.html;

import java.util.Locale;

/** Numbers as SVG coordinates: one decimal, a dot, never an exponent. */
public final class Num {

    private Num() {
    }

    public static String f(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
