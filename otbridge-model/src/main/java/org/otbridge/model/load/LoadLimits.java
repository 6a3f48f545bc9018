package org.otbridge.model.load;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.otbridge.model.yaml.ReadLimits;

/**
 * The bounds on what loading a model may read, so that no file or folder, however hostile, makes
 * loading slow or runs it out of memory: each limit crossed is a located problem, never a hang.
 * The defaults admit every real model with a wide margin (a 100,000-asset model is one 26-31 MB
 * file; a synthetic million-asset model is 6,472 files of at most a few MB); docs/limits.md gives
 * the reasons. Immutable; {@link #with} returns a changed copy.
 *
 * @param fileSize     largest model file, in bytes
 * @param lineLength   longest line, in characters (the YAML parser's work on one line grows with
 *                     the square of its length, so this is what keeps loading linear)
 * @param scalarLength longest single value or key, in characters
 * @param depth        deepest nesting of lists and mappings
 * @param files        most files (read or skipped) under a model folder
 */
public record LoadLimits(long fileSize, int lineLength, int scalarLength, int depth, int files) {

    public static final String FILE_SIZE = "file-size";
    public static final String LINE_LENGTH = "line-length";
    public static final String SCALAR_LENGTH = "scalar-length";
    public static final String DEPTH = "depth";
    public static final String FILES = "files";

    /** Deeper nesting than this is refused even when asked for: the reader recurses per level. */
    static final int MAX_DEPTH = 1000;

    private static final List<String> NAMES = List.of(FILE_SIZE, LINE_LENGTH, SCALAR_LENGTH, DEPTH, FILES);
    private static final LoadLimits DEFAULTS = new LoadLimits(ReadLimits.defaults().fileSize(),
            ReadLimits.defaults().lineLength(), ReadLimits.defaults().scalarLength(), ReadLimits.defaults().depth(),
            100_000);
    private static final Pattern SIZE = Pattern.compile("([0-9]+)([kmg]?)b?");

    public LoadLimits {
        if (fileSize < 1 || lineLength < 1 || scalarLength < 1 || depth < 1 || files < 1) {
            throw new IllegalArgumentException("every limit must be at least 1");
        }
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("limit depth can be at most " + MAX_DEPTH);
        }
    }

    public static LoadLimits defaults() {
        return DEFAULTS;
    }

    /** The limits' names as the user writes them in {@code --limit NAME=VALUE}, in a fixed order. */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * A copy with one limit changed. {@code value} is a whole number, for the sizes optionally with
     * k, m or g (times 1024, 1024² or 1024³): {@code 64m}, {@code 2g}, {@code 500k}.
     *
     * @throws IllegalArgumentException with a one-line message for the user: an unknown name (with
     *                                  a did-you-mean), a value that is not a number, out of range
     */
    public LoadLimits with(String name, String value) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (!NAMES.contains(key)) {
            throw new IllegalArgumentException("unknown limit '" + name + "'" + Suggestions.didYouMean(key, NAMES)
                    + " (limits: " + String.join(", ", NAMES) + ")");
        }
        long parsed = parse(key, value == null ? "" : value.strip().toLowerCase(Locale.ROOT));
        return switch (key) {
            case FILE_SIZE -> new LoadLimits(parsed, lineLength, scalarLength, depth, files);
            case LINE_LENGTH -> new LoadLimits(fileSize, toInt(key, parsed), scalarLength, depth, files);
            case SCALAR_LENGTH -> new LoadLimits(fileSize, lineLength, toInt(key, parsed), depth, files);
            case DEPTH -> new LoadLimits(fileSize, lineLength, scalarLength, toInt(key, parsed), files);
            default -> new LoadLimits(fileSize, lineLength, scalarLength, depth, toInt(key, parsed));
        };
    }

    /** One line on a limit: its current value, what it bounds, and its default. */
    public String describe(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return switch (key) {
            case FILE_SIZE -> FILE_SIZE + "=" + show(key) + ": largest model file, in bytes (default "
                    + DEFAULTS.show(key) + ")";
            case LINE_LENGTH -> LINE_LENGTH + "=" + show(key) + ": longest line of a model file, in characters"
                    + " (default " + DEFAULTS.show(key) + ")";
            case SCALAR_LENGTH -> SCALAR_LENGTH + "=" + show(key) + ": longest value or key, in characters"
                    + " (default " + DEFAULTS.show(key) + ")";
            case DEPTH -> DEPTH + "=" + show(key) + ": deepest nesting of lists and mappings, at most " + MAX_DEPTH
                    + " (default " + DEFAULTS.show(key) + ")";
            case FILES -> FILES + "=" + show(key) + ": most files under a model folder, read or skipped (default "
                    + DEFAULTS.show(key) + ")";
            default -> throw new IllegalArgumentException("unknown limit '" + name + "'"
                    + Suggestions.didYouMean(key, NAMES) + " (limits: " + String.join(", ", NAMES) + ")");
        };
    }

    /** A limit's value as the user would write it: {@code 512m}, {@code 100}. */
    public String show(String name) {
        return switch (name) {
            case FILE_SIZE -> ReadLimits.size(fileSize);
            case LINE_LENGTH -> ReadLimits.size(lineLength);
            case SCALAR_LENGTH -> ReadLimits.size(scalarLength);
            case DEPTH -> Integer.toString(depth);
            case FILES -> Integer.toString(files);
            default -> throw new IllegalArgumentException("unknown limit '" + name + "'");
        };
    }

    /** The limits the YAML reader applies to each file. */
    public ReadLimits read() {
        return new ReadLimits(fileSize, lineLength, scalarLength, depth);
    }

    private static long parse(String name, String value) {
        boolean size = name.equals(FILE_SIZE) || name.equals(LINE_LENGTH) || name.equals(SCALAR_LENGTH);
        Matcher matcher = SIZE.matcher(value);
        if (!matcher.matches() || (!size && (!matcher.group(2).isEmpty() || value.endsWith("b")))) {
            throw new IllegalArgumentException("limit " + name + " takes " + (size
                    ? "a size such as 64m, 2g, 500k or a plain number" : "a whole number") + ", not '" + value + "'");
        }
        int shift = switch (matcher.group(2)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 0;
        };
        long number;
        try {
            number = Long.parseLong(matcher.group(1));
        } catch (NumberFormatException e) {
            number = Long.MAX_VALUE;
        }
        if (number < 1) {
            throw new IllegalArgumentException("limit " + name + " must be at least 1, not '" + value + "'");
        }
        if (number > (Long.MAX_VALUE >> shift)) {
            throw new IllegalArgumentException("limit " + name + " is too large: '" + value + "'");
        }
        long result = number << shift;
        if (name.equals(DEPTH) && result > MAX_DEPTH) {
            throw new IllegalArgumentException("limit depth can be at most " + MAX_DEPTH + ", not '" + value + "'");
        }
        return result;
    }

    private static int toInt(String name, long value) {
        if (value > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("limit " + name + " can be at most " + (Integer.MAX_VALUE - 8)
                    + " characters, not " + value);
        }
        return (int) value;
    }
}
