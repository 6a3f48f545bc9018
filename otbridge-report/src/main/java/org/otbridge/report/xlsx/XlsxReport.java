package org.otbridge.report.xlsx;

import static org.otbridge.report.xlsx.Sheet.column;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;
import org.otbridge.analysis.boundary.MeetingPoint;
import org.otbridge.analysis.drift.DriftResult;
import org.otbridge.analysis.governance.RaciMatrix;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.model.SourcePosition;
import org.otbridge.model.YamlEnum;
import org.otbridge.report.view.Positions;

/**
 * An assessment as a workbook, a sheet per section with the same rows as the JSON: summary,
 * findings, meeting points, attack paths, shortcuts, failure impact, single points of failure,
 * cut sets, the RACI matrix and, with a capture, the observed hosts, flows and connections. A
 * section added to the result is one more entry in
 * {@link #sheets}.
 */
public final class XlsxReport {

    public void write(Assessment assessment, OutputStream out) throws IOException {
        Workbooks.write(sheets(assessment), out);
    }

    static List<Sheet<?>> sheets(Assessment a) {
        Model model = a.model();
        List<Sheet<?>> sheets = new ArrayList<>();
        sheets.add(summary(a));
        sheets.add(new Sheet<>("Scorecard", List.of(column("mistake", 20), column("title", 50), column("state", 10),
                column("open problems", 14), column("accepted", 10)), a.scorecard(),
                s -> List.of(s.mistake().yamlName(), s.mistake().title(), s.state().yamlName(), s.problems(),
                        s.accepted())));
        sheets.add(new Sheet<>("Actions", List.of(column("rank", 6), column("title", 60), column("kind", 20),
                column("subject", 30), column("effort", 10), column("value", 10), column("buys", 80),
                column("problems closed", 14), column("risk before", 12), column("risk after", 12)), a.actions(),
                x -> List.of(x.rank(), x.title(), x.change().kind(), x.change().subject().key(), x.effort().yamlName(),
                        x.value().yamlName(), x.buys(), x.closes().size(), x.before().risk(), x.after().risk())));
        sheets.add(new Sheet<>("Problems", List.of(column("id", 18), column("mistake", 18), column("severity", 10),
                column("title", 60), column("subjects", 50), column("services", 30), column("rules", 40),
                column("findings", 10), column("accepted", 10)), a.problems(),
                p -> List.of(p.id(), p.mistake().yamlName(), p.severity().yamlName(), p.title(), keys(p.subjects()),
                        keys(p.services()), String.join(", ", p.rules()), p.findings().size(), p.accepted())));
        sheets.add(new Sheet<>("Findings", List.of(column("id", 18), column("rule", 14), column("category", 16),
                column("severity", 10), column("title", 50), column("subjects", 40), column("services", 30),
                column("explanation", 80), column("recommendation", 80), column("references", 40),
                column("accepted", 10), column("file", 30), column("line", 8)), a.findings(), f -> findingCells(model, f)));
        sheets.add(new Sheet<>("Meeting points", List.of(column("element", 36), column("domains", 20),
                column("from domain", 12), column("to domain", 12), column("via DMZ", 9), column("initiator", 10),
                column("protocol", 12), column("auth", 12), column("encrypted", 10), column("always on", 10),
                column("services", 40)), a.meetingPoints(), XlsxReport::meetingPointCells));
        sheets.add(new Sheet<>("Attack paths", List.of(column("entry", 26), column("target", 26), column("rank", 6),
                column("cost", 8), column("services", 30), column("steps", 80), column("connections", 60),
                column("techniques", 30)), a.attackPaths(), p -> List.of(p.entry().key(), p.target().key(), p.rank(),
                p.cost(), keys(p.services()), String.join(" -> ", p.steps().stream().map(Ref::key).toList()),
                keys(p.connections()), String.join(", ", p.techniques()))));
        sheets.add(new Sheet<>("Shortcuts", List.of(column("element", 36), column("kind", 16), column("bypasses", 10),
                column("entry", 28), column("target", 28), column("baseline cost", 14), column("cost with", 10),
                column("pairs lowered", 14)), a.shortcuts(),
                s -> List.of(s.element().key(), s.kind(), s.bypasses(), s.entry().key(), s.target().key(),
                        s.baselineCost(), s.costWith(), s.pairsLowered())));
        sheets.add(new Sheet<>("Outages", List.of(column("entry", 26), column("service", 30), column("effect", 10),
                column("cost", 8), column("time to impact", 14), column("tolerable", 12),
                column("faster than tolerated", 12), column("elements", 60)), a.outages(),
                o -> List.of(o.entry().key(), o.service().key(), o.effect(), o.cost(),
                        org.otbridge.analysis.Durations.words(o.timeToImpact()),
                        o.tolerable() == null ? "" : org.otbridge.analysis.Durations.words(o.tolerable()),
                        o.fasterThanTolerated(), keys(o.elements()))));
        sheets.add(new Sheet<>("Failure impact", List.of(column("element", 36), column("lost", 50), column("degraded", 50)),
                a.resilience().failureImpact(), i -> List.of(i.element().key(), keys(i.lost()), keys(i.degraded()))));
        sheets.add(new Sheet<>("Single points of failure", List.of(column("element", 36), column("services", 60)),
                a.resilience().singlePointsOfFailure(), s -> List.of(s.element().key(), keys(s.services()))));
        sheets.add(new Sheet<>("Cut sets", List.of(column("service", 30), column("size", 6), column("elements", 80)),
                a.resilience().cutSets(), c -> List.of(c.service().key(), c.elements().size(), keys(c.elements()))));
        sheets.add(raci(a.raci()));
        a.drift().ifPresent(drift -> sheets.addAll(drift(drift)));
        return sheets;
    }

