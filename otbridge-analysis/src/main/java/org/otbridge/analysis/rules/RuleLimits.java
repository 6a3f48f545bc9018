package org.otbridge.analysis.rules;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.otbridge.model.load.Suggestions;

/**
 * How much a rule condition may cost, so that no rule file, however written, makes an assessment
 * run without end or exhaust memory (docs/limits.md). A rule that goes over a limit is stopped
 * and reported as a problem of the run, naming its file, line and id.
 *
 * @param iterations comprehension steps ({@code all}, {@code exists}, {@code map}, {@code filter})
 *     one evaluation may take, all nested loops together
 * @param evaluationTime how long one evaluation of a condition may run
 * @param ruleTime how long all evaluations of one rule in one assessment may take together
 * @param regexProgramSize the largest compiled regular expression ({@code matches}) allowed, in
 *     RE2 program instructions
 * @param valueSize the largest value a condition may build: characters of a string, items of a list
 *     or map
 */
public record RuleLimits(int iterations, Duration evaluationTime, Duration ruleTime, int regexProgramSize,
        int valueSize) {

    private static final List<String> NAMES = List.of("rule-iterations", "rule-evaluation-time", "rule-time",
            "rule-regex-size", "rule-value-size");
    private static final Pattern TIME = Pattern.compile("(\\d{1,9})(ms|s|m)?");

    public RuleLimits {
        if (iterations < 1 || regexProgramSize < 1 || valueSize < 1 || evaluationTime.isNegative() || evaluationTime.isZero()
                || ruleTime.isNegative() || ruleTime.isZero()) {
            throw new IllegalArgumentException("rule limits must be positive");
        }
    }

    /**
     * A normal condition takes a few microseconds and a handful of loop steps; these defaults are
     * several orders of magnitude above that, and far below what a runaway condition would use.
     * The times leave room for a cold, busy machine and a long garbage collection pause, so that a
     * sound rule is never stopped by accident; runaway loops meet the iteration limit first.
     */
    public static RuleLimits defaults() {
        return new RuleLimits(100_000, Duration.ofSeconds(10), Duration.ofSeconds(120), 5_000, 10_000_000);
    }

    /** The names {@link #with} accepts, as written after {@code --limit}. */
    public static List<String> names() {
        return NAMES;
    }

    /** What a limit means and its default, for help texts. */
    public static String describe(String name) {
        RuleLimits d = defaults();
        return switch (name) {
            case "rule-iterations" -> "loop steps one rule evaluation may take (default " + d.iterations + ")";
            case "rule-evaluation-time" -> "time one rule evaluation may take (default "
                    + d.evaluationTime.toMillis() + "ms)";
            case "rule-time" -> "time all evaluations of one rule may take in one run (default "
                    + d.ruleTime.toSeconds() + "s)";
            case "rule-regex-size" -> "size of a compiled regular expression in a rule (default "
                    + d.regexProgramSize + ")";
            case "rule-value-size" -> "characters of a string or items of a list a rule may build (default "
                    + d.valueSize + ")";
            default -> throw new IllegalArgumentException("unknown limit " + name);
        };
    }

    /**
     * This limit set with one limit changed; {@code value} is a whole number, or for times a
     * number with {@code ms}, {@code s} (the default) or {@code m}.
     *
     * @throws IllegalArgumentException with a message for the user when the name or value is wrong
     */
    public RuleLimits with(String name, String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "rule-iterations" -> new RuleLimits(count(name, text), evaluationTime, ruleTime, regexProgramSize,
                    valueSize);
            case "rule-evaluation-time" -> new RuleLimits(iterations, time(name, text), ruleTime, regexProgramSize,
                    valueSize);
            case "rule-time" -> new RuleLimits(iterations, evaluationTime, time(name, text), regexProgramSize,
                    valueSize);
            case "rule-regex-size" -> new RuleLimits(iterations, evaluationTime, ruleTime, count(name, text),
                    valueSize);
            case "rule-value-size" -> new RuleLimits(iterations, evaluationTime, ruleTime, regexProgramSize,
                    count(name, text));
            default -> throw new IllegalArgumentException("unknown limit '" + name + "'"
                    + Suggestions.didYouMean(name, NAMES));
        };
    }

    private static int count(String name, String text) {
        try {
            int value = Integer.parseInt(text);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new IllegalArgumentException(name + " takes a whole number above 0, not '" + text + "'");
    }

    private static Duration time(String name, String text) {
        Matcher matcher = TIME.matcher(text);
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            String unit = matcher.group(2) == null ? "s" : matcher.group(2);
            Duration duration = switch (unit) {
                case "ms" -> Duration.ofMillis(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofSeconds(amount);
            };
            if (!duration.isZero()) {
                return duration;
            }
        }
        throw new IllegalArgumentException(name + " takes a time above 0 such as 500ms, 10s or 2m, not '" + text + "'");
    }
}
