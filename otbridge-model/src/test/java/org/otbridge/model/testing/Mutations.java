package org.otbridge.model.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Random edits of model text, each described precisely enough to reproduce it by hand. Used to
 * check that the loader survives, and explains, every kind of broken input.
 */
public final class Mutations {

    private Mutations() {
    }

    /** A mutated text and what was done to it. */
    public record Mutated(String text, String description) {
    }

    /** The kinds of edit; {@link #apply} picks the place at random. */
    public enum Kind {
        DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, CHANGE_CHARACTER, TRUNCATE, INSERT_TAB, RENAME_KEY, REPLACE_VALUE,
        CHANGE_REFERENCE, INSERT_COLONS, INSERT_BRACE, INSERT_BRACKET, DEDENT_LINE, INSERT_CONTROL_CHARACTER
    }

    private static final String[] TOKENS = {"", "~", "null", "true", "-1", "0", "99999999999999999999", "3.5", "1e400",
        "[]", "{}", "[x", "{a: b", "\"unterminated", "'x'", "&anchor", "*alias", "!!binary AAAA", "? x", "- x", "|",
        ">", "#", "%", "@", "`", "!tag", "x: y", "a, b", "0x1F", "0o17", ".inf", "-.nan", "2026-02-30", "4h",
        "asset:", ":x", "internet", "program:x", "zone:UPPER", "\u00e6\u00f8\u00e5", "\ud83d\ude00", "\t", "\\",
        "{at_least: 0, of: []}", "{any: x}", "{all: [], any: []}", "{of: [a]}"};

    /** Keys as written in block ({@code key:}) or flow ({@code {key:} / {@code , key:}) style. */
    private static final Pattern KEY = Pattern.compile("(?:^\\s*(?:- )?|[{,] ?)([a-z_]+):", Pattern.MULTILINE);
    /** Values after {@code key: }. */
    private static final Pattern VALUE = Pattern.compile(": ([^,}\\]\\n]+)");
    /** Kind-prefixed references. */
    public static final Pattern REFERENCE = Pattern.compile(
            "\\b(asset|zone|supplier|person|unit|control|connection|service):([a-z0-9][a-z0-9._-]*)");
    /** Bare references in fields that take one kind. */
    private static final Pattern BARE_REFERENCE = Pattern.compile(
            "(?:zone|supplier|contract_owner|approved_by|unit): ([a-z0-9][a-z0-9._-]*)");

