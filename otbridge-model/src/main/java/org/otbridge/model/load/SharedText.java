package org.otbridge.model.load;

/**
 * Shares equal short text kept in the model (vendor, product, version, names written many times),
 * so a large model holds each once: a direct-mapped cache, so it costs one hash and one comparison,
 * allocates nothing and stays the same size whatever the input. Text that is converted (numbers,
 * enum words) or unique (ids) never comes here; the ids inside references do, as most name one of
 * a few zones, controls, suppliers or owners. One per file; not thread-safe.
 */
final class SharedText {

    private static final int MAX_LENGTH = 40;
    private static final int SLOTS = 1 << 12;

    private final String[] slots = new String[SLOTS];

    String of(String text) {
        if (text.length() > MAX_LENGTH) {
            return text;
        }
        int slot = text.hashCode() & (SLOTS - 1);
        String known = slots[slot];
        if (text.equals(known)) {
            return known;
        }
        slots[slot] = text;
        return text;
    }

    /** {@code text.substring(from)}, shared: made only when no equal text is known. */
    String tail(String text, int from) {
        int length = text.length() - from;
        if (length > MAX_LENGTH) {
            return text.substring(from);
        }
        int hash = 0;
        for (int i = from; i < text.length(); i++) {
            hash = 31 * hash + text.charAt(i); // String.hashCode of the tail, so both methods share slots
        }
        int slot = hash & (SLOTS - 1);
        String known = slots[slot];
        if (known != null && known.length() == length && text.regionMatches(from, known, 0, length)) {
            return known;
        }
        String tail = text.substring(from);
        slots[slot] = tail;
        return tail;
    }
}
