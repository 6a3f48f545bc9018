package org.otbridge.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.otbridge.model.Protocol;
import org.otbridge.observe.inventory.Inventory;
import org.otbridge.observe.inventory.Operations;
import org.otbridge.observe.zeek.ZeekInventory;
import org.otbridge.observe.zeek.ZeekLogReader;

/**
 * The operations decoded from each capture agree with the protocol logs that Zeek and the ICSNPP
 * parsers wrote for the same capture in their own test suites (the .expected folders): the logs
 * are read here, nothing is copied from them by hand.
 */
class OperationOracleTest {

    /**
     * Requests that are in the capture but not in the expected log, per capture and protocol. Each
     * was checked with tshark: snap7.pcap holds six S7comm user-data Read SZL requests (frames 3, 5,
     * 7, 9, 11 and 13), the ICSNPP s7comm.log records five of them.
     */
    private static final Map<String, Operations> MISSING_FROM_LOGS = Map.of(
            "icsnpp-s7comm/snap7.pcap s7comm", new Operations(1, 0, 0, 0));

    @ParameterizedTest
    @ValueSource(strings = {"icsnpp-modbus/modbus_example.pcap", "zeek/modbus-and-non-modbus-p502.pcap",
            "icsnpp-dnp3/dnp3_example.pcap", "zeek/dnp3_udp_read.pcap", "icsnpp-s7comm/snap7.pcap",
            "icsnpp-s7comm/s7comm_plus.pcap", "icsnpp-enip/enip_cip_example.pcap",
            "icsnpp-enip/multiple_service_packet_cip.pcapng", "icsnpp-bacnet/bacnet_example.pcap",
            "icsnpp-bacnet/bacnet_error_reject_abort.pcap", "icsnpp-opcua-binary/open62541_client-server_mainloop.pcap",
            "zeek/mqtt.pcap", "icsnpp-profinet-io-cm/profinet_io_cm_read.pcapng"})
    void operationCountsAgreeWithTheExpectedLogs(String capture) throws Exception {
        Inventory ours = TestCaptures.read(capture);
        Path expectedFolder = TestCaptures.path(capture.substring(0, capture.lastIndexOf('.')) + ".expected");
        ZeekInventory zeek = new ZeekInventory();
        Set<Protocol> logged = EnumSet.noneOf(Protocol.class);
        for (Path log : logs(expectedFolder)) {
            String name = log.getFileName().toString();
            if (!name.equals("conn.log") && operationLogProtocol(name.substring(0, name.indexOf('.'))) == null) {
                continue;
            }
            String path = ZeekLogReader.read(log, record -> zeek.add(log.toString(), record), (line, column, message) -> {
                throw new AssertionError(log + ":" + line + ": " + message);
            });
            Protocol protocol = operationLogProtocol(path);
            if (protocol != null) {
                logged.add(protocol);
            }
        }
        assertThat(logged).as("protocol logs in " + expectedFolder).isNotEmpty();
        Map<Protocol, Operations> expected = TestCaptures.operationsByProtocol(zeek.inventory().flows());
        Map<Protocol, Operations> actual = TestCaptures.operationsByProtocol(ours.flows());
        for (Protocol protocol : logged) {
            String key = capture + " " + protocol.yamlName();
            assertThat(actual.getOrDefault(protocol, Operations.NONE)).as(key)
                    .isEqualTo(expected.getOrDefault(protocol, Operations.NONE)
                            .plus(MISSING_FROM_LOGS.getOrDefault(key, Operations.NONE)));
        }
    }

    /** The protocol whose operations a log records, for the logs that record requests. */
    private static Protocol operationLogProtocol(String path) {
        return switch (path) {
            case "modbus" -> Protocol.MODBUS;
            case "dnp3", "dnp3_control" -> Protocol.DNP3;
            case "s7comm" -> Protocol.S7COMM;
            case "s7comm_plus" -> Protocol.S7COMM_PLUS;
            case "cip" -> Protocol.ENIP;
            case "bacnet" -> Protocol.BACNET;
            case "mqtt_publish", "mqtt_subscribe" -> Protocol.MQTT;
            case "opcua_binary" -> Protocol.OPCUA;
            case "profinet_io_cm" -> Protocol.PROFINET;
            default -> null;
        };
    }

    private static List<Path> logs(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".log")).sorted().toList();
        }
    }
}