    public static Mutated apply(Kind kind, String text, SplittableRandom r) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int line = r.nextInt(lines.size());
        return switch (kind) {
            case DELETE_LINE -> {
                String removed = lines.remove(line);
                yield new Mutated(String.join("\n", lines), "delete line " + (line + 1) + " <" + removed + ">");
            }
            case DUPLICATE_LINE -> {
                lines.add(line, lines.get(line));
                yield new Mutated(String.join("\n", lines), "duplicate line " + (line + 1) + " <" + lines.get(line) + ">");
            }
            case SWAP_LINES -> {
                int other = r.nextInt(lines.size());
                String a = lines.get(line);
                lines.set(line, lines.get(other));
                lines.set(other, a);
                yield new Mutated(String.join("\n", lines), "swap lines " + (line + 1) + " and " + (other + 1));
            }
            case CHANGE_CHARACTER -> {
                int at = r.nextInt(Math.max(1, text.length()));
                String alphabet = "abcxyz019:-{}[],#&*!|>'\" \n\t.\u00e6\u0000";
                char c = alphabet.charAt(r.nextInt(alphabet.length()));
                yield replace(text, at, Math.min(at + 1, text.length()), String.valueOf(c),
                        "change character at offset " + at + " to U+" + String.format("%04X", (int) c));
            }
            case TRUNCATE -> {
                int at = r.nextInt(text.length() + 1);
                yield new Mutated(text.substring(0, at), "truncate at offset " + at);
            }
            case INSERT_TAB -> {
                String original = lines.get(line);
                int at = r.nextBoolean() ? 0 : r.nextInt(original.length() + 1);
                lines.set(line, original.substring(0, at) + "\t" + original.substring(at));
                yield new Mutated(String.join("\n", lines), "insert tab in line " + (line + 1) + " at column " + (at + 1));
            }
            case RENAME_KEY -> {
                Matcher m = pick(KEY, text, r);
                if (m == null) {
                    yield apply(Kind.CHANGE_CHARACTER, text, r);
                }
                int at = m.start(1) + r.nextInt(m.group(1).length());
                char c = (char) ('a' + r.nextInt(26));
                yield replace(text, at, at + 1, String.valueOf(c),
                        "rename key '" + m.group(1) + "' at offset " + m.start(1) + " by setting offset " + at + " to " + c);
            }
            case REPLACE_VALUE -> {
                Matcher m = pick(VALUE, text, r);
                if (m == null) {
                    yield apply(Kind.CHANGE_CHARACTER, text, r);
                }
                String token = TOKENS[r.nextInt(TOKENS.length)];
                yield replace(text, m.start(1), m.end(1), token,
                        "replace value '" + m.group(1) + "' at offset " + m.start(1) + " with '" + token + "'");
            }
            case CHANGE_REFERENCE -> {
                Matcher m = pick(r.nextBoolean() ? REFERENCE : BARE_REFERENCE, text, r);
                if (m == null) {
                    yield apply(Kind.CHANGE_CHARACTER, text, r);
                }
                int group = m.groupCount();
                int at = m.start(group) + r.nextInt(m.group(group).length());
                String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789._-";
                char c = alphabet.charAt(r.nextInt(alphabet.length()));
                yield replace(text, at, at + 1, String.valueOf(c),
                        "change reference '" + m.group() + "' at offset " + m.start() + " by setting offset " + at + " to " + c);
            }
            case INSERT_COLONS -> insertInLine(lines, line, r, ": :");
            case INSERT_BRACE -> insertInLine(lines, line, r, r.nextBoolean() ? "{" : "}");
            case INSERT_BRACKET -> insertInLine(lines, line, r, r.nextBoolean() ? "[" : "]");
            case DEDENT_LINE -> {
                String original = lines.get(line);
                String changed = original.startsWith("  ") ? original.substring(2) : " " + original;
                lines.set(line, changed);
                yield new Mutated(String.join("\n", lines), "re-indent line " + (line + 1) + " <" + original + ">");
            }
            case INSERT_CONTROL_CHARACTER -> insertInLine(lines, line, r,
                    String.valueOf("\u0000\u0007\u001b\u007f\u0085\u2028\ufeff\ufffe".charAt(r.nextInt(8))));
        };
    }

    /** A targeted edit: one kind-prefixed reference changed by one character to an id of that kind that does not exist. */
    public record BrokenReference(String text, String kind, String newId, int line, int column, String description) {
    }

    public static BrokenReference breakReference(String text, SplittableRandom r, java.util.function.Function<String,
            Set<String>> idsOfKind) {
        List<int[]> found = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            found.add(new int[] {m.start(), m.start(2), m.end(2)});
        }
        if (found.isEmpty()) {
            return null;
        }
        for (int attempt = 0; attempt < 100; attempt++) {
            int[] ref = found.get(r.nextInt(found.size()));
            String kind = text.substring(ref[0], ref[1] - 1);
            String id = text.substring(ref[1], ref[2]);
            int at = r.nextInt(id.length());
            String alphabet = at == 0 ? "abcdefghijklmnopqrstuvwxyz0123456789" : "abcdefghijklmnopqrstuvwxyz0123456789._-";
            String newId = id.substring(0, at) + alphabet.charAt(r.nextInt(alphabet.length())) + id.substring(at + 1);
            if (idsOfKind.apply(kind).contains(newId)) {
                continue;
            }
            int lineStart = text.lastIndexOf('\n', ref[0] - 1) + 1;
            int line = 1;
            for (int i = 0; i < lineStart; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            String mutated = text.substring(0, ref[1]) + newId + text.substring(ref[2]);
            return new BrokenReference(mutated, kind, newId, line, ref[0] - lineStart + 1,
                    "change " + kind + ":" + id + " at line " + line + " to " + kind + ":" + newId);
        }
        return null;
    }

    private static Mutated insertInLine(List<String> lines, int line, SplittableRandom r, String insert) {
        String original = lines.get(line);
        int at = r.nextInt(original.length() + 1);
        lines.set(line, original.substring(0, at) + insert + original.substring(at));
        return new Mutated(String.join("\n", lines), "insert '" + escape(insert) + "' in line " + (line + 1)
                + " at column " + (at + 1));
    }

    private static Mutated replace(String text, int from, int to, String with, String description) {
        return new Mutated(text.substring(0, from) + with + text.substring(to), description);
    }

    private static Matcher pick(Pattern pattern, String text, SplittableRandom r) {
        Matcher m = pattern.matcher(text);
        int count = 0;
        while (m.find()) {
            count++;
        }
        if (count == 0) {
            return null;
        }
        int target = r.nextInt(count);
        m.reset();
        for (int i = 0; i <= target; i++) {
            m.find();
        }
        return m;
    }

    /** Control characters as \\uXXXX, for descriptions. */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c >= 0xfff0 || c == 0xfeff) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
