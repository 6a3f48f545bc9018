package org.otbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DiscoverCommandTest {

    /** The public test captures of otbridge-observe. */
    private static final Path CAPTURES = Path.of("..", "otbridge-observe", "src", "test", "resources", "captures");

    @TempDir
    Path dir;

    private static String capture(String relative) {
        return CAPTURES.resolve(relative).toString();
    }

    @Test
    void textSummaryNamesHostsRolesAndOperations() {
        Cli cli = Cli.run("discover", capture("icsnpp-dnp3/dnp3_example.pcap"));
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.err()).isEmpty();
        assertThat(cli.out()).contains("2 hosts", "10.10.20.8", "controller", "scada", "dnp3", "97 read", "267 command");
    }

    @Test
    void jsonFollowsTheInventorySchema() throws IOException {
        Cli cli = Cli.run("discover", capture("icsnpp-modbus/modbus_example.pcap"), capture("zeek/mqtt.pcap"),
                "--format", "json");
        assertThat(cli.exitCode()).isZero();
        JsonNode doc = JsonMapper.builder().build().readTree(cli.out());
        assertThat(doc.get("schema").asString()).isEqualTo("otbridge.inventory/1");
        assertThat(doc.get("inputs")).hasSize(2);
        for (JsonNode input : doc.get("inputs")) {
            assertThat(input.has("file") && input.has("packets") && input.has("bytes") && input.has("damaged_records")).isTrue();
        }
        JsonNode host = doc.get("hosts").get(0);
        assertThat(host.has("ip") && host.has("macs") && host.has("roles") && host.has("protocols")).isTrue();
        boolean modbus = false;
        for (JsonNode flow : doc.get("flows")) {
            for (String field : new String[] {"src", "dst", "transport", "port", "protocol", "packets", "bytes",
                    "first_seen", "last_seen", "operations"}) {
                assertThat(flow.has(field)).as(field).isTrue();
            }
            if (flow.get("protocol").asString().equals("modbus") && flow.get("src").asString().equals("127.0.0.1")) {
                modbus = true;
                assertThat(flow.get("port").asInt()).isEqualTo(502);
                assertThat(flow.get("operations").get("write").asInt()).isEqualTo(9);
            }
        }
        assertThat(modbus).isTrue();
    }

    @Test
    void theDraftPassesCheck() throws IOException {
        Path draft = dir.resolve("draft.yaml");
        Cli cli = Cli.run("discover", capture("iti/mb2.pcap"), capture("icsnpp-dnp3/dnp3_example.pcap"),
                capture("iti/Sample_File_MMS_and_GOOSE.pcap"), capture("icsnpp-opcua-binary/open62541_client-server_mainloop.pcap"), "-o", draft.toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).startsWith("Wrote " + draft);
        String yaml = Files.readString(draft, StandardCharsets.UTF_8);
        assertThat(yaml).contains("type: plc", "type: ied", "type: rtu", "protocol: \"s7comm\"", "protocol: \"dnp3\"");
        Cli check = Cli.run("check", draft.toString());
        assertThat(check.out()).startsWith("OK ");
        assertThat(check.exitCode()).isZero();
    }

    @Test
    void withAModelTheDraftOnlyAddsWhatTheModelLacksAndChecksWithIt() throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("model.yaml"), """
                zones:
                  - {id: field, domain: ot}
                assets:
                  - {id: rtu-1, type: rtu, zone: field, ips: [10.10.20.8]}
                  - {id: master, type: scada-server, zone: field, ips: [10.10.20.5]}
                connections:
                  - {id: master-rtu, from: asset:master, to: asset:rtu-1, protocol: dnp3, ports: [20000]}
                """, StandardCharsets.UTF_8);
        Path draft = site.resolve("observed.yaml");
        Cli cli = Cli.run("discover", capture("icsnpp-dnp3/dnp3_example.pcap"), capture("icsnpp-modbus/modbus_example.pcap"),
                "--model", site.resolve("model.yaml").toString(), "-o", draft.toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        String yaml = Files.readString(draft, StandardCharsets.UTF_8);
        assertThat(yaml).doesNotContain("10.10.20.8", "10.10.20.5", "protocol: \"dnp3\"").contains("192.168.1.6", "3.15.227.20");
        Cli check = Cli.run("check", site.toString());
        assertThat(check.out()).startsWith("OK ");
    }

    @Test
    void aZeekLogFolderIsAnInput() {
        Cli cli = Cli.run("discover", capture("icsnpp-modbus/modbus_example.expected"));
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("127.0.0.1", "modbus");
    }

    @Test
    void aFolderOfPartialInventoriesIsOneInventory() throws IOException {
        Path parts = dir.resolve("parts");
        Files.createDirectories(parts);
        String dnp3 = capture("icsnpp-dnp3/dnp3_example.pcap");
        String modbus = capture("icsnpp-modbus/modbus_example.expected");
        assertThat(Cli.run("discover", dnp3, "-o", parts.resolve("a.json").toString()).exitCode()).isZero();
        assertThat(Cli.run("discover", modbus, "-o", parts.resolve("b.json").toString()).exitCode()).isZero();
        Cli whole = Cli.run("discover", dnp3, modbus, "--format", "json");
        Cli merged = Cli.run("discover", parts.toString(), "--format", "json");
        assertThat(merged.exitCode()).as(merged.err()).isZero();
        assertThat(merged.out()).isEqualTo(whole.out());
        // a single document read back is written again as it was
        assertThat(Cli.run("discover", parts.resolve("a.json").toString(), "--format", "json").out())
                .isEqualTo(Files.readString(parts.resolve("a.json")));
    }

    @Test
    void aBrokenInventoryIsOneLineWithItsPositionAndExit2() throws IOException {
        Path broken = dir.resolve("inventory.json");
        Files.writeString(broken, "{\"schema\": \"otbridge.inventory/1\",\n \"flows\": [{\"src\": 1}]}\n");
        Cli cli = Cli.run("discover", broken.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err().lines()).containsExactly(broken + ":2:20: \"src\" is a string");
    }

    @Test
    void aCaptureCutShortWarnsOnceOnStandardError() {
        Cli cli = Cli.run("discover", capture("iti/melsoft_129_clean.pcap"));
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.err().lines()).singleElement().asString().contains("melsoft_129_clean.pcap: offset 331665: ")
                .contains("cut short");
        assertThat(cli.out()).contains("1 damaged record skipped");
    }

    @Test
    void anUnreadableInputIsOneLineAndExit2() throws IOException {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "not a capture", StandardCharsets.UTF_8);
        Path json = dir.resolve("out.json");
        Cli cli = Cli.run("discover", capture("zeek/mqtt.pcap"), notes.toString(), "-o", json.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err().lines()).containsExactly(notes + ": not a capture (pcap, pcapng, gzip), a Zeek log or an "
                + "inventory document (otbridge.inventory/1)");
        assertThat(json).doesNotExist();

        Path empty = dir.resolve("empty-folder");
        Files.createDirectories(empty);
        Cli none = Cli.run("discover", empty.toString());
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err().lines()).containsExactly(empty + ": holds no capture, Zeek log or inventory document");

        Cli missing = Cli.run("discover", dir.resolve("nothing.pcap").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err().lines()).containsExactly(dir.resolve("nothing.pcap") + ": no such file or folder");
    }

    @Test
    void aBrokenModelIsBadInput() throws IOException {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "assets:\n  - {id: a, type: plcc, zone: z}\n", StandardCharsets.UTF_8);
        Cli cli = Cli.run("discover", capture("zeek/mqtt.pcap"), "--model", broken.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains(broken + ":2:");
    }
}
