package org.otbridge.report;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.otbridge.analysis.drift.ConnectionDrift;
import org.otbridge.analysis.drift.DriftResult;
import org.otbridge.analysis.drift.Endpoint;
import org.otbridge.analysis.drift.Observation;
import org.otbridge.analysis.drift.ObservedFlow;
import org.otbridge.analysis.drift.ObservedHost;
import org.otbridge.model.Ref;
import org.otbridge.model.YamlEnum;
import org.otbridge.observe.inventory.Operations;
import tools.jackson.core.JsonGenerator;

/** The {@code drift} section of the assessment document (docs/output.md), null when no capture was given. */
final class DriftJson {

    private DriftJson() {
    }

    static void write(JsonGenerator gen, Optional<DriftResult> drift) {
        if (drift.isEmpty()) {
            gen.writeNullProperty("drift");
            return;
        }
        DriftResult d = drift.get();
        gen.writeObjectPropertyStart("drift");
        observed(gen, d.observed());
        gen.writeObjectPropertyStart("counts");
        for (Map.Entry<String, Integer> count : d.counts().byName().entrySet()) {
            gen.writeNumberProperty(count.getKey(), count.getValue());
        }
        gen.writeEndObject();
        gen.writeArrayPropertyStart("hosts");
        for (ObservedHost host : d.hosts()) {
            host(gen, host);
        }
        gen.writeEndArray();
        gen.writeArrayPropertyStart("flows");
        for (ObservedFlow flow : d.flows()) {
            flow(gen, flow);
        }
        gen.writeEndArray();
        gen.writeArrayPropertyStart("connections");
        for (ConnectionDrift c : d.connections()) {
            gen.writeStartObject();
            gen.writeStringProperty("connection", c.connection().key());
            JsonReport.enumProperty(gen, "status", c.status());
            gen.writeNumberProperty("flows", c.flows());
            gen.writeNumberProperty("packets", c.packets());
            time(gen, "first_seen", c.firstSeen());
            time(gen, "last_seen", c.lastSeen());
            JsonReport.strings(gen, "other_protocols", c.otherProtocols());
            JsonReport.refs(gen, "unseen", c.unseen());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    private static void observed(JsonGenerator gen, Observation o) {
        gen.writeObjectPropertyStart("observed");
        JsonReport.strings(gen, "inputs", o.inputs());
        gen.writeNumberProperty("packets", o.packets());
        gen.writeNumberProperty("bytes", o.bytes());
        gen.writeNumberProperty("damaged_records", o.damagedRecords());
        time(gen, "first_seen", o.firstSeen());
        time(gen, "last_seen", o.lastSeen());
        gen.writeEndObject();
    }

    private static void host(JsonGenerator gen, ObservedHost host) {
        Endpoint e = host.endpoint();
        gen.writeStartObject();
        gen.writeStringProperty("address", host.address());
        JsonReport.strings(gen, "macs", host.macs());
        gen.writeStringProperty("status", host.undeclared() ? "undeclared" : "declared");
        ref(gen, "asset", e.asset());
        JsonReport.refs(gen, "zones", e.zones());
        gen.writeBooleanProperty("zone_inferred", e.zoneInferred());
        gen.writeArrayPropertyStart("domains");
        e.domains().stream().sorted().forEach(domain -> gen.writeString(domain.yamlName()));
        gen.writeEndArray();
        JsonReport.strings(gen, "roles", host.roles());
        JsonReport.strings(gen, "protocols", host.protocols().stream().map(YamlEnum::yamlName).toList());
        gen.writeBooleanProperty("touches_ot", host.touchesOt());
        gen.writeEndObject();
    }

    private static void flow(JsonGenerator gen, ObservedFlow f) {
        gen.writeStartObject();
        gen.writeStringProperty("client", f.client().address());
        gen.writeStringProperty("server", f.server().address());
        ref(gen, "client_element", f.client().element());
        ref(gen, "server_element", f.server().element());
        gen.writeStringProperty("transport", f.transport().text());
        if (f.port() == null) {
            gen.writeNullProperty("port");
        } else {
            gen.writeNumberProperty("port", f.port());
        }
        gen.writeStringProperty("protocol", f.protocol().yamlName());
        gen.writeNumberProperty("packets", f.packets());
        gen.writeNumberProperty("bytes", f.bytes());
        gen.writeNumberProperty("connections", f.connections());
        time(gen, "first_seen", f.firstSeen());
        time(gen, "last_seen", f.lastSeen());
        operations(gen, f.operations());
        JsonReport.enumProperty(gen, "status", f.status());
        ref(gen, "connection", f.connection());
        gen.writeBooleanProperty("crosses", f.crosses());
        gen.writeBooleanProperty("remote_tool", f.remoteTool());
        gen.writeBooleanProperty("unexpected_commands", f.unexpectedCommands());
        gen.writeEndObject();
    }

    private static void operations(JsonGenerator gen, Operations ops) {
        gen.writeObjectPropertyStart("operations");
        gen.writeNumberProperty("read", ops.read());
        gen.writeNumberProperty("write", ops.write());
        gen.writeNumberProperty("program", ops.program());
        gen.writeNumberProperty("command", ops.command());
        gen.writeEndObject();
    }

    private static void ref(JsonGenerator gen, String name, Ref ref) {
        if (ref == null) {
            gen.writeNullProperty(name);
        } else {
            gen.writeStringProperty(name, ref.key());
        }
    }

    /** Nanoseconds since 1970 as an ISO 8601 instant in UTC; null when unknown (0). */
    private static void time(JsonGenerator gen, String name, long nanos) {
        if (nanos == 0) {
            gen.writeNullProperty(name);
        } else {
            gen.writeStringProperty(name, Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L),
                    Math.floorMod(nanos, 1_000_000_000L)).toString());
        }
    }
}
