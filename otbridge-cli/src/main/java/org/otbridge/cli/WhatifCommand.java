package org.otbridge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.analysis.whatif.WhatIf;
import org.otbridge.analysis.whatif.WhatIfException;
import org.otbridge.analysis.whatif.WhatIfResult;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.Scenario;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.Suggestions;
import org.otbridge.report.WhatIfJson;
import org.otbridge.report.WhatIfText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code otbridge whatif [MODEL] [--fail REF...] [--compromise REF...] [--scenario ID] [--format
 * text|json] [-o FILE]}: what stops, in what order and for how long when elements fail, and what
 * an attacker reaches and puts at risk when elements are compromised (docs/whatif.md).
 */
@Command(name = "whatif", mixinStandardHelpOptions = true,
        description = {"What if elements fail or an attacker holds them: services lost and degraded with their",
                "time to impact; for a compromise, what the attacker reaches and which services are at risk.",
                "REF is kind:id (asset:scada-a, zone:corp, supplier:acme, connection:vendor-ra, service:heat),",
                "internet or removable-media; a bare id is enough when only one element has it.",
                "Exit 0; 2 for unusable input, an unknown reference or scenario, or nothing to try."})
final class WhatifCommand implements Callable<Integer> {

    static final List<String> FORMATS = List.of("text", "json");

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "MODEL",
            description = "Model file or folder (default: the bundled example utility).")
    Path model;

    @Option(names = "--fail", paramLabel = "REF", arity = "1..*", split = ",",
            description = "Elements that stop working: assets, zones, connections, suppliers, services.")
    List<String> fail = new ArrayList<>();

    @Option(names = "--compromise", paramLabel = "REF", arity = "1..*", split = ",",
            description = "Elements an attacker holds: assets, zones, suppliers, internet, removable-media.")
    List<String> compromise = new ArrayList<>();

    @Option(names = "--scenario", paramLabel = "ID",
            description = "Run the model's scenario ID (with --fail/--compromise: together with them).")
    String scenario;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = {"text (the default) or json (schema otbridge.whatif/1, docs/whatif.md).",
                    "Without --format, -o FILE.json writes json."})
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (whole or not at all) instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (fail.isEmpty() && compromise.isEmpty() && scenario == null) {
            err.println("otbridge whatif: nothing to try; give --fail REF, --compromise REF or --scenario ID");
            spec.commandLine().usage(err);
            return ExitCodes.BAD_INPUT;
        }
        Optional<String> chosen = chooseFormat(err);
        if (chosen.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        if (output != null && Files.isDirectory(output)) {
            return refuse(output + " is a folder; -o needs a file name");
        }

        LoadResult loaded = ModelInput.load(model);
        if (!loaded.ok()) {
            ModelInput.printProblems(loaded, err);
            return ExitCodes.BAD_INPUT;
        }
        Model site = loaded.model();
        WhatIf whatIf = new WhatIf(new SiteFacts(site));

        Scenario chosenScenario = null;
        List<Ref> failed = new ArrayList<>();
        List<Ref> compromised = new ArrayList<>();
        if (scenario != null) {
            chosenScenario = whatIf.scenario(scenario.strip()).orElse(null);
            if (chosenScenario == null) {
                List<String> ids = site.scenarios().stream().map(Scenario::id).toList();
                return refuse("the model has no scenario '" + scenario + "'"
                        + Suggestions.closest(scenario.strip(), ids).map(s -> "; did you mean '" + s + "'?")
                                .orElse(ids.isEmpty() ? "; it has no scenarios" : "; its scenarios: "
                                        + String.join(", ", ids)));
            }
            failed.addAll(chosenScenario.fail());
            compromised.addAll(chosenScenario.compromise());
        }
        try {
            for (String text : fail) {
                failed.add(parse(site, text, "--fail"));
            }
            for (String text : compromise) {
                compromised.add(parse(site, text, "--compromise"));
            }
        } catch (BadReference e) {
            return refuse(e.getMessage());
        }
        // Extra refs on top of a scenario make it a case of its own: no longer "the scenario".
        Scenario shown = fail.isEmpty() && compromise.isEmpty() ? chosenScenario : null;

        WhatIfResult result;
        try {
            result = whatIf.run(failed, compromised);
        } catch (WhatIfException e) {
            return refuse(e.getMessage());
        }

        boolean json = chosen.get().equals("json");
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                new WhatIfJson().write(site, shown, result, out);
            } else {
                out.print(new WhatIfText().render(site, shown, result));
            }
            out.flush();
        } else {
            if (json) {
                AtomicFiles.write(output, out -> new WhatIfJson().write(site, shown, result, out));
            } else {
                AtomicFiles.write(output, new WhatIfText().render(site, shown, result));
            }
            spec.commandLine().getOut().println("Wrote " + output + ": " + result.downCount() + " down, "
                    + result.lost().size() + " lost, " + result.degraded().size() + " degraded, "
                    + result.reachedCount() + " reached, " + result.servicesAtRisk().size() + " at risk");
        }
        return ExitCodes.OK;
    }

    /** A reference typed on the command line that cannot be read. */
    private static final class BadReference extends Exception {
        private static final long serialVersionUID = 1L;

        BadReference(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * {@code kind:id}, {@code internet}, {@code removable-media}, or a bare id that names exactly
     * one element. Whether the element exists is checked by the analysis, which suggests the closest.
     */
    static Ref parse(Model site, String typed, String option) throws BadReference {
        String text = typed.strip();
        for (RefKind endpoint : List.of(RefKind.INTERNET, RefKind.REMOVABLE_MEDIA)) {
            if (text.equals(endpoint.yamlName())) {
                return Ref.endpoint(endpoint, null);
            }
        }
        int colon = text.indexOf(':');
        if (colon >= 0) {
            String prefix = text.substring(0, colon);
            Optional<RefKind> kind = RefKind.byPrefix(prefix);
            if (kind.isEmpty()) {
                List<String> kinds = Stream.of(RefKind.values()).filter(k -> !k.isEndpoint()).map(RefKind::yamlName)
                        .toList();
                throw new BadReference("unknown kind '" + prefix + "' in " + option + " " + text
                        + Suggestions.closest(prefix, kinds).map(k -> "; did you mean '" + k + ":"
                                + text.substring(colon + 1) + "'?").orElse("; use asset:, zone:, connection:,"
                                + " supplier: or service:"));
            }
            return Ref.of(kind.get(), text.substring(colon + 1));
        }
        java.util.Map<String, List<Ref>> byId = new java.util.LinkedHashMap<>();
        site.assets().forEach(a -> byId.computeIfAbsent(a.id(), x -> new ArrayList<>()).add(Ref.of(RefKind.ASSET, a.id())));
        site.zones().forEach(z -> byId.computeIfAbsent(z.id(), x -> new ArrayList<>()).add(Ref.of(RefKind.ZONE, z.id())));
        site.connections().forEach(c -> byId.computeIfAbsent(c.id(), x -> new ArrayList<>())
                .add(Ref.of(RefKind.CONNECTION, c.id())));
        site.suppliers().forEach(s -> byId.computeIfAbsent(s.id(), x -> new ArrayList<>())
                .add(Ref.of(RefKind.SUPPLIER, s.id())));
        site.services().forEach(s -> byId.computeIfAbsent(s.id(), x -> new ArrayList<>())
                .add(Ref.of(RefKind.SERVICE, s.id())));
        List<Ref> named = byId.getOrDefault(text, List.of());
        if (named.size() == 1) {
            return named.get(0);
        }
        if (named.size() > 1) {
            throw new BadReference("'" + text + "' in " + option + " names " + named.size() + " elements; write one of "
                    + String.join(", ", named.stream().map(Ref::key).toList()));
        }
        Optional<String> close = Suggestions.closest(text, byId.keySet());
        if (close.isPresent()) {
            throw new BadReference("'" + text + "' in " + option + " is not in the model; did you mean "
                    + byId.get(close.get()).get(0).key() + "?");
        }
        throw new BadReference("'" + text + "' in " + option + " is not in the model"
                + (isPath(text) ? "; it looks like a model path: put MODEL before " + option
                        : "; write a reference as kind:id, such as asset:" + text));
    }

    private static boolean isPath(String text) {
        try {
            return Files.exists(Path.of(text));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** The format asked for, or from the output file's name; empty (with a message) when unknown. */
    private Optional<String> chooseFormat(PrintWriter err) {
        String name;
        if (format != null) {
            name = format.strip().toLowerCase(Locale.ROOT);
        } else if (output != null && output.getFileName() != null
                && output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            name = "json";
        } else {
            name = "text";
        }
        if (FORMATS.contains(name)) {
            return Optional.of(name);
        }
        err.println("otbridge whatif: unknown format '" + format + "'; use text or json");
        return Optional.empty();
    }

    private int refuse(String message) {
        spec.commandLine().getErr().println("otbridge whatif: " + message);
        return ExitCodes.BAD_INPUT;
    }
}
