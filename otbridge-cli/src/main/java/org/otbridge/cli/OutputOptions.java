package org.otbridge.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --format} and {@code -o}: what a command writes and where, the same for every command. */
final class OutputOptions {

    /** File name endings that choose a format when --format is not given, checked in this order. */
    private static final List<Map.Entry<String, String>> FORMAT_BY_ENDING = List.of(
            Map.entry(".sarif.json", "sarif"), Map.entry(".json", "json"), Map.entry(".txt", "text"),
            Map.entry(".html", "html"), Map.entry(".htm", "html"), Map.entry(".sarif", "sarif"),
            Map.entry(".csv", "csv"), Map.entry(".xlsx", "xlsx"), Map.entry(".md", "md"));

    @Option(names = "--format", paramLabel = "FORMAT",
            description = {"text (a short summary, the default) or json (everything).",
                    "Without --format, the name of the -o file decides: FILE.json writes json."})
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = {"Write to FILE, whole or not at all, instead of standard output;",
                    "'-' is standard output. Never one of the run's own input files."})
    Path output;

    /**
     * The format asked for, or chosen by the output file's name; a format the command does not
     * write is one line for the user.
     */
    String chosen(List<String> supported, List<String> planned) throws OutputTarget.Refused {
        String name;
        String from = "";
        if (format != null) {
            name = format.strip().toLowerCase(Locale.ROOT);
        } else if (output != null && !output.toString().equals("-") && output.getFileName() != null) {
            String file = output.getFileName().toString().toLowerCase(Locale.ROOT);
            name = FORMAT_BY_ENDING.stream().filter(e -> file.endsWith(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse("text");
            from = " (from the name " + output.getFileName() + ")";
        } else {
            name = "text";
        }
        if (supported.contains(name)) {
            return name;
        }
        String use = "use " + String.join(" or ", supported.stream().map(f -> "--format " + f).toList());
        if (planned.contains(name)) {
            throw new OutputTarget.Refused("format '" + name + "'" + from + " is not yet available; " + use);
        }
        throw new OutputTarget.Refused("unknown format '" + (format != null ? format : name) + "'; " + use);
    }

    /** Standard output, or the -o file reserved and checked before any work starts. */
    OutputTarget target(PrintWriter standardOutput) throws OutputTarget.Refused {
        return output == null ? OutputTarget.standardOutput(standardOutput)
                : OutputTarget.prepare(output, standardOutput);
    }
}
