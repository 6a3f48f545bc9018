package org.otbridge.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.otbridge.model.Model;
import org.otbridge.model.load.LoadResult;
import org.otbridge.observe.draft.ModelDraft;
import org.otbridge.observe.inventory.Inventory;
import org.otbridge.observe.inventory.InventoryJson;
import org.otbridge.observe.inventory.InventoryText;
import org.otbridge.report.format.FormatRegistry;
import org.otbridge.report.format.ReportFormat;
import org.otbridge.report.format.TextFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code otbridge discover INPUT... [--model MODEL] [--format text|json|yaml] [-o FILE]}: the observed
 * inventory of captures and Zeek logs (docs/output.md), as text, as JSON, or as a model draft.
 */
@Command(name = "discover", mixinStandardHelpOptions = true,
        header = "Show what the network really does, from captures and Zeek logs.",
        description = {"Read captures (pcap, pcapng, also gzip-compressed) and Zeek logs (conn.log",
                "and the ICSNPP protocol logs) and show what the network really does: hosts",
                "with guessed roles, and flows with their protocol and the operations clients",
                "asked for (read, write, program, command). Inventories written before (by",
                "--format json, or by the Spark job over a data lake; see docs/fleets.md) are",
                "merged with the rest, so a folder of partial inventories is one inventory.",
                "Prints a summary; --format json writes the inventory (otbridge.inventory/1);",
                "--format yaml or -o FILE.yaml writes a model draft, which with --model only",
                "adds what the model lacks. Damaged capture records are reported on standard",
                "error and skipped. Exit 0, or 2 when an input or the model cannot be used."})
final class DiscoverCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Capture files, Zeek logs, inventory documents (otbridge.inventory/1), or folders holding them.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--model", paramLabel = "MODEL",
            description = "The current model (file or folder): hosts are matched to its assets by their ips, and the"
                    + " draft only adds what the model lacks.")
    Path model;

    @Mixin
    OutputOptions output;

    /** What discover writes: the observed inventory, and the model it was matched against (or null). */
    record Discovered(Inventory inventory, Model model) {
    }

    /** text (a summary), json (the inventory) or yaml (a model draft); -o FILE.yaml chooses a draft. */
    static final FormatRegistry<Discovered> FORMATS = new FormatRegistry<>(List.of(
            TextFormat.of("text", List.of(".txt"), "a summary of hosts and flows",
                    (d, out) -> out.write(new InventoryText().render(d.inventory()))),
            TextFormat.of("json", List.of(".json"), "the observed inventory (otbridge.inventory/1)",
                    (d, out) -> new InventoryJson().write(d.inventory(), out)),
            TextFormat.of("yaml", List.of(".yaml", ".yml"), "a model draft that otbridge check accepts",
                    (d, out) -> out.write(new ModelDraft(d.inventory(), d.model()).yaml()))));

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ReportFormat<Discovered> chosen;
        try {
            chosen = output.chosen(FORMATS);
        } catch (OutputTarget.Refused e) {
            return refuse(e.getMessage());
        }
        try (OutputTarget target = output.target(spec.commandLine().getOut())) {
            List<Path> read = new ArrayList<>(inputs);
            if (model != null) {
                read.add(model);
            }
            target.refuseInputs(read);
            return discover(chosen, target, err);
        } catch (OutputTarget.Refused e) {
            return refuse(e.getMessage());
        }
    }

    private int refuse(String message) {
        spec.commandLine().getErr().println("otbridge discover: " + Terminal.oneLine(message));
        return ExitCodes.BAD_INPUT;
    }

    private int discover(ReportFormat<Discovered> chosen, OutputTarget target, PrintWriter err)
            throws OutputTarget.Refused {
        Model current = null;
        if (model != null) {
            LoadResult loaded = ModelInput.load(model);
            if (!loaded.ok()) {
                ModelInput.printProblems(loaded, err);
                return ExitCodes.BAD_INPUT;
            }
            current = loaded.model();
        }

        Inventory inventory;
        try {
            inventory = CaptureInput.read(inputs, err, "otbridge discover");
        } catch (CaptureInput.Unreadable e) {
            return ExitCodes.BAD_INPUT;
        }

        target.write(chosen, new Discovered(inventory, current));
        if (!target.isStandardOutput()) {
            spec.commandLine().getOut().println("Wrote " + target.shown() + ": " + inventory.hosts().size()
                    + " hosts, " + inventory.flows().size() + " flows");
        }
        return ExitCodes.OK;
    }
}
