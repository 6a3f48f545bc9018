package org.otbridge.model.load;

/**
 * Shares equal short text kept in the model (vendor, product, version, names written many times),
 * so a large model holds each once: a direct-mapped cache, so it costs one hash and one comparison,
 * allocates nothing and stays the same size whatever the input. Text that is converted (numbers,
 * enum words, references) or unique (ids) never comes here. One per file; not thread-safe.
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
}