    /** With a capture: the observed hosts, flows and declared connections, with the same rows as the JSON. */
    private static List<Sheet<?>> drift(DriftResult d) {
        return List.of(
                new Sheet<>("Observed hosts", List.of(column("address", 20), column("status", 12), column("asset", 28),
                        column("zones", 24), column("zone inferred", 14), column("roles", 26), column("protocols", 26),
                        column("touches OT", 11)), d.hosts(), h -> List.of(h.address(), h.undeclared() ? "undeclared"
                        : "declared", ref(h.endpoint().asset()), keys(h.endpoint().zones()), h.endpoint().zoneInferred(),
                        String.join(", ", h.roles()), h.protocols().stream().map(YamlEnum::yamlName)
                                .collect(Collectors.joining(", ")), h.touchesOt())),
                new Sheet<>("Observed flows", List.of(column("client", 20), column("server", 20),
                        column("client element", 28), column("server element", 28), column("service", 12),
                        column("protocol", 12), column("packets", 10), column("read", 8), column("write", 8),
                        column("program", 9), column("command", 9), column("status", 14), column("connection", 28),
                        column("crosses", 9), column("remote tool", 11), column("unexpected commands", 12)), d.flows(),
                        f -> List.of(f.client().address(), f.server().address(), ref(f.client().element()),
                                ref(f.server().element()), f.service(), f.protocol().yamlName(), f.packets(),
                                f.operations().read(), f.operations().write(), f.operations().program(),
                                f.operations().command(), f.status().yamlName(), ref(f.connection()), f.crosses(),
                                f.remoteTool(), f.unexpectedCommands())),
                new Sheet<>("Observed connections", List.of(column("connection", 30), column("status", 14),
                        column("flows", 8), column("packets", 10), column("other protocols", 40), column("unseen", 30)),
                        d.connections(), c -> List.of(c.connection().key(), c.status().yamlName(), c.flows(), c.packets(),
                                String.join(", ", c.otherProtocols()), keys(c.unseen()))));
    }

    private static String ref(Ref ref) {
        return ref == null ? "" : ref.key();
    }

