package org.otbridge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.otbridge.model.Model;
import org.otbridge.model.load.LoadResult;
import org.otbridge.observe.Discovery;
import org.otbridge.observe.UnreadableInputException;
import org.otbridge.observe.draft.ModelDraft;
import org.otbridge.observe.inventory.Inventory;
import org.otbridge.observe.inventory.InventoryJson;
import org.otbridge.observe.inventory.InventoryText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code otbridge discover INPUT... [--model MODEL] [--format text|json|yaml] [-o FILE]}: the observed
 * inventory of captures and Zeek logs (docs/output.md), as text, as JSON, or as a model draft.
 */
@Command(name = "discover", mixinStandardHelpOptions = true,
        description = {"Read captures (pcap, pcapng, also gzip-compressed) and Zeek logs (conn.log",
                "and the ICSNPP protocol logs) and show what the network really does: hosts",
                "with guessed roles, and flows with their protocol and the operations clients",
                "asked for (read, write, program, command).",
                "Prints a summary; --format json writes the inventory (otbridge.inventory/1);",
                "--format yaml or -o FILE.yaml writes a model draft, which with --model only",
                "adds what the model lacks. Damaged capture records are reported on standard",
                "error and skipped. Exit 0, or 2 when an input or the model cannot be used."})
final class DiscoverCommand implements Callable<Integer> {

    private static final int PROBLEMS_SHOWN_PER_FILE = 20;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Capture files, Zeek logs, or folders holding them.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--model", paramLabel = "MODEL",
            description = "The current model (file or folder): hosts are matched to its assets by their ips, and the"
                    + " draft only adds what the model lacks.")
    Path model;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = {"text (a summary; the default), json (the inventory) or yaml (a model",
                    "draft). Without --format, -o FILE.json writes json and -o FILE.yaml a draft."})
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (whole or not at all) instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        String chosen = chooseFormat();
        if (chosen == null) {
            err.println("otbridge discover: unknown format '" + format + "'; use text, json or yaml");
            return ExitCodes.BAD_INPUT;
        }
        if (output != null && Files.isDirectory(output)) {
            err.println("otbridge discover: " + output + " is a folder; -o needs a file name");
            return ExitCodes.BAD_INPUT;
        }
        Model current = null;
        if (model != null) {
            LoadResult loaded = ModelInput.load(model);
            if (!loaded.ok()) {
                ModelInput.printProblems(loaded, err);
                return ExitCodes.BAD_INPUT;
            }
            current = loaded.model();
        }

        ConsoleProgress progress = ConsoleProgress.wanted() ? new ConsoleProgress(err) : null;
        Map<String, int[]> problemsPerFile = new HashMap<>();
        Discovery.Listener listener = new Discovery.Listener() {
            @Override
            public void problem(String file, String where, String message) {
                synchronized (problemsPerFile) {
                    int[] count = problemsPerFile.computeIfAbsent(file, k -> new int[1]);
                    if (++count[0] > PROBLEMS_SHOWN_PER_FILE) {
                        return;
                    }
                }
                String line = file + (where.startsWith("offset") ? ": " : ":") + where + ": " + message;
                if (progress != null) {
                    progress.message(line);
                } else {
                    synchronized (err) {
                        err.println(line);
                    }
                }
            }

            @Override
            public void progress(long done, long total) {
                if (progress != null) {
                    progress.update(done, total);
                }
            }
        };
        Inventory inventory;
        try {
            inventory = new Discovery().discover(inputs, listener);
        } catch (UnreadableInputException e) {
            if (progress != null) {
                progress.finish();
            }
            err.println(e.file() + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } finally {
            if (progress != null) {
                progress.finish();
            }
        }
        problemsPerFile.forEach((file, count) -> {
            if (count[0] > PROBLEMS_SHOWN_PER_FILE) {
                err.println(file + ": " + (count[0] - PROBLEMS_SHOWN_PER_FILE) + " more damaged records not shown");
            }
        });

        Inventory result = inventory;
        Model against = current;
        AtomicFiles.Content content = switch (chosen) {
            case "json" -> out -> new InventoryJson().write(result, out);
            case "yaml" -> out -> out.write(new ModelDraft(result, against).yaml());
            default -> out -> out.write(new InventoryText().render(result));
        };
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            content.writeTo(out);
            out.flush();
        } else {
            AtomicFiles.write(output, content);
            spec.commandLine().getOut().println("Wrote " + output + ": " + inventory.hosts().size() + " hosts, "
                    + inventory.flows().size() + " flows");
        }
        return ExitCodes.OK;
    }

    private String chooseFormat() {
        if (format != null) {
            String name = format.strip().toLowerCase(Locale.ROOT);
            return List.of("text", "json", "yaml").contains(name) ? name : null;
        }
        if (output != null && output.getFileName() != null) {
            String file = output.getFileName().toString().toLowerCase(Locale.ROOT);
            if (file.endsWith(".json")) {
                return "json";
            }
            if (file.endsWith(".yaml") || file.endsWith(".yml")) {
                return "yaml";
            }
        }
        return "text";
    }
}
