package org.otbridge.report.view;

import java.util.ArrayList;
import java.util.List;
import org.otbridge.analysis.whatif.ServiceAtRisk;
import org.otbridge.analysis.whatif.ServiceImpact;
import org.otbridge.analysis.whatif.WhatIfResult;
import org.otbridge.model.Ref;
import org.otbridge.model.Scenario;
import org.otbridge.report.WhatIfReport;

/** A what-if result in the words every view uses: its headline and a row per service it stops or puts at risk. */
public final class WhatIfFacts {

    /** A service that stops: lost or degraded, with its time to impact. */
    public record ServiceRow(String service, String name, String impact, String effect, String timeToImpact) {
    }

    /** A service an attacker reaches, with the cheapest path. */
    public record RiskRow(String service, String name, String impact, String target, String targetType, String cost,
            int assetsReached, String steps, String techniques) {
    }

    private WhatIfFacts() {
    }

    /** "Scenario loss-of-scada: SCADA server fails" or "what if asset:x fails and an attacker holds internet". */
    public static String headline(WhatIfReport report) {
        Scenario scenario = report.scenario();
        if (scenario != null) {
            String name = scenario.name() == null || scenario.name().equals(scenario.id()) ? "" : ": " + scenario.name();
            return "Scenario " + scenario.id() + name;
        }
        WhatIfResult r = report.result();
        List<String> parts = new ArrayList<>();
        if (!r.failed().isEmpty()) {
            parts.add(Words.keys(r.failed()) + (r.failed().size() == 1 ? " fails" : " fail"));
        }
        if (!r.compromised().isEmpty()) {
            parts.add("an attacker holds " + Words.keys(r.compromised()));
        }
        return "What if " + String.join(" and ", parts);
    }

    public static List<ServiceRow> services(WhatIfResult result) {
        List<ServiceRow> rows = new ArrayList<>();
        for (ServiceImpact i : result.lost()) {
            rows.add(row(i, "lost"));
        }
        for (ServiceImpact i : result.degraded()) {
            rows.add(row(i, "degraded"));
        }
        return rows;
    }

    private static ServiceRow row(ServiceImpact i, String effect) {
        return new ServiceRow(i.service().key(), Words.oneLine(i.name()), i.impact().yamlName(), effect, i.timeToImpact());
    }

    public static List<RiskRow> risks(WhatIfResult result) {
        List<RiskRow> rows = new ArrayList<>();
        for (ServiceAtRisk s : result.servicesAtRisk()) {
            rows.add(new RiskRow(s.service().key(), Words.oneLine(s.name()), s.impact().yamlName(), s.target().key(),
                    s.targetType() == null ? "" : s.targetType().yamlName(), Words.cost(s.cost()), s.assetsReached(),
                    String.join(" → ", s.path().steps().stream().map(Ref::key).toList()),
                    String.join(", ", s.path().techniques())));
        }
        return rows;
    }
}
