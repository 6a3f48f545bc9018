package org.otbridge.observe.capture;

/** The file is neither pcap nor pcapng (plain or gzip-compressed). */
public final class NotACaptureException extends Exception {

    private static final long serialVersionUID = 1L;

    public NotACaptureException(String message) {
        super(message);
    }
}
