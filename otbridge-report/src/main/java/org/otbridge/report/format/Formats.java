package org.otbridge.report.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.otbridge.analysis.Assessment;
import org.otbridge.report.JsonReport;
import org.otbridge.report.TextSummary;
import org.otbridge.report.WhatIfJson;
import org.otbridge.report.WhatIfReport;
import org.otbridge.report.WhatIfText;
import tools.jackson.core.JacksonException;

/** Every format each kind of result is written in: the one list the commands choose from. */
public final class Formats {

    private Formats() {
    }

    /** Formats of the design not written yet, with the endings that would choose them. */
    public static final Map<String, List<String>> PLANNED = Map.of(
            "html", List.of(".html", ".htm"), "sarif", List.of(".sarif", ".sarif.json"), "csv", List.of(".csv"),
            "xlsx", List.of(".xlsx"), "md", List.of(".md"));

    private static final FormatRegistry<Assessment> ASSESSMENT = new FormatRegistry<>(List.of(
            TextFormat.of("text", List.of(".txt"), "a short summary for a terminal",
                    (assessment, out) -> out.write(new TextSummary().render(assessment))),
            TextFormat.of("json", List.of(".json"), "everything, as documented in docs/output.md",
                    (assessment, out) -> json(() -> new JsonReport().write(assessment, out)))));

    private static final FormatRegistry<WhatIfReport> WHAT_IF = new FormatRegistry<>(List.of(
            TextFormat.of("text", List.of(".txt"), "what stops, in order, and what an attacker reaches",
                    (report, out) -> out.write(new WhatIfText().render(report.model(), report.scenario(),
                            report.result()))),
            TextFormat.of("json", List.of(".json"), "everything, as documented in docs/whatif.md",
                    (report, out) -> json(() -> new WhatIfJson().write(report.model(), report.scenario(),
                            report.result(), out)))));

    public static FormatRegistry<Assessment> assessment() {
        return ASSESSMENT;
    }

    public static FormatRegistry<WhatIfReport> whatIf() {
        return WHAT_IF;
    }

    /** Jackson reports a failing writer with an unchecked exception; the caller expects IOException. */
    private static void json(Runnable writing) throws IOException {
        try {
            writing.run();
        } catch (JacksonException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
