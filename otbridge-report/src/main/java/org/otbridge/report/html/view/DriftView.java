package org.otbridge.report.html.view;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Severity;
import org.otbridge.analysis.drift.ConnectionDrift;
import org.otbridge.analysis.drift.ConnectionStatus;
import org.otbridge.analysis.drift.DriftCounts;
import org.otbridge.analysis.drift.DriftResult;
import org.otbridge.analysis.drift.Endpoint;
import org.otbridge.analysis.drift.FlowStatus;
import org.otbridge.analysis.drift.ObservedFlow;
import org.otbridge.analysis.drift.ObservedHost;
import org.otbridge.model.Protocol;
import org.otbridge.model.Ref;
import org.otbridge.report.view.Words;

/**
 * The observed traffic against the model: what was read, the flows the model does not account
 * for (and those that carry unexpected commands or remote tools), the hosts it does not list and
 * the declared connections the traffic did not show. Empty without a capture.
 */
public record DriftView(boolean assessed, String read, DriftCounts counts, Shown<FlowRow> flows, Shown<HostRow> hosts,
        Shown<ConnectionRow> connections) {

    /** {@code worst} is the worst open finding on the server's element, "" without one. */
    public record FlowRow(String client, String server, String service, long packets, String operations, String status,
            String notes, boolean crosses, String worst) {
    }

    public record HostRow(String address, String zone, String roles, String protocols, String peers) {
    }

    public record ConnectionRow(String connection, String status, String otherProtocols) {
    }

    static final int SHOWN = 500;

    public static DriftView of(Assessment assessment, Map<Ref, Severity> worst) {
        Optional<DriftResult> result = assessment.drift();
        if (result.isEmpty()) {
            return new DriftView(false, "", null, Shown.first(List.of(), SHOWN), Shown.first(List.of(), SHOWN),
                    Shown.first(List.of(), SHOWN));
        }
        DriftResult d = result.get();
        List<FlowRow> flows = new ArrayList<>();
        for (ObservedFlow f : d.flows()) {
            boolean drift = f.status() != FlowStatus.DECLARED && f.status() != FlowStatus.ZONE;
            if (drift || f.remoteTool() || f.unexpectedCommands()) {
                Severity w = f.server().element() == null ? null : worst.get(f.server().element());
                flows.add(new FlowRow(end(f.client()), end(f.server()), f.protocol().yamlName() + " " + f.service(),
                        f.packets(), operations(f), f.status().yamlName().replace('-', ' ')
                        + (f.connection() == null ? "" : " (" + f.connection().key() + ")"), notes(f), f.crosses(),
                        w == null ? "" : w.yamlName()));
            }
        }
        List<HostRow> hosts = new ArrayList<>();
        for (ObservedHost h : d.hosts()) {
            if (h.undeclared()) {
                hosts.add(new HostRow(h.address(), h.endpoint().zones().isEmpty() ? "unknown"
                        : h.endpoint().zones().get(0).key() + " (by subnet)", String.join(", ", h.roles()),
                        String.join(", ", h.protocols().stream().map(Protocol::yamlName).toList()),
                        h.touchesOt() ? "touches OT" : ""));
            }
        }
        List<ConnectionRow> connections = new ArrayList<>();
        for (ConnectionDrift c : d.connections()) {
            if (c.status() != ConnectionStatus.SEEN || !c.otherProtocols().isEmpty()) {
                connections.add(new ConnectionRow(c.connection().key(), status(c), String.join(", ", c.otherProtocols())));
            }
        }
        return new DriftView(true, read(d), d.counts(), Shown.first(flows, SHOWN), Shown.first(hosts, SHOWN),
                Shown.first(connections, SHOWN));
    }

    private static String read(DriftResult d) {
        var o = d.observed();
        String text = "Read " + Words.plural(o.inputs().size(), "input") + " (" + String.join(", ", o.inputs().stream()
                .limit(3).toList()) + (o.inputs().size() > 3 ? " +" + (o.inputs().size() - 3) + " more" : "") + "), "
                + Words.plural(o.packets(), "packet");
        if (o.firstSeen() != 0 && o.lastSeen() != 0) {
            text += ", from " + minutes(o.firstSeen()) + " to " + minutes(o.lastSeen()) + " UTC";
        }
        if (o.damagedRecords() > 0) {
            text += "; " + Words.plural(o.damagedRecords(), "damaged record") + " skipped";
        }
        return text + ".";
    }

    private static String minutes(long nanos) {
        return Instant.ofEpochSecond(nanos / 1_000_000_000L).toString().substring(0, 16).replace('T', ' ');
    }

    private static String end(Endpoint e) {
        return switch (e.kind()) {
            case ASSET -> e.asset().key() + " (" + e.address() + ")";
            case HOST -> e.address() + (e.zones().isEmpty() ? ", not in the model" : ", not in the model, "
                    + e.zones().get(0).key());
            case INTERNET -> e.address() + " (internet)";
        };
    }

    private static String operations(ObservedFlow f) {
        var o = f.operations();
        List<String> parts = new ArrayList<>();
        if (o.read() > 0) {
            parts.add(o.read() + " read");
        }
        if (o.write() > 0) {
            parts.add(o.write() + " write");
        }
        if (o.program() > 0) {
            parts.add(o.program() + " program");
        }
        if (o.command() > 0) {
            parts.add(o.command() + " command");
        }
        return String.join(", ", parts);
    }

    private static String notes(ObservedFlow f) {
        List<String> notes = new ArrayList<>();
        if (f.crosses()) {
            notes.add("crosses the OT boundary");
        }
        if (f.remoteTool()) {
            notes.add("remote tool on OT");
        }
        if (f.unexpectedCommands()) {
            notes.add("commands from an unexpected host");
        }
        return String.join("; ", notes);
    }

    private static String status(ConnectionDrift c) {
        if (c.status() == ConnectionStatus.NOT_COVERED) {
            return "not covered: nothing seen of " + Words.someKeys(c.unseen(), 2);
        }
        if (c.status() == ConnectionStatus.SEEN) {
            return "seen, with other protocols";
        }
        return c.status().yamlName().replace('-', ' ');
    }
}
