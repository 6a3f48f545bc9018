package org.otbridge.observe.capture;

/** Told about damage in the input and about progress; both may be ignored. */
public interface ReadListener {

    ReadListener NONE = new ReadListener() {
    };

    /** A record that could not be used; {@code offset} is its byte position in the (uncompressed) file. */
    default void damaged(long offset, String reason) {
    }

    /** {@code bytes} more of the input file were consumed (compressed bytes for a gzip file). */
    default void advanced(long bytes) {
    }
}
