package org.otbridge.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.otbridge.analysis.rules.RuleLimits;
import org.otbridge.model.load.LoadLimits;
import org.otbridge.model.load.Suggestions;
import picocli.CommandLine.Option;

/**
 * {@code --limit NAME=VALUE}: raises or lowers one of the limits that keep every run bounded in
 * time and memory (docs/limits.md).
 */
final class LimitOptions {

    @Option(names = "--limit", paramLabel = "NAME=VALUE",
            description = {"Change a limit that keeps the run bounded (repeatable), such as",
                    "--limit file-size=2g or --limit rule-time=5m; docs/limits.md lists every limit",
                    "and its default."})
    List<String> limits = new ArrayList<>();

    /** A limit that cannot be set, as one line for the user. */
    static final class BadLimit extends Exception {
        private static final long serialVersionUID = 1L;

        BadLimit(String message) {
            super(message, null, false, false);
        }
    }

    /** Every limit name the option accepts: the model loading limits, then the rule limits. */
    static List<String> names() {
        List<String> names = new ArrayList<>(LoadLimits.names());
        names.addAll(RuleLimits.names());
        return names;
    }

    LoadLimits load() throws BadLimit {
        LoadLimits result = LoadLimits.defaults();
        for (String text : limits) {
            String[] nameValue = split(text);
            if (LoadLimits.names().contains(nameValue[0])) {
                try {
                    result = result.with(nameValue[0], nameValue[1]);
                } catch (IllegalArgumentException e) {
                    throw new BadLimit("--limit " + text + ": " + e.getMessage());
                }
            }
        }
        return result;
    }

    RuleLimits rules() throws BadLimit {
        RuleLimits result = RuleLimits.defaults();
        for (String text : limits) {
            String[] nameValue = split(text);
            if (RuleLimits.names().contains(nameValue[0])) {
                try {
                    result = result.with(nameValue[0], nameValue[1]);
                } catch (IllegalArgumentException e) {
                    throw new BadLimit("--limit " + text + ": " + e.getMessage());
                }
            }
        }
        return result;
    }

    /** Checks every --limit once, so a misspelt name is an error even when no part of the run reads it. */
    void check() throws BadLimit {
        for (String text : limits) {
            String name = split(text)[0];
            if (!names().contains(name)) {
                throw new BadLimit("--limit " + text + ": unknown limit '" + name + "'"
                        + Optional.of(Suggestions.didYouMean(name, names())).filter(s -> !s.isEmpty())
                                .orElse("; limits: " + String.join(", ", names())));
            }
        }
        rules();
        load();
    }

    private static String[] split(String text) throws BadLimit {
        int equals = text.indexOf('=');
        if (equals <= 0 || equals == text.length() - 1) {
            throw new BadLimit("--limit takes NAME=VALUE, such as rule-time=5m, not '" + text + "'");
        }
        return new String[] {text.substring(0, equals).strip(), text.substring(equals + 1).strip()};
    }
}
