package org.otbridge.model.yaml;

/**
 * What one YAML text may hold before reading stops with a located problem, so that no input can
 * make the reader slow or exhaust memory. Named in problems as the user sets them with
 * {@code --limit NAME=VALUE}: {@code file-size} (bytes, or characters for text given as characters),
 * {@code line-length} and {@code scalar-length} (characters), {@code depth} (nested lists and
 * mappings).
 */
public record ReadLimits(long fileSize, int lineLength, int scalarLength, int depth) {

    private static final ReadLimits DEFAULTS = new ReadLimits(512L << 20, 1 << 20, 1 << 20, 100);

    /** 512 MB files, 1M-character lines and values, 100 levels: docs/limits.md gives the reasons. */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    public ReadLimits {
        if (fileSize < 1 || lineLength < 1 || scalarLength < 1 || depth < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** Shows a size as the user would write it: 512m, 1m, 64k, or the plain number. */
    public static String size(long value) {
        if (value % (1L << 30) == 0) {
            return value / (1L << 30) + "g";
        }
        if (value % (1L << 20) == 0) {
            return value / (1L << 20) + "m";
        }
        if (value % (1L << 10) == 0) {
            return value / (1L << 10) + "k";
        }
        return Long.toString(value);
    }
}
