package org.otbridge.model.load;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsers for the model's scalar formats: ids, durations, dates, percentages, addresses. */
public final class Scalars {

    private Scalars() {
    }

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})([mhdw])");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
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

    /** 30m, 4h, 2d, 1w. */
    public static Optional<Duration> duration(String text) {
        Matcher m = DURATION.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        long amount = Long.parseLong(m.group(1));
        return Optional.of(switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofDays(amount);
            default -> Duration.ofDays(amount * 7);
        });
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

    /** A real calendar date written YYYY-MM-DD. */
    public static Optional<LocalDate> date(String text) {
        String trimmed = text.strip();
        if (!DATE.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(trimmed));
        } catch (DateTimeParseException e) {
            return Optional.empty();
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

    private static boolean isIpv4(String address) {
        String[] parts = address.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !asciiDigits(part)) {
                return false;
            }
            if (Integer.parseInt(part) > 255) {
                return false;
            }
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

    private static boolean asciiDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
