package org.otbridge.analysis.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.rules.RuleBindings;

/** docs/rules.md is generated from the rule registry and the bindings; this keeps the committed copy current. */
class RulesDocTest {

    private static final Path DOC = Path.of("..", "docs", "rules.md");

    @Test
    void committedRuleCatalogMatchesTheRules() throws IOException {
        String generated = new RulesDocWriter().markdown();
        if (Boolean.getBoolean("otbridge.updateDocs")) {
            Files.createDirectories(DOC.getParent());
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }
        assertThat(DOC).as("docs/rules.md is missing: generate it with "
                + "./mvnw -pl otbridge-analysis test -Dtest=RulesDocTest -Dotbridge.updateDocs=true").exists();
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8)).as("docs/rules.md is stale: regenerate with "
                + "./mvnw -pl otbridge-analysis test -Dtest=RulesDocTest -Dotbridge.updateDocs=true").isEqualTo(generated);
    }

    @Test
    void everyRegisteredRuleIsDocumentedWithWhatItReadsAndItsReferences() throws IOException {
        String committed = Files.readString(DOC, StandardCharsets.UTF_8);
        for (RegisteredRule rule : RuleRegistry.builtIn().rules()) {
            int at = committed.indexOf("\n### " + rule.id() + "\n");
            assertThat(at).as("docs/rules.md documents %s", rule.id()).isPositive();
            int next = committed.indexOf("\n### ", at + 1);
            String section = committed.substring(at, next < 0 ? committed.length() : next);
            assertThat(section).as(rule.id()).contains(rule.metadata().title(), rule.metadata().severity().yamlName(),
                    rule.mistake().yamlName(), "Reads: ", "Why it matters: ", "Instead: ", "References: ");
            for (String read : rule.reads()) {
                assertThat(section).as(rule.id()).contains("`" + read + "`");
            }
        }
    }

    @Test
    void docsNameEveryRuleVariableAndRecord() {
        String generated = new RulesDocWriter().markdown();
        for (RuleBindings.Variable variable : RuleBindings.VARIABLES) {
            assertThat(generated).contains("| `" + variable.name() + "` |");
        }
        assertThat(generated).contains("### asset", "### control", "| `min_length` | int or null |",
                "| `timeout` | duration |", "| `params` | map(string, any) |", "| `level` | double or null |",
                "| `services` | list(service) |", "| `requires` | list(element) |");
    }
}
