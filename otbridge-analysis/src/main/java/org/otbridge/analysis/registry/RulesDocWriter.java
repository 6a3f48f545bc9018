package org.otbridge.analysis.registry;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleMetadata;
import org.otbridge.analysis.Severity;
import org.otbridge.analysis.attack.AttackCatalog;
import org.otbridge.analysis.rules.Rule;
import org.otbridge.analysis.rules.RuleBindings;
import org.otbridge.analysis.rules.RuleScope;
import org.otbridge.model.ControlKind;
import org.otbridge.model.YamlEnum;

/**
 * Writes docs/rules.md from the rule registry: every rule an assessment can report, grouped by
 * the mistake it is about, each with what it reads, why it matters, what to do instead and its
 * references; then how to write rules of your own, with the values conditions can read (from
 * {@link RuleBindings}, the same declarations the type checker uses).
 */
public final class RulesDocWriter {

    public String markdown() {
        return markdown(RuleRegistry.builtIn());
    }

    public String markdown(RuleRegistry registry) {
        AttackCatalog attack = AttackCatalog.bundled();
        StringBuilder md = new StringBuilder();
        md.append("# Rule catalog\n\n");
        md.append("<!-- Generated from the rule registry (the Java rules' @RuleInfo, the built-in rule files "
                + "org/otbridge/analysis/rules/*.yaml) and RuleBindings by RulesDocWriter. Do not edit: regenerate "
                + "with\n     ./mvnw -pl otbridge-analysis test -Dtest=RulesDocTest -Dotbridge.updateDocs=true -->\n\n");
        md.append("""
                Every rule an assessment can report, %d in all, grouped by the mistake it is about. Each
                finding names the rule, the model elements it is about and the services they touch.
                `otbridge rules` lists the same rules (`otbridge rules OTB-ARCH-001` shows one in full,
                `--format json` writes them all); [rule-reasoning.md](rule-reasoning.md) explains the
                reasoning behind them and the sources they cite.

                Most rules are written in Java (families `arch`, `exp`, `gov`, `cont`, `drift`): they read
                the model fields listed under "Reads" (see [model-fields.md](model-fields.md)); the drift
                rules also read the traffic `assess --capture` observed, and report only then
                ([drift.md](drift.md)). The
                control-fitness rules (`fit`) are data: YAML with a [CEL](https://cel.dev) condition, and
                you can add rules of your own the same way ([Writing rules](#writing-rules)). Every rule id
                is unique across all of them; an `exceptions:` entry in the model names one, and `check`
                and `assess` report an exception whose rule does not exist.

                - [The three mistakes](#the-three-mistakes)
                - [Severity](#severity)
                - [Rules](#rules)
                - [Writing rules](#writing-rules)
                - [Variables](#variables) and [records](#records) a condition can read

                ## The three mistakes

                - **IT controls applied to OT without operational context** (`it-controls-in-ot`): a
                  control that is right on an office PC, such as lockout or a long password on a
                  shift-operated console, auto-patching on a SCADA server or active scans against PLCs,
                  takes view or control away from operators when they need it.
                - **Integration treated as pure gain** (`integration`): shortcuts past the DMZ,
                  always-on vendor access, OT that depends on IT services, and what happens when a
                  connection, supplier or solution stops working: fallbacks, spares, backups and single
                  points of failure.
                - **Responsibility in one silo** (`one-silo`): an OT zone or IT/OT conduit owned by IT
                  alone or by operations alone, nobody with a mandate for the OT security programme,
                  supplier access without supplier management, accepted risks nobody can answer for.

                ## Severity

                A rule's severity is a default. A finding is raised one step when a service it touches has
                critical impact, and lowered one step when no declared service needs its subject; the
                finding says so. Findings about the programme as a whole keep the rule's severity. An
                accepted risk (`exceptions:` with the rule id and the subject) keeps the finding in the
                report, marked accepted, until the exception expires.

                | Severity | Meaning for operations |
                | --- | --- |
                | critical | Plausible direct loss of control or of a safety function, or an unmitigated path from the internet or IT to the controllers of a critical service. |
                | high | Loss of view, or of the operators' ability to act in time; an essential function of a critical service depends on something that can fail or be abused. |
                | medium | Degraded operations or likely workarounds, or a gap with a clear OT alternative. |
                | low | Hygiene, documentation or a better practice. |
                | info | Worth knowing; nothing to fix. |

                """.formatted(registry.size()));

        md.append("## Rules\n\n");
        for (Mistake mistake : Mistake.values()) {
            List<RegisteredRule> rules = rules(registry, mistake);
            md.append("### ").append(mistake.title()).append(" (`").append(mistake.yamlName()).append("`)\n\n");
            md.append("| Id | Severity | Family | Title |\n| --- | --- | --- | --- |\n");
            for (RegisteredRule rule : rules) {
                md.append("| [").append(rule.id()).append("](#").append(rule.id().toLowerCase(Locale.ROOT))
                        .append(") | ").append(rule.metadata().severity().yamlName()).append(" | ")
                        .append(rule.family().yamlName()).append(" | ").append(cell(rule.metadata().title()))
                        .append(" |\n");
            }
            md.append('\n');
        }
        for (Mistake mistake : Mistake.values()) {
            for (RegisteredRule rule : rules(registry, mistake)) {
                rule(md, rule, attack);
            }
        }

        md.append("""
                ## Writing rules

                Add rules of your own with `otbridge assess MODEL --rules FILE` (repeatable); `otbridge
                rules --rules FILE` lists them with the built-in ones. Every rule is parsed and
                type-checked before any analysis runs: a broken rule, or one whose id another rule already
                has, is one error naming its file, line and column, and `assess` exits 2 without writing
                anything.

                ```yaml
                rules:
                  - id: ACME-001
                    category: control-fitness
                    severity: high
                    scope: asset-control
                    when: "control.kind == 'screen-lock' && 'operator-station' in asset.usage"
                    title: Screen lock on an operator station
                    explanation: Alarms hidden behind a lock screen cost seconds in an upset.
                    recommendation: A view-only lock, with physical access control of the room.
                    references: [IEC 62443-3-3 SR 2.5]
                ```

                | Field | Required | Meaning |
                | --- | --- | --- |
                | `id` | yes | Unique across the built-in rules and every rule file: letters, digits, `.`, `-`, `_`. Ids starting with `OTB-` are kept for the built-in rules. Exceptions (`exceptions:` in the model) name it. |
                | `category` | yes | %s. It also decides the mistake the rule is listed under: `control-fitness` is `it-controls-in-ot`, `governance` is `one-silo`, every other category `integration`. |
                | `severity` | yes | %s: the default; see [Severity](#severity). |
                | `scope` | yes | What the rule is evaluated on; see "Scopes". |
                | `when` | yes | The condition, a CEL expression that must be true/false. |
                | `kinds` | no | Asset-control scope only: the control kinds the rule is evaluated for (%s). Without it they come from the condition's `control.kind == '...'` or `control.kind in [...]` tests. |
                | `title` | yes | One line. |
                | `explanation` | yes | Why it matters for operations, uptime and safety. |
                | `recommendation` | yes | What to do instead that fits OT. |
                | `it_control` | no | The IT control the rule is about, in words. |
                | `references` | no | Standards and guidance, such as `IEC 62443-3-3 SR 1.11`. |
                | `attack` | no | ATT&CK for ICS technique (T0xxx) and mitigation (M0xxx) ids; their names are added from the bundled data. |

                Keys starting with `x-` are ignored, in a rule and at the top level.

                ### Scopes

                | Scope | Evaluated | A finding names |
                | --- | --- | --- |
                | `asset` | once per asset and each zone it sits in | the asset |
                | `asset-control` | once per asset, each zone it sits in, and each control that applies to it (listed on it, or applying to it or its zone) of a kind the rule asks for | the asset and the control |
                | `connection` | once per connection | the connection |
                | `zone` | once per zone | the zone |
                | `supplier` | once per supplier | the supplier |
                | `service` | once per service | the service |

                An asset in several zones is evaluated once per zone, in the order written, and reported
                at most once per rule (and control): the first zone for which the condition is true.

                ### Evaluation

                - Values are the model's, in its own spelling: enum values as the lower-case words of the
                  model (`'shift-operated'`, `'scada-server'`), references as `kind:id`, durations as CEL
                  durations (`control.timeout < duration('1h')`; `2d` is `duration('48h')`), dates as CEL
                  timestamps at midnight UTC (`asset.end_of_support < now`), Purdue levels as numbers.
                - A field the model leaves empty reads as `null`, and `has(x.field)` is false for it.
                  Equality with null is false (`!(control.alert_only == true)` is true when it is not set);
                  an ordering comparison with null (`control.min_length >= 12`) is an evaluation error, and
                  a condition that ends in an error does not fire. `a || b` is true when either side is true,
                  even if the other is an error; `a && b` is false when either side is false.
                - Numbers: `zone.level <= 2` compares a level with a whole number; for equality write
                  `zone.level == 2.0` (CEL does not convert for `==`).
                - Strings compared with a field of fixed words must be one of those words:
                  `control.kind == 'screenlock'` is an error at load time, not a rule that never fires.
                - Available: standard CEL with its macros (`exists`, `all`, `exists_one`, `map`, `filter`,
                  `has`), the strings extension (`lowerAscii`, `split`, `contains`, `matches`, ...), the sets
                  extension (`sets.contains`, `sets.intersects`) and optional values
                  (`control.params.?x.orValue(false)`).
                - Each condition is compiled once. Asset-control rules are indexed by control kind, so a
                  condition runs only on controls it can fire for; the values of an asset are built once
                  per asset and shared by every rule.

                """.formatted(words(YamlEnum.names(Category.class)), words(YamlEnum.names(Severity.class)),
                words(YamlEnum.names(ControlKind.class))));

        md.append("## Variables\n\n| Variable | Type | Scopes | Meaning |\n| --- | --- | --- | --- |\n");
        for (RuleBindings.Variable variable : RuleBindings.VARIABLES) {
            String scopes = variable.scopes().size() == RuleScope.values().length ? "all"
                    : variable.scopes().stream().map(RuleScope::yamlName).collect(Collectors.joining(", "));
            md.append("| `").append(variable.name()).append("` | ").append(variable.type()).append(" | ")
                    .append(scopes).append(" | ").append(cell(variable.description()));
            if (!variable.values().isEmpty()) {
                md.append(" Values: ").append(words(variable.values())).append('.');
            }
            md.append(" |\n");
        }
        md.append('\n');

        md.append("## Records\n\n");
        for (RuleBindings.Struct struct : RuleBindings.STRUCTS) {
            md.append("### ").append(struct.name()).append("\n\n").append(struct.description()).append("\n\n");
            md.append("| Field | Type | Meaning |\n| --- | --- | --- |\n");
            for (RuleBindings.Field field : struct.fields()) {
                md.append("| `").append(field.name()).append("` | ").append(field.type()).append(" | ")
                        .append(cell(field.description()));
                if (!field.values().isEmpty()) {
                    md.append(field.closed() ? " Values: " : " Documented values: ").append(words(field.values()))
                            .append('.');
                }
                md.append(" |\n");
            }
            md.append('\n');
        }

        return md.toString().replaceAll("\n{3,}", "\n\n").stripTrailing() + "\n";
    }

