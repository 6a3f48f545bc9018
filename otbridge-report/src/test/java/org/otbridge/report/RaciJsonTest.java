package org.otbridge.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.governance.RaciMatrix;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@link JsonReport#writeRaci}: the RACI matrix as a top-level "raci" object. */
class RaciJsonTest {

    @Test
    void writesPartiesAndRowsWithLettersAndEmptyRowsForGaps() {
        RaciMatrix raci = new RaciMatrix(List.of(Fixtures.ref("unit:ops"), Fixtures.ref("person:anna")), List.of(
                new RaciMatrix.Row(Fixtures.ref("zone:cc"),
                        Map.of(Fixtures.ref("person:anna"), "A", Fixtures.ref("unit:ops"), "RC")),
                new RaciMatrix.Row(Fixtures.ref("connection:wsus"), Map.of())));
        StringWriter out = new StringWriter();
        try (JsonGenerator gen = JsonFactory.builder().build().createGenerator(ObjectWriteContext.empty(), out)) {
            gen.writeStartObject();
            JsonReport.writeRaci(gen, raci);
            gen.writeEndObject();
        }
        JsonNode root = JsonMapper.builder().build().readTree(out.toString());
        JsonNode node = root.path("raci");
        assertThat(node.path("parties").toString()).isEqualTo("[\"unit:ops\",\"person:anna\"]");
        assertThat(node.path("rows")).hasSize(2);
        assertThat(node.path("rows").get(0).path("subject").asString()).isEqualTo("zone:cc");
        assertThat(node.path("rows").get(0).path("roles").path("person:anna").asString()).isEqualTo("A");
        assertThat(node.path("rows").get(0).path("roles").path("unit:ops").asString()).isEqualTo("RC");
        assertThat(node.path("rows").get(1).path("subject").asString()).isEqualTo("connection:wsus");
        assertThat(node.path("rows").get(1).path("roles").isObject()).isTrue();
        assertThat(node.path("rows").get(1).path("roles").size()).isZero();
    }
}
