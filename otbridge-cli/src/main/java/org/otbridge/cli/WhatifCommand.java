package org.otbridge.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.otbridge.report.WhatIfReport;
import org.otbridge.report.format.Formats;
import org.otbridge.report.format.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code otbridge whatif [MODEL] [--fail REF...] [--compromise REF...] [--scenario ID] [--format
 * text|json] [-o FILE]}: what stops, in what order and for how long when elements fail, and what
 * an attacker reaches and puts at risk when elements are compromised (docs/whatif.md).
 */
@Command(name = "whatif", mixinStandardHelpOptions = true,
        header = "What if elements fail or an attacker holds them: services lost and at risk.",
        description = {"What if elements fail or an attacker holds them: services lost and degraded with their",
                "time to impact; for a compromise, what the attacker reaches and which services are at risk.",
                "REF is kind:id (asset:scada-a, zone:corp, supplier:acme, connection:vendor-ra, service:heat),",
                "internet or removable-media; a bare id is enough when only one element has it.",
                "Exit 0; 2 for unusable input, an unknown reference or scenario, or nothing to try."})
final class WhatifCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ModelOption model;

    @Mixin
    OutputOptions output;

    @Mixin
    LimitOptions limits;

    @Option(names = "--fail", paramLabel = "REF", split = ",",
            description = "Elements that stop working: assets, zones, connections, suppliers, services "
                    + "(repeatable, or comma-separated).")
    List<String> fail = new ArrayList<>();

    @Option(names = "--compromise", paramLabel = "REF", split = ",",
            description = "Elements an attacker holds: assets, zones, suppliers, internet, removable-media "
                    + "(repeatable, or comma-separated).")
    List<String> compromise = new ArrayList<>();

    @Option(names = "--scenario", paramLabel = "ID",
            description = "Run the model's scenario ID (with --fail/--compromise: together with them).")
    String scenario;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (fail.isEmpty() && compromise.isEmpty() && scenario == null) {
            return refuse("nothing to try; give --fail REF, --compromise REF or --scenario ID (see otbridge whatif --help)");
        }
        ReportFormat<WhatIfReport> format;
        try {
            format = output.chosen(Formats.whatIf());
        } catch (OutputTarget.Refused e) {
            return refuse(e.getMessage());
        }
        org.otbridge.model.load.LoadLimits loadLimits;
        try {
            limits.check();
            loadLimits = limits.load();
        } catch (LimitOptions.BadLimit e) {
            return refuse(e.getMessage());
        }
        try (OutputTarget target = output.target(spec.commandLine().getOut())) {
            LoadResult loaded = ModelInput.load(model.model,
                    org.otbridge.analysis.registry.RuleRegistry.builtIn(), loadLimits);
            if (!loaded.ok()) {
                ModelInput.printProblems(loaded, err);
                return ExitCodes.BAD_INPUT;
            }
            target.refuseInputs(ModelInput.inputs(loaded, List.of()));
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
            target.write(format, new WhatIfReport(site, shown, result));
            if (!target.isStandardOutput()) {
                spec.commandLine().getOut().println("Wrote " + target.shown() + ": " + result.downCount() + " down, "
                        + result.lost().size() + " lost, " + result.degraded().size() + " degraded, "
                        + result.reachedCount() + " reached, " + result.servicesAtRisk().size() + " at risk");
            }
            return ExitCodes.OK;
        } catch (OutputTarget.Refused e) {
            return refuse(e.getMessage());
        }
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
                + (isPath(text) ? "; it looks like a model path: give MODEL on its own, not as a value of " + option
                        : "; write a reference as kind:id, such as asset:" + text));
    }

    private static boolean isPath(String text) {
        try {
            return Files.exists(Path.of(text));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    private int refuse(String message) {
        spec.commandLine().getErr().println("otbridge whatif: " + Terminal.oneLine(message));
        return ExitCodes.BAD_INPUT;
    }
}
