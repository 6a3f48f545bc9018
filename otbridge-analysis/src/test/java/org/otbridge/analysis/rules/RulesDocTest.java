package org.otbridge.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/rules.md is generated from the built-in catalog and the bindings; this keeps the committed copy current. */
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
    void docsNameEveryRuleVariableAndRecord() {
        String generated = new RulesDocWriter().markdown();
        for (Rule rule : RuleCatalog.builtIn().rules()) {
            assertThat(generated).contains("### " + rule.id(), rule.metadata().title());
        }
        for (RuleBindings.Variable variable : RuleBindings.VARIABLES) {
            assertThat(generated).contains("| `" + variable.name() + "` |");
        }
        assertThat(generated).contains("### asset", "### control", "| `min_length` | int or null |",
                "| `timeout` | duration |", "| `params` | map(string, any) |", "| `level` | double or null |",
                "| `services` | list(service) |", "| `requires` | list(element) |");
    }
}
