package org.otbridge.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.otbridge.model.Protocol;
import org.otbridge.model.YamlEnum;
import org.otbridge.observe.inventory.Flow;
import org.otbridge.observe.inventory.Inventory;
import org.otbridge.observe.inventory.Operations;

/**
 * Protocols whose captures have no Zeek or ICSNPP log (IEC 104, C37.118, MMS, GOOSE, PROFINET, and
 * the busy mixed LAN mb2.pcap): flows and operations agree with what tshark finds
 * (captures/decoder-golden.tsv names the filter for each row).
 */
class DecoderGoldenTest {

    record Golden(String capture, Protocol protocol, int flows, Operations operations, String how) {
        @Override
        public String toString() {
            return capture + " " + protocol.yamlName();
        }
    }

    static Stream<Golden> rows() throws IOException {
        List<Golden> rows = new ArrayList<>();
        for (String line : Files.readAllLines(TestCaptures.path("decoder-golden.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.startsWith("capture\t") || line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t");
            rows.add(new Golden(c[0], YamlEnum.parse(Protocol.class, c[1]).orElseThrow(), Integer.parseInt(c[2]),
                    new Operations(Long.parseLong(c[3]), Long.parseLong(c[4]), Long.parseLong(c[5]), Long.parseLong(c[6])),
                    c[7]));
        }
        return rows.stream();
    }

    @ParameterizedTest
    @MethodSource("rows")
    void flowsAndOperationsAgreeWithTshark(Golden golden) {
        Inventory inventory = TestCaptures.read(golden.capture());
        List<Flow> flows = inventory.flows().stream().filter(f -> f.protocol() == golden.protocol()).toList();
        if (golden.flows() >= 0) {
            assertThat(flows).as(golden + " flows").hasSize(golden.flows());
        }
        assertThat(TestCaptures.operationsByProtocol(flows).getOrDefault(golden.protocol(), Operations.NONE))
                .as(golden + " operations (" + golden.how() + ")").isEqualTo(golden.operations());
    }
}
