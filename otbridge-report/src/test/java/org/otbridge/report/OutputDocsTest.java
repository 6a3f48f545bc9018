package org.otbridge.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * docs/output.md and the schemas say the same: no key can be added to a schema without a row in
 * the page that gives its type and the same description, and the schemas name the documents the
 * writers write.
 */
class OutputDocsTest {

    private static final String PAGE = OutputSchemas.read(OutputSchemas.DOCS.resolve("output.md"));

    /** A table row of the page: {@code | `key` | type | meaning |}. */
    record Row(String key, String type, String meaning) {
    }

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z_]+)` \\| ([^|]+?) \\| (.+) \\|$", Pattern.MULTILINE);

    private static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        Matcher m = ROW.matcher(PAGE);
        while (m.find()) {
            rows.add(new Row(m.group(1), m.group(2).strip(), m.group(3).strip()));
        }
        return rows;
    }

    static List<OutputSchemas.Document> schemas() {
        return OutputSchemas.both();
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void everyPropertyNameAppearsInThePageInBackticks(OutputSchemas.Document schema) {
        List<OutputSchemas.Property> properties = OutputSchemas.properties(schema.root());
        assertThat(properties).as("properties of %s", schema.file()).hasSizeGreaterThan(20);
        TreeSet<String> missing = new TreeSet<>();
        for (OutputSchemas.Property property : properties) {
            if (!PAGE.contains("`" + property.name() + "`")) {
                missing.add(property.name());
            }
        }
        assertThat(missing).as("keys of %s not in docs/output.md", schema.file()).isEmpty();
    }

    /** Each property has a row with its key, its description as meaning, and "or null" exactly when it may be null. */
    @ParameterizedTest
    @MethodSource("schemas")
    void everyPropertyHasARowWithItsDescriptionAndNullability(OutputSchemas.Document schema) {
        List<Row> rows = rows();
        List<String> problems = new ArrayList<>();
        for (OutputSchemas.Property property : OutputSchemas.properties(schema.root())) {
            String description = property.schema().path("description").asString("").strip();
            if (description.isEmpty()) {
                problems.add(property.where() + " has no description");
                continue;
            }
            List<Row> documented = rows.stream()
                    .filter(r -> r.key().equals(property.name()) && r.meaning().equals(description)).toList();
            if (documented.isEmpty()) {
                problems.add(property.where() + ": no row | `" + property.name() + "` | ... | " + description + " |");
                continue;
            }
            boolean nullable = OutputSchemas.allowsNull(schema.root(), property.schema());
            for (Row row : documented) {
                if (row.type().endsWith(" or null") != nullable) {
                    problems.add(property.where() + (nullable ? " may be null, the page says " : " is never null, the page says ")
                            + row.type());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Service impacts, fallbacks, references and words mean the same in both documents, so they are written once. */
    @Test
    void definitionsInBothSchemasAreTheSame() {
        JsonNode assessment = OutputSchemas.ASSESSMENT.root().get("$defs");
        JsonNode whatIf = OutputSchemas.WHATIF.root().get("$defs");
        List<String> shared = new ArrayList<>();
        for (String name : assessment.propertyNames()) {
            if (whatIf.has(name)) {
                shared.add(name);
                assertThat(whatIf.get(name)).as("$defs/%s", name).isEqualTo(assessment.get(name));
            }
        }
        assertThat(shared).contains("serviceImpact", "fallback", "impact", "duration", "serviceRef");
    }

    @Test
    void schemasNameTheDocumentsTheWritersWrite() {
        assertThat(OutputSchemas.ASSESSMENT.root().at("/properties/schema/const").stringValue())
                .isEqualTo(JsonReport.SCHEMA);
        assertThat(OutputSchemas.WHATIF.root().at("/properties/schema/const").stringValue())
                .isEqualTo(WhatIfJson.SCHEMA);
    }
}
