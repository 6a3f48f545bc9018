package org.otbridge.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.otbridge.observe.inventory.Flow;
import org.otbridge.observe.inventory.Host;
import org.otbridge.observe.inventory.Inventory;
import org.otbridge.observe.inventory.Transport;

/**
 * Hosts and conversations of every test capture agree with tshark's (captures/tshark-counts.tsv,
 * made by tshark-counts.sh); where they differ the table says by how much and why, and the reason
 * is tshark's: it counts broadcast addresses as endpoints and sometimes splits one connection.
 */
class TsharkCountsTest {

    record Row(String file, int hosts, int ip, int tcp, int udp, List<String> notHosts, int ipDelta, int tcpDelta,
            int udpDelta, String why) {
    }

    static Stream<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(TestCaptures.path("tshark-counts.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.startsWith("file\t") || line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t");
            rows.add(new Row(c[0], Integer.parseInt(c[1]), Integer.parseInt(c[2]), Integer.parseInt(c[3]),
                    Integer.parseInt(c[4]), c[5].equals("-") ? List.of() : List.of(c[5].split(",")), Integer.parseInt(c[6]),
                    Integer.parseInt(c[7]), Integer.parseInt(c[8]), c[9]));
        }
        return rows.stream();
    }

    @ParameterizedTest
    @MethodSource("rows")
    void hostAndConversationCountsAgreeWithTshark(Row row) {
        boolean differs = !row.notHosts().isEmpty() || row.ipDelta() != 0 || row.tcpDelta() != 0 || row.udpDelta() != 0;
        assertThat(differs).as("a difference needs its reason").isEqualTo(!row.why().equals("-"));
        Inventory inventory = TestCaptures.read(row.file());

        List<String> hosts = inventory.hosts().stream().map(Host::ip).filter(ip -> ip != null).toList();
        assertThat(hosts).as(row.file() + " hosts").hasSize(row.hosts() - row.notHosts().size());
        for (String notHost : row.notHosts()) {
            assertThat(hosts).as(row.file() + " hosts").doesNotContain(notHost);
        }
        Set<Set<String>> pairs = new HashSet<>();
        int tcp = 0;
        int udp = 0;
        for (Flow flow : inventory.flows()) {
            if (flow.transport() != Transport.ETHERNET) {
                pairs.add(new HashSet<>(List.of(flow.src(), flow.dst())));
            }
            if (flow.transport() == Transport.TCP) {
                tcp += flow.connections().size();
            } else if (flow.transport() == Transport.UDP) {
                udp += flow.connections().size();
            }
        }
        assertThat(pairs).as(row.file() + " IP conversations (host pairs)").hasSize(row.ip() + row.ipDelta());
        assertThat(tcp).as(row.file() + " TCP conversations").isEqualTo(row.tcp() + row.tcpDelta());
        assertThat(udp).as(row.file() + " UDP conversations").isEqualTo(row.udp() + row.udpDelta());
    }

    @Test
    void everyTestCaptureIsInTheTable() throws IOException {
        Set<String> listed = new HashSet<>(rows().map(Row::file).toList());
        try (Stream<java.nio.file.Path> files = Files.walk(TestCaptures.path("."))) {
            List<String> captures = files.map(p -> TestCaptures.path(".").relativize(p).toString().replace('\\', '/'))
                    .filter(name -> name.endsWith(".pcap") || name.endsWith(".pcapng")).toList();
            assertThat(captures).isNotEmpty();
            assertThat(listed).containsAll(captures);
        }
    }
}
