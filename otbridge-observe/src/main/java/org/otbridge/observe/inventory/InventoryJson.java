package org.otbridge.observe.inventory;

import java.io.StringWriter;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * The observed inventory as JSON, schema {@code otbridge.inventory/1} (docs/output.md). Written as
 * a stream: the document never exists in memory as a whole.
 */
public final class InventoryJson {

    public static final String SCHEMA = "otbridge.inventory/1";

    private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    public String toJson(Inventory inventory) {
        StringWriter out = new StringWriter();
        write(inventory, out);
        return out.toString();
    }

    /** Streams the document and a line end to {@code out}; flushes, does not close. */
    public void write(Inventory inventory, Writer out) {
        try (JsonGenerator gen = FACTORY.createGenerator(prettyContext(), out)) {
            gen.writeStartObject();
            gen.writeStringProperty("schema", SCHEMA);
            gen.writeArrayPropertyStart("inputs");
            for (InputSummary input : inventory.inputs()) {
                gen.writeStartObject();
                gen.writeStringProperty("file", input.file());
                gen.writeStringProperty("format", input.format());
                gen.writeNumberProperty("packets", input.packets());
                gen.writeNumberProperty("bytes", input.bytes());
                gen.writeNumberProperty("damaged_records", input.damagedRecords());
                gen.writeArrayPropertyStart("damage");
                for (InputSummary.Damage damage : input.damage()) {
                    gen.writeStartObject();
                    gen.writeNumberProperty("offset", damage.offset());
                    gen.writeStringProperty("reason", damage.reason());
                    gen.writeEndObject();
                }
                gen.writeEndArray();
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeArrayPropertyStart("hosts");
            for (Host host : inventory.hosts()) {
                gen.writeStartObject();
                gen.writeStringProperty("ip", host.ip());
                strings(gen, "macs", host.macs());
                strings(gen, "roles", host.roles());
                strings(gen, "protocols", host.protocols().stream().map(p -> p.yamlName()).toList());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeArrayPropertyStart("flows");
            for (Flow flow : inventory.flows()) {
                gen.writeStartObject();
                gen.writeStringProperty("src", flow.src());
                gen.writeStringProperty("dst", flow.dst());
                gen.writeStringProperty("transport", flow.transport().text());
                if (flow.port() == null) {
                    gen.writeNullProperty("port");
                } else {
                    gen.writeNumberProperty("port", flow.port());
                }
                gen.writeStringProperty("protocol", flow.protocol().yamlName());
                gen.writeStringProperty("identified_by", identifiedBy(flow));
                gen.writeNumberProperty("packets", flow.packets());
                gen.writeNumberProperty("bytes", flow.bytes());
                gen.writeNumberProperty("reply_packets", flow.replyPackets());
                gen.writeNumberProperty("connections", flow.connections().size());
                time(gen, "first_seen", flow.firstSeen());
                time(gen, "last_seen", flow.lastSeen());
                gen.writeObjectPropertyStart("operations");
                gen.writeNumberProperty("read", flow.operations().read());
                gen.writeNumberProperty("write", flow.operations().write());
                gen.writeNumberProperty("program", flow.operations().program());
                gen.writeNumberProperty("command", flow.operations().command());
                gen.writeEndObject();
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeEndObject();
            gen.writeRaw('\n');
            gen.flush();
        }
    }

    /** payload, port (only the server port suggests the protocol), or null (nothing to go by). */
    static String identifiedBy(Flow flow) {
        if (flow.byPayload()) {
            return "payload";
        }
        return flow.protocol() == org.otbridge.model.Protocol.OTHER ? null : "port";
    }

    private static void strings(JsonGenerator gen, String name, List<String> values) {
        gen.writeArrayPropertyStart(name);
        for (String value : values) {
            gen.writeString(value);
        }
        gen.writeEndArray();
    }

    private static void time(JsonGenerator gen, String name, long nanos) {
        if (nanos == 0) {
            gen.writeNullProperty(name);
        } else {
            gen.writeStringProperty(name, instant(nanos).toString());
        }
    }

    /** Nanoseconds since 1970 as an instant. */
    public static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }

    private static ObjectWriteContext prettyContext() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        return new ObjectWriteContext.Base() {
            @Override
            public PrettyPrinter getPrettyPrinter() {
                return printer.createInstance();
            }

            @Override
            public boolean hasPrettyPrinter() {
                return true;
            }
        };
    }
}