    private static Sheet<Map.Entry<String, Object>> summary(Assessment a) {
        List<Map.Entry<String, Object>> rows = new ArrayList<>();
        rows.add(Map.entry("model", a.model().name() == null ? "" : a.model().name()));
        a.model().counts().forEach((k, v) -> rows.add(Map.entry(k, v)));
        for (Map.Entry<Severity, Integer> e : a.countsBySeverity().entrySet()) {
            rows.add(Map.entry("open " + e.getKey().yamlName() + " findings", e.getValue()));
        }
        rows.add(Map.entry("accepted findings", a.acceptedCount()));
        rows.add(Map.entry("meeting points", a.meetingPoints().size()));
        rows.add(Map.entry("attack paths", a.attackPaths().size()));
        rows.add(Map.entry("shortcuts", a.shortcuts().size()));
        rows.add(Map.entry("single points of failure", a.resilience().singlePointsOfFailure().size()));
        rows.add(Map.entry("cut sets", a.resilience().cutSets().size()));
        a.drift().ifPresent(d -> d.counts().byName().forEach((k, v) -> rows.add(Map.entry("observed " + k.replace('_', ' '), v))));
        return new Sheet<>("Summary", List.of(column("what", 30), column("value", 40)), rows,
                e -> List.of(e.getKey(), e.getValue()));
    }

    private static List<Object> findingCells(Model model, Finding f) {
        SourcePosition at = Positions.first(model, f.subjects()).orElse(null);
        List<Object> cells = new ArrayList<>(13);
        cells.add(f.id());
        cells.add(f.rule());
        cells.add(f.category().yamlName());
        cells.add(f.severity().yamlName());
        cells.add(f.title());
        cells.add(keys(f.subjects()));
        cells.add(keys(f.services()));
        cells.add(f.explanation());
        cells.add(f.recommendation());
        cells.add(String.join("; ", f.references()));
        cells.add(f.accepted());
        cells.add(at == null ? null : at.file());
        cells.add(at == null ? null : at.line());
        return cells;
    }

    private static List<Object> meetingPointCells(MeetingPoint p) {
        List<Object> cells = new ArrayList<>(11);
        cells.add(p.element().key());
        cells.add(p.domains().stream().map(YamlEnum::yamlName).collect(Collectors.joining(", ")));
        cells.add(word(p.fromDomain()));
        cells.add(word(p.toDomain()));
        cells.add(p.viaDmz());
        cells.add(word(p.initiator()));
        cells.add(word(p.protocol()));
        cells.add(word(p.auth()));
        cells.add(p.encrypted());
        cells.add(p.alwaysOn());
        cells.add(keys(p.services()));
        return cells;
    }

    /** Subjects down, parties across; a subject nobody answers for keeps its empty row. */
    private static Sheet<RaciMatrix.Row> raci(RaciMatrix raci) {
        List<Sheet.Column> columns = new ArrayList<>();
        columns.add(column("subject", 36));
        columns.add(column("gap", 8));
        raci.parties().forEach(p -> columns.add(column(p.key(), Math.max(6, Math.min(24, p.key().length() + 2)))));
        return new Sheet<>("RACI", columns, raci.rows(), row -> {
            List<Object> cells = new ArrayList<>(columns.size());
            cells.add(row.subject().key());
            cells.add(accountableCount(row) == 1 ? "" : accountableCount(row) == 0 ? "no A" : "several A");
            for (Ref party : raci.parties()) {
                String letters = row.roleOf(party);
                cells.add(letters.isEmpty() ? null : letters);
            }
            return cells;
        });
    }

    /** How many parties are accountable for a row's subject; one is right. */
    public static long accountableCount(RaciMatrix.Row row) {
        return row.roles().values().stream().filter(l -> l.contains("A")).count();
    }

    private static String keys(List<Ref> refs) {
        return refs.stream().map(r -> r == null ? "-" : r.key()).collect(Collectors.joining(", "));
    }

    private static String word(YamlEnum value) {
        return value == null ? null : value.yamlName();
    }
}
