package org.otbridge.model.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.model.AssetType;
import org.otbridge.model.AuthMethod;
import org.otbridge.model.Domain;
import org.otbridge.model.Protocol;
import org.otbridge.model.RefKind;
import org.otbridge.model.YamlEnum;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The result schemas in docs/schema list every value of the model's closed lists that results
 * carry, in the model's own words (results never carry another spelling): a value added to the
 * model must be added there too, or a strict validator rejects a result that uses it.
 */
class ResultSchemaVocabularyTest {

    private static final Path SCHEMAS = Path.of("..", "docs", "schema");

    private static JsonNode read(String file) throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(SCHEMAS.resolve(file)));
    }

    private static List<String> enumOf(JsonNode schema, String definition) {
        List<String> values = new ArrayList<>();
        schema.path("$defs").path(definition).path("enum").forEach(v -> values.add(v.asString()));
        return values;
    }

    @Test
    void theAssessmentSchemaListsEveryProtocolAuthAndDomain() throws IOException {
        JsonNode assessment = read("assessment.schema.json");
        assertThat(enumOf(assessment, "protocol")).containsExactlyElementsOf(YamlEnum.names(Protocol.class));
        assertThat(enumOf(assessment, "auth")).containsExactlyElementsOf(YamlEnum.names(AuthMethod.class));
        assertThat(enumOf(assessment, "domain")).containsExactlyElementsOf(YamlEnum.names(Domain.class));
    }

    @Test
    void theWhatifSchemaListsEveryAssetType() throws IOException {
        assertThat(enumOf(read("whatif.schema.json"), "assetType"))
                .containsExactlyElementsOf(YamlEnum.names(AssetType.class));
    }

    @Test
    void aFindingMayNameAnElementOfEveryKind() throws IOException {
        String pattern = read("assessment.schema.json").path("$defs").path("ref").path("pattern").asString();
        for (RefKind kind : RefKind.values()) {
            assertThat(pattern).as("%s", kind).contains(kind.yamlName());
        }
    }
}
