package org.otbridge.observe;

/**
 * An input that cannot be read at all: missing, unreadable, neither a capture nor a Zeek log, or
 * an inventory document with a broken value (then with the line and column of the problem).
 */
public final class UnreadableInputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final long column;

    public UnreadableInputException(String file, String message) {
        this(file, 0, 0, message);
    }

    /** @param line 1-based, or 0 when the problem is the file as a whole */
    public UnreadableInputException(String file, long line, long column, String message) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public String file() {
        return file;
    }

    /** {@code FILE:LINE:COL} when the problem is at a place in the file, else {@code FILE}. */
    public String location() {
        return line > 0 ? file + ":" + line + ":" + Math.max(1, column) : file;
    }
}
