package org.otbridge.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.otbridge.report.format.FormatRegistry;
import org.otbridge.report.format.Formats;
import org.otbridge.report.format.ReportFormat;
import picocli.CommandLine.Option;

/** {@code --format} and {@code -o}: what a command writes and where, the same for every command. */
final class OutputOptions {

    @Option(names = "--format", paramLabel = "FORMAT",
            description = {"text (a short summary, the default), json (everything, docs/output.md), html, md,",
                    "sarif, csv or xlsx (docs/reports.md); a command that does not write one says which it does.",
                    "Without --format, the name of the -o file decides: FILE.json writes json."})
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = {"Write to FILE, whole or not at all, instead of standard output;",
                    "'-' is standard output. Never one of the run's own input files."})
    Path output;

    /**
     * The format asked for, or chosen by the output file's name (text when neither says); a
     * format the command does not write is one line for the user.
     */
    <T> ReportFormat<T> chosen(FormatRegistry<T> formats) throws OutputTarget.Refused {
        String use = "use " + String.join(" or ", formats.names().stream().map(f -> "--format " + f).toList());
        if (format != null) {
            String name = format.strip().toLowerCase(Locale.ROOT);
            return formats.named(name).orElseThrow(() -> new OutputTarget.Refused(Formats.PLANNED.containsKey(name)
                    ? "format '" + name + "' is not yet available; " + use
                    : "unknown format '" + format + "'; " + use));
        }
        if (output != null && !output.toString().equals("-") && output.getFileName() != null) {
            String file = output.getFileName().toString();
            Optional<ReportFormat<T>> byName = formats.forFile(file);
            if (byName.isPresent()) {
                return byName.get();
            }
            String lower = file.toLowerCase(Locale.ROOT);
            Optional<String> planned = Formats.PLANNED.entrySet().stream()
                    .filter(e -> e.getValue().stream().anyMatch(lower::endsWith)).map(Map.Entry::getKey).findFirst();
            if (planned.isPresent()) {
                throw new OutputTarget.Refused("format '" + planned.get() + "' (from the name " + file
                        + ") is not yet available; " + use);
            }
        }
        return formats.named("text").orElseThrow();
    }

    /** Standard output, or the -o file reserved and checked before any work starts. */
    OutputTarget target(PrintWriter standardOutput) throws OutputTarget.Refused {
        return output == null ? OutputTarget.standardOutput(standardOutput)
                : OutputTarget.prepare(output, standardOutput);
    }
}
