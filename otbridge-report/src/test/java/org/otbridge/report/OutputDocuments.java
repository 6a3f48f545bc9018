package org.otbridge.report;

import java.time.LocalDate;
import java.util.List;
import org.otbridge.analysis.Assessor;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.analysis.whatif.WhatIf;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.Scenario;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;
import tools.jackson.databind.JsonNode;

/**
 * Real JSON results of the bundled example, built once for the schema tests: the assessment on a
 * fixed day, and what-if documents that between them hold every kind of object.
 */
final class OutputDocuments {

    static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    private OutputDocuments() {
    }

    /** Loaded on first use, so parameter factories can use it before any test runs. */
    private static final class Example {
        static final Model MODEL = load();
        static final WhatIf WHAT_IF = new WhatIf(new SiteFacts(MODEL));
        static final JsonNode ASSESSMENT = OutputSchemas.parse(new JsonReport().toJson(new Assessor(DAY).assess(MODEL)));
        static final JsonNode WITH_DRIFT = OutputSchemas.parse(new JsonReport().toJson(Fixtures.withDrift()));
        /** Fails the heat plant's SCADA server and a supplier while an attacker holds the office network. */
        static final JsonNode FAILURE_AND_COMPROMISE = OutputSchemas.parse(new WhatIfJson().toJson(MODEL, null,
                WHAT_IF.run(Fixtures.refs("asset:scada-hp", "supplier:telemetrik"), Fixtures.refs("zone:corp"))));

        private static Model load() {
            LoadResult loaded = new ModelLoader().load(Fixtures.bundledExample());
            if (!loaded.ok()) {
                throw new IllegalStateException("the bundled example does not load: " + loaded.problems());
            }
            return loaded.model();
        }
    }

    static Model example() {
        return Example.MODEL;
    }

    static WhatIf whatIf() {
        return Example.WHAT_IF;
    }

    /** The bundled example assessed on {@link #DAY}. */
    static JsonNode assessment() {
        return Example.ASSESSMENT;
    }

    /** A small plant assessed with real captures ({@link Fixtures#withDrift()}): a drift section of every shape. */
    static JsonNode assessmentWithDrift() {
        return Example.WITH_DRIFT;
    }

    /** A what-if with lost, degraded and unsupported services, reached elements and services at risk. */
    static JsonNode failureAndCompromise() {
        return Example.FAILURE_AND_COMPROMISE;
    }

    /** One of the example's scenarios, run on its own (so {@code scenario} is an object). */
    static JsonNode scenario(String id) {
        Scenario scenario = whatIf().scenario(id).orElseThrow();
        return OutputSchemas.parse(new WhatIfJson().toJson(example(), scenario, whatIf().run(scenario)));
    }

    static List<String> scenarioIds() {
        return example().scenarios().stream().map(Scenario::id).toList();
    }

    static Ref internet() {
        return Ref.endpoint(RefKind.INTERNET, null);
    }
}
