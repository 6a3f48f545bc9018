package org.otbridge.model.spec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The words a closed field accepts: its values, in the order documented, and the other spellings
 * people write for them ({@code reboot: true} for {@code auto}, {@code hardware-token} for a token
 * fob). The loader takes a spelling as its value; the JSON Schema lists every spelling, so an
 * editor completes and checks what the loader accepts, no more and no less.
 *
 * <p>A spelling that looks like a number or like {@code true}/{@code false} is accepted written
 * plainly or in quotes, because YAML types the first and JSON Schema sees the difference: the
 * schema lists such a spelling both ways. Numbers compare by value ({@code 3.50} is {@code 3.5}).
 */
public final class Vocabulary {

    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");

    private final List<String> values;
    private final Map<String, String> aliases;
    private final Map<String, String> spellings;

    private Vocabulary(List<String> values, Map<String, String> aliases) {
        this.values = List.copyOf(values);
        Map<String, String> all = new LinkedHashMap<>();
        values.forEach(v -> all.put(v, v));
        Map<String, String> others = new LinkedHashMap<>();
        aliases.forEach((alias, value) -> {
            if (!this.values.contains(value)) {
                throw new IllegalArgumentException("spelling '" + alias + "' names '" + value
                        + "', which is not one of " + values);
            }
            if (all.putIfAbsent(alias, value) != null) {
                throw new IllegalArgumentException("spelling '" + alias + "' given twice");
            }
            others.put(alias, value);
        });
        this.aliases = Collections.unmodifiableMap(others);
        this.spellings = Collections.unmodifiableMap(all);
    }

    /** Values without other spellings. */
    public static Vocabulary of(List<String> values) {
        return new Vocabulary(values, Map.of());
    }

    /** Values and other spellings for them, each spelling mapped to the value it stands for. */
    public static Vocabulary of(List<String> values, Map<String, String> aliases) {
        return new Vocabulary(values, aliases);
    }

    /** The documented values, in order. */
    public List<String> values() {
        return values;
    }

    /** The other spellings, each with the value it stands for, in the order given. */
    public Map<String, String> aliases() {
        return aliases;
    }

    /** Every accepted spelling, values first. */
    public List<String> spellings() {
        return List.copyOf(spellings.keySet());
    }

    /**
     * The value a written spelling stands for. {@code written} is the text as the YAML reader gives
     * it; {@code number} says YAML typed it as a number, which then compares by value.
     */
    public Optional<String> valueOf(String written, boolean number) {
        String key = number ? normalizeNumber(written) : written;
        return key == null ? Optional.empty() : Optional.ofNullable(spellings.get(key));
    }

    /** True for the spellings JSON sees as numbers when written plainly. */
    public static boolean isNumberLike(String spelling) {
        return NUMBER.matcher(spelling).matches();
    }

    /** True for the spellings JSON sees as booleans when written plainly. */
    public static boolean isBooleanLike(String spelling) {
        return spelling.equals("true") || spelling.equals("false");
    }

    /** A YAML number as the shortest plain decimal ({@code 3.50} -> 3.5, {@code 2e0} -> 2), or null. */
    static String normalizeNumber(String text) {
        try {
            BigDecimal value = new BigDecimal(text.strip()).stripTrailingZeros();
            if (value.scale() < -20 || value.scale() > 20) {
                return null;
            }
            String plain = value.toPlainString();
            return plain.equals("-0") ? "0" : plain;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The spellings as JSON Schema enum values, in order: a number-like spelling both as a number
     * and as a string, {@code true}/{@code false} both as a boolean and as a string, others as
     * strings.
     */
    public List<Object> jsonValues() {
        List<Object> json = new ArrayList<>();
        for (String spelling : spellings.keySet()) {
            if (isNumberLike(spelling)) {
                json.add(spelling.contains(".") ? (Object) Double.valueOf(spelling) : (Object) Long.valueOf(spelling));
            } else if (isBooleanLike(spelling)) {
                json.add(Boolean.valueOf(spelling));
            }
            json.add(spelling);
        }
        return json;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Vocabulary v && v.values.equals(values) && v.aliases.equals(aliases);
    }

    @Override
    public int hashCode() {
        return values.hashCode() * 31 + aliases.hashCode();
    }

    @Override
    public String toString() {
        return "Vocabulary" + spellings;
    }
}
