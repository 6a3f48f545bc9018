package org.otbridge.observe;

/** An input that cannot be read at all: missing, unreadable, or neither a capture nor a Zeek log. */
public final class UnreadableInputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;

    public UnreadableInputException(String file, String message) {
        super(message);
        this.file = file;
    }

    public String file() {
        return file;
    }
}
