package org.otbridge.observe.zeek;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.otbridge.model.Protocol;
import org.otbridge.observe.TestCaptures;
import org.otbridge.observe.inventory.Flow;
import org.otbridge.observe.inventory.Inventory;
import org.otbridge.observe.inventory.Operations;

/**
 * The records of a connection add up to the same facts in any grouping and order, as they do when
 * a cluster folds them: seeded random orders and groupings of the real Zeek and ICSNPP logs.
 */
class ZeekConnectionTest {

    @TempDir
    Path dir;

    private static final List<String> FOLDERS = List.of("icsnpp-modbus/modbus_example.expected",
            "icsnpp-dnp3/dnp3_example.expected", "icsnpp-enip/enip_cip_example.expected",
            "icsnpp-bacnet/bacnet_error_reject_abort.expected", "icsnpp-s7comm/snap7.expected",
            "icsnpp-opcua-binary/open62541_client-server_mainloop.expected", "zeek/mqtt.expected",
            "icsnpp-profinet-io-cm/profinet_io_cm_read.expected", "zeek/mixed-vlan-mpls.expected");

    private static List<ZeekRecord> records(String folder) throws Exception {
        List<Path> logs;
        try (Stream<Path> files = Files.list(TestCaptures.path(folder))) {
            logs = files.filter(p -> p.getFileName().toString().endsWith(".log")).sorted().toList();
        }
        List<ZeekRecord> records = new ArrayList<>();
        for (Path log : logs) {
            try {
                ZeekLogReader.read(log, records::add, (line, column, message) -> {
                });
            } catch (ZeekLogReader.NotAZeekLogException e) {
                // a headerless log of a layout the reader does not know, as discover skips it in a folder
            }
        }
        return records;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void anyOrderAndGroupingOfTheRecordsGivesTheSameFlows(long seed) throws Exception {
        Random random = new Random(seed);
        String folder = FOLDERS.get(random.nextInt(FOLDERS.size()));
        List<ZeekRecord> records = records(folder);
        ZeekInventory inOrder = new ZeekInventory();
        records.forEach(r -> inOrder.add("log", r));
        Inventory expected = inOrder.inventory();

        List<ZeekRecord> shuffled = new ArrayList<>(records);
        Collections.shuffle(shuffled, random);
        // fold in random groups, then add the groups up in random order, as partitions would be
        List<Map<String, ZeekConnection>> groups = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(5); i++) {
            groups.add(new HashMap<>());
        }
        for (ZeekRecord r : shuffled) {
            ZeekConnection c = ZeekConnection.of(r);
            if (c != null) {
                groups.get(random.nextInt(groups.size())).merge(ZeekConnection.key(r), c, ZeekConnection::plus);
            }
        }
        Collections.shuffle(groups, random);
        Map<String, ZeekConnection> all = new HashMap<>();
        groups.forEach(g -> g.forEach((key, c) -> all.merge(key, c, (a, b) -> random.nextBoolean() ? a.plus(b) : b.plus(a))));
        List<Flow> flows = new ArrayList<>();
        Map<String, Set<String>> hosts = new HashMap<>();
        for (ZeekConnection c : all.values()) {
            if (c.flow() != null) {
                flows.add(c.flow());
                c.hosts().forEach((ip, macs) -> hosts.computeIfAbsent(ip, k -> new TreeSet<>()).addAll(macs));
            }
        }
        Inventory folded = Inventory.of(List.of(), hosts, Set.of(), Set.of(), flows);
        assertThat(folded.flows()).as(folder).isEqualTo(expected.flows());
        assertThat(folded.hosts()).as(folder).isEqualTo(expected.hosts());
    }

    private static ZeekRecord conn(String uid, long packets, String service) {
        return new ZeekRecord("conn", 1, Map.of("uid", uid, "id.orig_h", "10.0.0.1", "id.orig_p", "40000", "id.resp_h",
                "10.0.0.2", "id.resp_p", "502", "proto", "tcp", "service", service, "orig_pkts", Long.toString(packets),
                "resp_pkts", "1", "ts", "1585857382.5"));
    }

