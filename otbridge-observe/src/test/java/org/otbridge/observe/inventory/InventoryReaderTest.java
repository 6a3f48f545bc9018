package org.otbridge.observe.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.otbridge.observe.Discovery;
import org.otbridge.observe.TestCaptures;
import org.otbridge.observe.UnreadableInputException;

/**
 * The inventory document read back is the inventory that was written: what discover writes and a
 * fleet job's partial inventories can be merged with captures as if they had been read here.
 */
class InventoryReaderTest {

    private static final List<String> CAPTURES = List.of("icsnpp-modbus/modbus_example.pcap", "iti/mb2.pcap",
            "icsnpp-bacnet/bacnet_example.pcap", "iti/Sample_File_MMS_and_GOOSE.pcap", "icsnpp-dnp3/dnp3_example.pcap",
            "zeek/mixed-vlan-mpls.pcap", "iti/PROFINET-RT.pcap", "iti/melsoft_129_clean.pcap",
            "zeek/pcapng-multi-interface.pcapng");

    @TempDir
    Path dir;

    private static String json(Inventory inventory) {
        return new InventoryJson().toJson(inventory);
    }

    private static Inventory read(String json) throws InventoryReader.BadInventoryException {
        return new InventoryReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyCaptureReadsBackToTheSameDocument() throws Exception {
        for (String capture : CAPTURES) {
            Inventory inventory = TestCaptures.read(capture);
            Inventory back = read(json(inventory));
            assertThat(json(back)).as(capture).isEqualTo(json(inventory));
            assertThat(back.hosts()).as(capture).isEqualTo(inventory.hosts());
            assertThat(back.flows()).extracting(Flow::key).isEqualTo(inventory.flows().stream().map(Flow::key).toList());
        }
    }

    /** Every figure of a flow comes back, not only the document's text. */
    @ParameterizedTest
    @ValueSource(strings = {"icsnpp-dnp3/dnp3_example.pcap", "iti/Sample_File_MMS_and_GOOSE.pcap", "iti/PROFINET-RT.pcap",
            "zeek/mixed-vlan-mpls.pcap", "iti/090813_diverse.pcap", "icsnpp-bacnet/bacnet_example.pcap",
            "zeek/ip4-trunc.pcap"})
    void everyFigureOfAFlowAndEveryInputComesBack(String capture) throws Exception {
        Inventory original = TestCaptures.read(capture);
        Inventory back = read(json(original));
        assertThat(back.inputs()).isEqualTo(original.inputs());
        assertThat(back.flows()).hasSameSizeAs(original.flows());
        for (int i = 0; i < back.flows().size(); i++) {
            Flow b = back.flows().get(i);
            Flow o = original.flows().get(i);
            assertThat(b.key()).isEqualTo(o.key());
            assertThat(b.connections().size()).isEqualTo(o.connections().size());
            assertThat(List.of(b.packets(), b.bytes(), b.replyPackets(), b.firstSeen(), b.lastSeen()))
                    .isEqualTo(List.of(o.packets(), o.bytes(), o.replyPackets(), o.firstSeen(), o.lastSeen()));
            assertThat(b.operations()).isEqualTo(o.operations());
        }
    }

    @Test
    void aDocumentLooksLikeAnInventoryByTheSchemaItNamesAtItsStart() {
        assertThat(looks("{\n  \"schema\": \"otbridge.inventory/1\",\n")).isTrue();
        assertThat(looks("{\"schema\":\"otbridge.inventory/1\"}")).isTrue();
        assertThat(looks("\uFEFF  {\"schema\": \"otbridge.inventory/1\"}")).as("a byte order mark and blanks first").isTrue();
        assertThat(looks("{\"ts\":1585857382.1,\"uid\":\"C1\"}")).as("a Zeek JSON log").isFalse();
        assertThat(looks("{\n  \"schema\": \"otbridge.assessment/2\"")).isFalse();
        assertThat(looks("#separator \\x09")).isFalse();
    }

    private static boolean looks(String head) {
        byte[] bytes = head.getBytes(StandardCharsets.UTF_8);
        return InventoryReader.looksLikeInventory(bytes, bytes.length);
    }

    /** Partial inventories written by several workers merge, in any grouping, into the inventory of all the captures. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void aFolderOfPartialInventoriesIsTheInventoryOfAllTheirCaptures(long seed) throws Exception {
        List<String> captures = new ArrayList<>(CAPTURES);
        java.util.Collections.shuffle(captures, new Random(seed));
        Path partials = Files.createDirectories(dir.resolve("partials-" + seed));
        Inventory all = Inventory.EMPTY;
        int worker = 0;
        for (int from = 0; from < captures.size(); worker++) {
            int to = Math.min(captures.size(), from + 1 + new Random(seed + worker).nextInt(3));
            Inventory part = Inventory.EMPTY;
            for (String capture : captures.subList(from, to)) {
                part = part.merge(TestCaptures.read(capture));
            }
            all = all.merge(part);
            Path file = partials.resolve("part-" + worker + ".json" + (worker % 2 == 0 ? ".gz" : ""));
            try (OutputStream out = worker % 2 == 0 ? new GZIPOutputStream(Files.newOutputStream(file))
                    : Files.newOutputStream(file)) {
                out.write(json(part).getBytes(StandardCharsets.UTF_8));
            }
            from = to;
        }
        Inventory merged = new Discovery(2).discover(List.of(partials), new Discovery.Listener() {
        });
        assertThat(json(merged)).isEqualTo(json(all));
        assertThat(merged.inputs()).extracting(InputSummary::file).containsExactlyInAnyOrderElementsOf(CAPTURES);
    }

    @Test
    void connectionsReadBackAreCountedAndAddUpWhenMerged() throws Exception {
        Inventory dnp3 = TestCaptures.read("icsnpp-dnp3/dnp3_example.pcap");
        Inventory back = read(json(dnp3));
        assertThat(back.flows().get(0).connections().size()).isEqualTo(11);
        assertThat(back.merge(back).flows().get(0).connections().size()).as("the document names no client ports")
                .isEqualTo(22);
        assertThat(back.merge(dnp3).flows().get(0).connections().size()).isEqualTo(22);
    }

    @Test
    void unknownKeysAreSkippedForLaterWriters() throws Exception {
        Inventory inventory = read("""
                {"schema": "otbridge.inventory/1", "site": {"name": "north", "tags": [1, 2]},
                 "hosts": [{"ip": "10.0.0.5", "macs": ["00:1B:1B:AA:BB:CC"], "vlan": 12}],
                 "flows": [{"src": "10.0.0.9", "dst": "10.0.0.5", "transport": "tcp", "port": 502, "protocol": "modbus",
                            "identified_by": "payload", "packets": 4, "bytes": 300, "reply_packets": 2, "connections": 1,
                            "first_seen": "2026-01-01T00:00:00Z", "last_seen": "2026-01-01T00:00:01.5Z",
                            "operations": {"read": 1, "write": 1, "program": 0, "command": 0, "diagnostic": 3},
                            "sensor": "s-1"}]}
                """);
        assertThat(inventory.hosts()).extracting(Host::ip).containsExactly("10.0.0.5");
        assertThat(inventory.hosts().get(0).macs()).containsExactly("00:1b:1b:aa:bb:cc");
        assertThat(inventory.hosts().get(0).roles()).containsExactly(Roles.CONTROLLER);
        Flow flow = inventory.flows().get(0);
        assertThat(flow.byPayload()).isTrue();
        assertThat(flow.operations()).isEqualTo(new Operations(1, 1, 0, 0));
        assertThat(flow.lastSeen() - flow.firstSeen()).isEqualTo(1_500_000_000L);
    }

    @Test
    void aBrokenValueIsReportedAtItsLineAndColumn() {
        String flow = """
                {"schema": "otbridge.inventory/1",
                 "flows": [
                   {"src": "10.0.0.9", "dst": "10.0.0.5", "transport": "tcp", "port": 70000, "protocol": "modbus"}]}
                """;
        assertThatThrownBy(() -> read(flow)).isInstanceOfSatisfying(InventoryReader.BadInventoryException.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).as("where 70000 starts").isEqualTo(71);
            assertThat(e.getMessage()).isEqualTo("\"port\" is 70000, outside 0 to 65535");
        });
        assertThatThrownBy(() -> read(flow.replace("\"tcp\", \"port\": 70000", "\"tcp\", \"port\": 502")
                .replace("modbus", "modbuss"))).hasMessageStartingWith("unknown protocol 'modbuss'; one of ");
        assertThatThrownBy(() -> read("{\"schema\": \"otbridge.inventory/2\"}"))
                .hasMessage("schema 'otbridge.inventory/2' is not one this version reads; it reads otbridge.inventory/1");
        assertThatThrownBy(() -> read("{\"schema\": \"otbridge.inventory/1\", \"hosts\": [{\"ip\": \"10.0.0.300\"}]}"))
                .hasMessage("'10.0.0.300' is not an IP address");
        assertThatThrownBy(() -> read("{\"schema\": \"otbridge.inventory/1\", \"flows\": [")).isInstanceOfSatisfying(
                InventoryReader.BadInventoryException.class, e -> assertThat(e.getMessage()).contains("not valid JSON"));
        assertThatThrownBy(() -> read("{\"hosts\": []}")).hasMessageContaining("no \"schema\"");
    }

    @Test
    void aBrokenDocumentNamedAsInputIsUnreadableAtItsPosition() throws IOException {
        Path file = dir.resolve("fleet.json");
        Files.writeString(file, "{\"schema\": \"otbridge.inventory/1\",\n \"flows\": [{\"src\": \"x\"}]}",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new Discovery(1).discover(List.of(file), new Discovery.Listener() {
        })).isInstanceOfSatisfying(UnreadableInputException.class, e -> {
            assertThat(e.location()).isEqualTo(file + ":2:20");
            assertThat(e.getMessage()).isEqualTo("'x' is neither an IP nor a MAC address");
        });
    }
}
