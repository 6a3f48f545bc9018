package org.otbridge.analysis.drift;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** How drift findings put observed facts into words. */
final class DriftWords {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private DriftWords() {
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** The first {@code shown} items and how many more: "a, b, c and 4 more". */
    static String some(List<String> items, int shown) {
        if (items.size() <= shown) {
            if (items.size() <= 1) {
                return String.join("", items);
            }
            return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
        }
        return String.join(", ", items.subList(0, shown)) + " and " + (items.size() - shown) + " more";
    }

    /** ", 2020-07-25 07:03 to 2020-07-27 23:00 UTC", or "" when the times are unknown. */
    static String between(long first, long last) {
        if (first == 0 || last == 0) {
            return "";
        }
        String from = time(first);
        String to = time(last);
        return from.equals(to) ? ", at " + from + " UTC" : ", " + from + " to " + to + " UTC";
    }

    static String time(long nanos) {
        return MINUTES.format(Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L)));
    }

    /** A span of time in words: "3 days", "5 hours", "12 minutes", "40 seconds". */
    static String span(long nanos) {
        long seconds = nanos / 1_000_000_000L;
        if (seconds >= 2 * 86_400) {
            return plural(seconds / 86_400, "day");
        }
        if (seconds >= 2 * 3_600) {
            return plural(seconds / 3_600, "hour");
        }
        if (seconds >= 120) {
            return plural(seconds / 60, "minute");
        }
        return plural(seconds, "second");
    }

    /** The side of the boundary an end is on: "OT", "IT", "the DMZ", "outside", "unknown". */
    static String side(Endpoint end) {
        if (end.otSide()) {
            return end.domains().contains(org.otbridge.model.Domain.SAFETY) && !end.domains()
                    .contains(org.otbridge.model.Domain.OT) ? "the safety domain" : "OT";
        }
        if (end.domains().contains(org.otbridge.model.Domain.DMZ)) {
            return "the DMZ";
        }
        if (end.domains().contains(org.otbridge.model.Domain.IT)) {
            return "IT";
        }
        return end.domains().contains(org.otbridge.model.Domain.EXTERNAL) ? "outside" : "an unknown domain";
    }

    /** A declared connection's protocol, ports and ends: "opcua on port 4840 from asset:a to asset:b". */
    static String declared(org.otbridge.model.Connection c) {
        StringBuilder text = new StringBuilder(c.protocol() == null ? "no stated protocol" : c.protocol().yamlName());
        if (!c.ports().isEmpty()) {
            text.append(c.ports().size() == 1 ? " on port " : " on ports ").append(String.join(", ",
                    c.ports().stream().map(String::valueOf).toList()));
        }
        return text.append(" from ").append(c.from().key()).append(" to ").append(c.to().key()).toString();
    }

    /** "9 writes, 2 program transfers and 3 commands", naming only what happened. */
    static String control(org.otbridge.observe.inventory.Operations ops) {
        List<String> parts = new java.util.ArrayList<>(3);
        if (ops.write() > 0) {
            parts.add(plural(ops.write(), "write"));
        }
        if (ops.program() > 0) {
            parts.add(plural(ops.program(), "program transfer"));
        }
        if (ops.command() > 0) {
            parts.add(plural(ops.command(), "command"));
        }
        return some(parts, 3);
    }
}