    @Test
    void aConnectionLoggedTwiceKeepsTheRecordWithMoreTrafficWhicheverComesFirst() {
        ZeekConnection small = ZeekConnection.of(conn("C1", 3, "ssl"));
        ZeekConnection large = ZeekConnection.of(conn("C1", 30, "modbus"));
        assertThat(small.plus(large)).isEqualTo(large.plus(small));
        assertThat(small.plus(large).flow().protocol()).isEqualTo(Protocol.MODBUS);
        assertThat(small.plus(large).flow().packets()).isEqualTo(31);
    }

    @Test
    void aConnectionOnlyInProtocolLogsSpansItsEarliestAndLatestRecord() {
        ZeekConnection late = ZeekConnection.of(new ZeekRecord("modbus", 2, Map.of("uid", "C9", "ts", "20.0",
                "id.orig_h", "10.0.0.1", "id.orig_p", "40000", "id.resp_h", "10.0.0.2", "id.resp_p", "502", "func",
                "WRITE_SINGLE_REGISTER")));
        ZeekConnection early = ZeekConnection.of(new ZeekRecord("modbus", 1, Map.of("uid", "C9", "ts", "10.0",
                "id.orig_h", "10.0.0.1", "id.orig_p", "40000", "id.resp_h", "10.0.0.2", "id.resp_p", "502", "func",
                "READ_COILS")));
        Flow flow = late.plus(early).flow();
        assertThat(flow).isEqualTo(early.plus(late).flow());
        assertThat(List.of(flow.firstSeen(), flow.lastSeen())).containsExactly(10_000_000_000L, 20_000_000_000L);
        assertThat(flow.operations()).isEqualTo(new Operations(1, 1, 0, 0));
    }

    @Test
    void jsonBooleansReadAsTheTabSeparatedLogWritesThem() throws Exception {
        Path log = dir.resolve("mqtt_publish.log");
        Files.writeString(log, "{\"ts\":1.5,\"uid\":\"C1\",\"id.orig_h\":\"10.0.0.1\",\"id.orig_p\":40000,"
                + "\"id.resp_h\":\"10.0.0.2\",\"id.resp_p\":1883,\"from_client\":true}\n"
                + "{\"ts\":1.6,\"uid\":\"C1\",\"id.orig_h\":\"10.0.0.1\",\"id.orig_p\":40000,"
                + "\"id.resp_h\":\"10.0.0.2\",\"id.resp_p\":1883,\"from_client\":false}\n");
        ZeekInventory zeek = new ZeekInventory();
        ZeekLogReader.read(log, r -> zeek.add("log", r), (line, column, message) -> {
            throw new AssertionError(message);
        });
        assertThat(zeek.inventory().flows()).singleElement()
                .satisfies(f -> assertThat(f.operations()).isEqualTo(new Operations(0, 1, 0, 0)));
    }

    @Test
    void aJsonStreamOfSeveralLogsNamesEachRecordsLog() throws Exception {
        Path log = dir.resolve("zeek.json");
        Files.writeString(log, "{\"_path\":\"conn\",\"uid\":\"C1\",\"id.orig_h\":\"10.0.0.1\",\"id.orig_p\":40000,"
                + "\"id.resp_h\":\"10.0.0.2\",\"id.resp_p\":20000,\"proto\":\"tcp\",\"orig_pkts\":4,\"resp_pkts\":3}\n"
                + "{\"_path\":\"dnp3\",\"uid\":\"C1\",\"id.orig_h\":\"10.0.0.1\",\"id.orig_p\":40000,"
                + "\"id.resp_h\":\"10.0.0.2\",\"id.resp_p\":20000,\"fc_request\":\"DIRECT_OPERATE\"}\n");
        ZeekInventory zeek = new ZeekInventory();
        ZeekLogReader.read(log, r -> zeek.add("log", r), (line, column, message) -> {
            throw new AssertionError(message);
        });
        assertThat(zeek.inventory().flows()).singleElement().satisfies(f -> {
            assertThat(f.protocol()).isEqualTo(Protocol.DNP3);
            assertThat(f.packets()).isEqualTo(7);
            assertThat(f.operations().command()).isEqualTo(1);
        });
    }
}
