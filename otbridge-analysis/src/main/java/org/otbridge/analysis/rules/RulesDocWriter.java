package org.otbridge.analysis.rules;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.Severity;
import org.otbridge.model.ControlKind;
import org.otbridge.model.YamlEnum;

/**
 * Writes docs/rules.md: how to write rules, the values conditions can read (from
 * {@link RuleBindings}, the same declarations the type checker uses) and every built-in rule.
 */
public final class RulesDocWriter {

    public String markdown() {
        return markdown(RuleCatalog.builtIn());
    }

    public String markdown(RuleCatalog catalog) {
        StringBuilder md = new StringBuilder();
        md.append("# Rule catalog\n\n");
        md.append("<!-- Generated from the built-in rules (otbridge-analysis, org/otbridge/analysis/rules/*.yaml) and "
                + "RuleBindings by RulesDocWriter. Do not edit: regenerate with\n"
                + "     ./mvnw -pl otbridge-analysis test -Dtest=RulesDocTest -Dotbridge.updateDocs=true -->\n\n");
        md.append("""
                The context rules of OT Bridge are data: YAML files whose conditions are
                [CEL](https://cel.dev) expressions over the model. The built-in rules ship with OT Bridge;
                add your own with `otbridge assess MODEL --rules FILE` (repeatable). `otbridge rules
                [--rules FILE]...` lists the catalog. Every rule is parsed and type-checked before any
                analysis runs: a broken rule is one error naming its file and line, and `assess` exits 2
                without writing anything.

                ## Writing rules

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
                | `id` | yes | Unique across the built-in rules and every rule file: letters, digits, `.`, `-`, `_`. Exceptions (`exceptions:` in the model) name it. |
                | `category` | yes | %s. |
                | `severity` | yes | %s: the default; see "Severity" below. |
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

                ### Severity

                A finding starts at the rule's severity. It is raised one step when a service it touches
                has critical impact, and lowered one step when no declared service needs the subject
                (shared/reference/ot-knowledge.md 0.3). Accepted risks (`exceptions:` with the rule id and
                the asset, connection, zone, supplier or service) keep the finding in the report as
                accepted.

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

        md.append("## Built-in rules\n\n");
        md.append("| Id | Severity | Scope | Kinds | Title |\n| --- | --- | --- | --- | --- |\n");
        for (Rule rule : catalog.rules()) {
            md.append("| [").append(rule.id()).append("](#").append(rule.id().toLowerCase(Locale.ROOT)).append(") | ")
                    .append(rule.metadata().severity().yamlName()).append(" | ").append(rule.scope().yamlName())
                    .append(" | ").append(kinds(rule)).append(" | ").append(cell(rule.metadata().title())).append(" |\n");
        }
        md.append('\n');
        for (Rule rule : catalog.rules()) {
            md.append("### ").append(rule.id()).append("\n\n**").append(rule.metadata().title()).append("**  \n")
                    .append(rule.metadata().category().yamlName()).append(", ")
                    .append(rule.metadata().severity().yamlName()).append(", scope ").append(rule.scope().yamlName())
                    .append("\n\n");
            if (rule.itControl() != null) {
                md.append("IT control: ").append(rule.itControl()).append("\n\n");
            }
            md.append("```cel\n").append(rule.when().strip()).append("\n```\n\n");
            md.append("Why it matters: ").append(rule.metadata().explanation().strip()).append("\n\n");
            md.append("Instead: ").append(rule.metadata().recommendation().strip()).append("\n\n");
            if (!rule.metadata().references().isEmpty() || !rule.metadata().attack().isEmpty()) {
                md.append("References: ").append(String.join("; ", rule.metadata().references()));
                if (!rule.metadata().attack().isEmpty()) {
                    md.append(rule.metadata().references().isEmpty() ? "" : "; ").append("ATT&CK for ICS ")
                            .append(String.join(", ", rule.metadata().attack()));
                }
                md.append("\n\n");
            }
        }
        return md.toString().replaceAll("\n{3,}", "\n\n").stripTrailing() + "\n";
    }

    private static String kinds(Rule rule) {
        if (rule.scope() != RuleScope.ASSET_CONTROL) {
            return "";
        }
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