    private static List<RegisteredRule> rules(RuleRegistry registry, Mistake mistake) {
        return registry.rules().stream().filter(r -> r.mistake() == mistake).toList();
    }

    private static void rule(StringBuilder md, RegisteredRule rule, AttackCatalog attack) {
        RuleMetadata meta = rule.metadata();
        md.append("### ").append(rule.id()).append("\n\n**").append(meta.title()).append("**  \n")
                .append(meta.severity().yamlName()).append(", ").append(rule.mistake().yamlName()).append(", ")
                .append(meta.category().yamlName());
        if (rule.condition().isPresent()) {
            Rule cel = rule.condition().get();
            md.append(", CEL rule of scope ").append(cel.scope().yamlName());
            if (cel.scope() == RuleScope.ASSET_CONTROL) {
                md.append(" (kinds: ").append(kinds(cel)).append(')');
            }
        } else {
            md.append(", Java rule");
        }
        md.append("\n\n");
        md.append("Reads: ").append(rule.reads().stream().map(r -> link(r, rule.condition().isPresent()))
                .collect(Collectors.joining(", "))).append("\n\n");
        rule.condition().ifPresent(cel -> {
            if (cel.itControl() != null) {
                md.append("IT control: ").append(cel.itControl()).append("\n\n");
            }
            md.append("```cel\n").append(cel.when().strip()).append("\n```\n\n");
        });
        md.append("Why it matters: ").append(meta.explanation().strip()).append("\n\n");
        md.append("Instead: ").append(meta.recommendation().strip()).append("\n\n");
        List<String> references = FindingBuilder.references(meta, attack);
        if (!references.isEmpty()) {
            md.append("References: ").append(String.join("; ", references)).append("\n\n");
        }
    }

    /**
     * What a rule reads, linked to where it is documented: a model field to its object in
     * model-fields.md, a control parameter to the parameter table, a condition value to its record
     * or the variables below.
     */
    private static String link(String read, boolean condition) {
        String[] parts = read.split("\\.");
        String anchor;
        if (condition) {
            anchor = parts.length == 1 ? "#variables" : "#" + parts[0];
        } else if (parts[0].equals("control") && parts.length == 3) {
            anchor = "model-fields.md#control-parameters";
        } else {
            anchor = "model-fields.md#" + parts[0];
        }
        return "[`" + read + "`](" + anchor + ")";
    }

    private static String kinds(Rule rule) {
        if (rule.kinds().isEmpty()) {
            return "any";
        }
        return rule.kinds().stream().map(ControlKind::yamlName).sorted().collect(Collectors.joining(", "));
    }

    private static String words(List<String> words) {
        return words.stream().map(w -> "`" + w + "`").collect(Collectors.joining(", "));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ").strip();
    }
}
