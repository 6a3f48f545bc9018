package org.otbridge.model.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/model-fields.md is generated from the spec; this keeps the committed copy current. */
class ModelReferenceDocTest {

    private static final Path DOC = Path.of("..", "docs", "model-fields.md");

    @Test
    void committedFieldReferenceMatchesTheSpec() throws IOException {
        String generated = new ModelReferenceWriter().markdown();
        if (Boolean.getBoolean("otbridge.updateDocs")) {
            Files.createDirectories(DOC.getParent());
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }
        assertThat(DOC).as("docs/model-fields.md is stale: regenerate with "
                + "./mvnw -pl otbridge-model test -Dtest=ModelReferenceDocTest -Dotbridge.updateDocs=true").exists();
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8)).isEqualTo(generated);
    }

    @Test
    void referenceDocumentsEveryTopLevelSectionAndTheContractFields() {
        String generated = new ModelReferenceWriter().markdown();
        assertThat(generated).contains("## asset", "## connection", "## service", "## zone", "## supplier",
                "## control", "## responsibility", "## scenario", "## exception", "`max_tolerable_downtime`",
                "`sustainable_for`", "`initiator`", "`via`", "`target_sl`", "`single_source`", "| password-policy | `min_length`");
    }
}
