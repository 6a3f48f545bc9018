package org.otbridge.analysis.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.rules.RuleBindings;
import org.otbridge.model.ControlKind;
import org.otbridge.model.YamlEnum;
import org.otbridge.model.spec.ControlParameters;
import org.otbridge.model.spec.FieldSpec;
import org.otbridge.model.spec.FieldType;
import org.otbridge.model.spec.ModelSpec;
import org.otbridge.model.spec.ObjectSpec;

/**
 * What a rule reads must be something users can look up: a field of the model spec, a documented
 * parameter of a control kind (listed in the model docs), or a variable or record field a
 * condition can use (docs/rules.md). No rule may depend on a name convention.
 */
class RuleReadsTest {

    private static final Path MODEL_DOCS = Path.of("..", "docs", "model.md");
    private static final Path MODEL_FIELDS = Path.of("..", "docs", "model-fields.md");

    @Test
    void javaRulesReadDocumentedModelFieldsAndControlParameters() throws IOException {
        Map<String, ObjectSpec> objects = objects();
        String docs = Files.readString(MODEL_DOCS, StandardCharsets.UTF_8)
                + Files.readString(MODEL_FIELDS, StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        for (RegisteredRule rule : RuleRegistry.builtIn().rules()) {
            if (rule.javaClass().isEmpty()) {
                continue;
            }
            for (String read : rule.reads()) {
                String[] parts = read.split("\\.");
                if (parts.length == 3 && parts[0].equals("control")) {
                    Optional<ControlKind> kind = YamlEnum.parse(ControlKind.class, parts[1]);
                    boolean documented = kind.isPresent() && ControlParameters.of(kind.get()).stream()
                            .anyMatch(p -> p.name().equals(parts[2]));
                    if (!documented || !docs.contains("| " + parts[1] + " | `" + parts[2] + "` |")) {
                        problems.add(rule.id() + " reads " + read + ", not a documented parameter of that kind");
                    }
                } else if (parts.length != 2 || !objects.containsKey(parts[0])
                        || objects.get(parts[0]).fieldOrNull(parts[1]) == null) {
                    problems.add(rule.id() + " reads " + read + ", not a field of the model");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void celRulesReadVariablesAndRecordFieldsOfTheBindings() {
        Map<String, RuleBindings.Struct> structs = new LinkedHashMap<>();
        RuleBindings.STRUCTS.forEach(s -> structs.put(s.name(), s));
        List<String> variables = RuleBindings.VARIABLES.stream().map(RuleBindings.Variable::name).toList();
        List<String> problems = new ArrayList<>();
        for (RegisteredRule rule : RuleRegistry.builtIn().rules()) {
            if (rule.condition().isEmpty()) {
                continue;
            }
            for (String read : rule.reads()) {
                String[] parts = read.split("\\.");
                boolean known = parts.length == 1 ? variables.contains(read)
                        : structs.containsKey(parts[0]) && structs.get(parts[0]).has(parts[1]);
                if (!known) {
                    problems.add(rule.id() + " reads " + read);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theContingencyPracticesAreReadFromTheirOwnKinds() {
        assertThat(RuleRegistry.builtIn().rule("OTB-CONT-010").orElseThrow().reads())
                .contains("control.kind", "control.incident-plan.last_tested", "control.incident-plan.scope");
        assertThat(RuleRegistry.builtIn().rule("OTB-CONT-015").orElseThrow().reads()).contains("control.kind");
    }

    /** Every object of the model spec by name, reachable from the root. */
    private static Map<String, ObjectSpec> objects() {
        Map<String, ObjectSpec> found = new LinkedHashMap<>();
        collect(ModelSpec.ROOT, found);
        return found;
    }

    private static void collect(ObjectSpec spec, Map<String, ObjectSpec> found) {
        if (found.putIfAbsent(spec.name(), spec) != null) {
            return;
        }
        for (FieldSpec field : spec.fields()) {
            FieldType type = field.type();
            while (type instanceof FieldType.ListOf list) {
                type = list.item();
            }
            if (type instanceof FieldType.Nested nested) {
                collect(nested.spec(), found);
            }
        }
    }
}
