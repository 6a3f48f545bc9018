package org.otbridge.observe.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.otbridge.observe.TestCaptures;

/** Inventory documents read back give the inventory they were written from, and merge like it. */
class InventoryReaderTest {

    private static final InventoryJson JSON = new InventoryJson();

    private static Inventory read(String document) throws Exception {
        return new InventoryReader().read(new StringReader(document));
    }

    @ParameterizedTest
    @ValueSource(strings = {"icsnpp-dnp3/dnp3_example.pcap", "iti/Sample_File_MMS_and_GOOSE.pcap", "iti/PROFINET-RT.pcap",
            "zeek/mixed-vlan-mpls.pcap", "iti/090813_diverse.pcap", "icsnpp-bacnet/bacnet_example.pcap",
            "zeek/ip4-trunc.pcap"})
    void aDocumentReadBackIsWrittenAgainByteForByte(String capture) throws Exception {
        Inventory original = TestCaptures.read(capture);
        String written = JSON.toJson(original);
        Inventory back = read(written);
        assertThat(JSON.toJson(back)).isEqualTo(written);
        assertThat(back.hosts()).isEqualTo(original.hosts());
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
    void documentsOfSeparateCapturesMergeAsTheirInventoriesDo() throws Exception {
        Inventory a = TestCaptures.read("icsnpp-dnp3/dnp3_example.pcap");
        Inventory b = TestCaptures.read("icsnpp-modbus/modbus_example.pcap");
        Inventory c = TestCaptures.read("iti/Sample_File_MMS_and_GOOSE.pcap");
        Inventory merged = read(JSON.toJson(a)).merge(read(JSON.toJson(c))).merge(read(JSON.toJson(b)));
        assertThat(JSON.toJson(merged)).isEqualTo(JSON.toJson(a.merge(b).merge(c)));
    }

    @Test
    void theConnectionsOfOneFlowInTwoDocumentsAddUp() throws Exception {
        Inventory once = TestCaptures.read("icsnpp-dnp3/dnp3_example.pcap");
        Inventory back = read(JSON.toJson(once));
        Inventory twice = back.merge(back);
        for (int i = 0; i < once.flows().size(); i++) {
            assertThat(twice.flows().get(i).connections().size()).isEqualTo(2 * once.flows().get(i).connections().size());
            assertThat(twice.flows().get(i).packets()).isEqualTo(2 * once.flows().get(i).packets());
        }
        assertThat(twice.hosts()).isEqualTo(once.hosts());
    }

    @Test
    void onlyADocumentWhoseFirstKeyIsTheInventorySchemaLooksLikeOne() {
        assertThat(looks("{\n  \"schema\": \"otbridge.inventory/1\",\n")).isTrue();
        assertThat(looks("{\"schema\":\"otbridge.inventory/1\"}")).isTrue();
        assertThat(looks("{\"ts\":1585857382.1,\"uid\":\"C1\"}")).isFalse();
        assertThat(looks("{\n  \"schema\": \"otbridge.assessment/1\"")).isFalse();
        assertThat(looks("#separator \\x09")).isFalse();
    }

    private static boolean looks(String head) {
        byte[] bytes = head.getBytes(StandardCharsets.UTF_8);
        return InventoryReader.looksLikeInventory(bytes, bytes.length);
    }

    @Test
    void problemsAreReportedWhereTheyAre() {
        assertProblem("{\"schema\": \"otbridge.assessment/1\"}", 1, 1, "not an otbridge.inventory/1 document");
        assertProblem("{\"schema\": \"otbridge.inventory/1\",\n \"flows\": [\n  {\"src\": \"10.0.0.1\"", 3, 21,
                "JSON syntax error");
        assertProblem("{\"schema\": \"otbridge.inventory/1\",\n \"flows\": [{\"src\": \"a\", \"dst\": \"b\",\n"
                + " \"transport\": \"sctp\"}]}", 3, 15, "unknown transport \"sctp\"");
        assertProblem("{\"schema\": \"otbridge.inventory/1\", \"inputs\": [{\"file\": \"x\", \"format\": \"zeek\","
                + " \"packets\": -1}]}", 1, 90, "packets is not a whole number of 0 or more");
        assertProblem("{\"schema\": \"otbridge.inventory/1\", \"hosts\": [{\"ip\": null, \"macs\": []}]}", 1, 46,
                "a host with neither an IP nor a MAC address");
        assertProblem("", 1, 1, "empty");
    }

    private static void assertProblem(String document, long line, int column, String message) {
        assertThatThrownBy(() -> read(document)).isInstanceOfSatisfying(InventoryReader.MalformedInventoryException.class,
                e -> {
                    assertThat(e.getMessage()).startsWith(message);
                    assertThat(List.of(e.line(), (long) e.column())).isEqualTo(List.of(line, (long) column));
                });
    }
}
