package org.otbridge.model.load;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsers for the model's scalar formats: ids, durations, dates, percentages, addresses. */
public final class Scalars {

    private Scalars() {
    }

    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:\\.\\d+)?)\\s?%");
    private static final Pattern MAC = Pattern.compile("[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(\\1[0-9A-Fa-f]{2}){4}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    /** {@code [a-z0-9][a-z0-9._-]*}, checked by hand: every element and reference has one. */
    public static boolean isId(String text) {
        if (text.isEmpty() || !isLowerOrDigit(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isLowerOrDigit(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLowerOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /** 30m, 4h, 2d, 1w: one to nine digits and a unit, checked by hand (many assets have one). */
    public static Optional<Duration> duration(String text) {
        String trimmed = text.strip();
        int digits = trimmed.length() - 1;
        if (digits < 1 || digits > 9 || !asciiDigits(trimmed, 0, digits)) {
            return Optional.empty();
        }
        long amount = Long.parseLong(trimmed, 0, digits, 10);
        return switch (trimmed.charAt(digits)) {
            case 'm' -> Optional.of(Duration.ofMinutes(amount));
            case 'h' -> Optional.of(Duration.ofHours(amount));
            case 'd' -> Optional.of(Duration.ofDays(amount));
            case 'w' -> Optional.of(Duration.ofDays(amount * 7));
            default -> Optional.empty();
        };
    }

    /** The model's spelling of a duration, the largest whole unit: 90m, 4h, 2d, 1w. */
    public static String formatDuration(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes != 0 && minutes % (7 * 24 * 60) == 0) {
            return minutes / (7 * 24 * 60) + "w";
        }
        if (minutes != 0 && minutes % (24 * 60) == 0) {
            return minutes / (24 * 60) + "d";
        }
        if (minutes != 0 && minutes % 60 == 0) {
            return minutes / 60 + "h";
        }
        return minutes + "m";
    }

    /** A real calendar date written YYYY-MM-DD, checked by hand (many assets have one). */
    public static Optional<LocalDate> date(String text) {
        String trimmed = text.strip();
        if (trimmed.length() != 10 || trimmed.charAt(4) != '-' || trimmed.charAt(7) != '-'
                || !asciiDigits(trimmed, 0, 4) || !asciiDigits(trimmed, 5, 7) || !asciiDigits(trimmed, 8, 10)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(trimmed, 0, 4, 10), Integer.parseInt(trimmed, 5, 7, 10),
                    Integer.parseInt(trimmed, 8, 10, 10)));
        } catch (DateTimeException e) {
            return Optional.empty(); // no such day, such as 2023-02-30
        }
    }

    /** 60% as 60.0, from 0% to 100%. */
    public static Optional<Double> percent(String text) {
        Matcher m = PERCENT.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        double value = Double.parseDouble(m.group(1));
        return value <= 100.0 ? Optional.of(value) : Optional.empty();
    }

    public static Optional<Long> wholeNumber(String text) {
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** IPv4 or IPv6, optionally with a prefix length. Never resolves names. */
    public static boolean isIpAddress(String text) {
        String address = text.strip();
        int maxPrefix;
        String prefix = null;
        int slash = address.indexOf('/');
        if (slash >= 0) {
            prefix = address.substring(slash + 1);
            address = address.substring(0, slash);
        }
        if (address.indexOf(':') >= 0) {
            if (!isIpv6(address)) {
                return false;
            }
            maxPrefix = 128;
        } else {
            if (!isIpv4(address)) {
                return false;
            }
            maxPrefix = 32;
        }
        if (prefix == null) {
            return true;
        }
        Optional<Long> length = prefix.length() <= 3 ? wholeNumber(prefix) : Optional.empty();
        return length.isPresent() && length.get() >= 0 && length.get() <= maxPrefix && !prefix.startsWith("+");
    }

    /** Four dot-separated parts of one to three digits, each at most 255; by hand, as most assets have one. */
    private static boolean isIpv4(String address) {
        int start = 0;
        for (int part = 0; part < 4; part++) {
            int end = part < 3 ? address.indexOf('.', start) : address.length();
            if (end < 0 || end == start || end - start > 3 || !asciiDigits(address, start, end)
                    || Integer.parseInt(address, start, end, 10) > 255) {
                return false;
            }
            start = end + 1;
        }
        return true;
    }

    private static boolean isIpv6(String address) {
        if (!IPV6.matcher(address).matches()) {
            return false;
        }
        int doubleColon = address.indexOf("::");
        if (doubleColon >= 0 && address.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        String[] groups = address.split(":", -1);
        int hexGroups = 0;
        for (int i = 0; i < groups.length; i++) {
            String group = groups[i];
            if (group.isEmpty()) {
                continue;
            }
            if (group.indexOf('.') >= 0) {
                if (i != groups.length - 1 || !isIpv4(group)) {
                    return false;
                }
                hexGroups += 2;
            } else if (group.length() > 4 || group.indexOf('.') >= 0) {
                return false;
            } else {
                hexGroups++;
            }
        }
        return doubleColon >= 0 ? hexGroups < 8 : hexGroups == 8;
    }

    public static boolean isMacAddress(String text) {
        return MAC.matcher(text.strip()).matches();
    }

    private static boolean asciiDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
