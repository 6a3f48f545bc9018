package org.otbridge.observe.zeek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otbridge.model.Protocol;
import org.otbridge.observe.TestCaptures;
import org.otbridge.observe.inventory.Flow;
import org.otbridge.observe.inventory.Inventory;
import org.otbridge.observe.inventory.Transport;

class ZeekLogReaderTest {

    @TempDir
    Path dir;

    private static List<ZeekRecord> read(Path log) throws Exception {
        List<ZeekRecord> records = new ArrayList<>();
        ZeekLogReader.read(log, records::add, (line, column, message) -> {
            throw new AssertionError(line + ": " + message);
        });
        return records;
    }

    private static Inventory inventory(Path log) throws Exception {
        ZeekInventory zeek = new ZeekInventory();
        for (ZeekRecord r : read(log)) {
            zeek.add(log.toString(), r);
        }
        return zeek.inventory();
    }

    /** The TSV log as Zeek's JSON writer would write it: one object per line, unset fields left out. */
    private Path asJson(Path tsv) throws Exception {
        List<String> lines = new ArrayList<>();
        for (ZeekRecord r : read(tsv)) {
            lines.add(r.fields().entrySet().stream()
                    .map(e -> "\"" + e.getKey() + "\":" + (e.getKey().endsWith("_p") || e.getKey().endsWith("pkts")
                            || e.getKey().endsWith("bytes") ? e.getValue() : "\"" + e.getValue() + "\""))
                    .collect(Collectors.joining(",", "{", "}")));
        }
        Path json = dir.resolve("conn.json");
        Files.write(json, lines, StandardCharsets.UTF_8);
        return json;
    }

    @Test
    void connLogGivesFlowsWithTheirServicesAndCounts() throws Exception {
        Inventory inventory = inventory(TestCaptures.path("zeek/modbus-and-non-modbus-p502.expected/conn.log"));
        Flow modbus = inventory.flows().stream().filter(f -> f.protocol() == Protocol.MODBUS).findFirst().orElseThrow();
        assertThat(modbus.src()).isEqualTo("10.0.0.9");
        assertThat(modbus.port()).isEqualTo(502);
        assertThat(modbus.transport()).isEqualTo(Transport.TCP);
        assertThat(modbus.packets()).isPositive();
        assertThat(inventory.flows()).anyMatch(f -> f.protocol() == Protocol.TLS && f.port() == 502);
    }

    @Test
    void jsonAndGzipLogsGiveTheSameInventoryAsTsv() throws Exception {
        Path tsv = TestCaptures.path("icsnpp-bacnet/bacnet_example.expected/conn.log");
        Inventory expected = inventory(tsv);
        assertThat(inventory(asJson(tsv)).flows()).isEqualTo(expected.flows());
        Path gz = dir.resolve("conn.log.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(tsv));
        }
        assertThat(inventory(gz).flows()).isEqualTo(expected.flows());
    }

    @Test
    void aLineWithTheWrongNumberOfFieldsIsReportedAndSkipped() throws IOException, ZeekLogReader.NotAZeekLogException {
        Path log = dir.resolve("conn.log");
        Files.writeString(log, "#separator \\x09\n#path\tconn\n#fields\tts\tuid\tid.orig_h\n1.0\tC1\t10.0.0.1\n1.0\tC2\n");
        List<String> problems = new ArrayList<>();
        List<ZeekRecord> records = new ArrayList<>();
        ZeekLogReader.read(log, records::add, (line, column, message) -> problems.add(line + ":" + column + ": " + message));
        assertThat(records).hasSize(1);
        assertThat(problems).singleElement().asString().startsWith("5:1: 2 fields where the header names 3");
    }

    @Test
    void aLineThatIsNoJsonInAJsonLogIsReportedAndSkipped() throws IOException, ZeekLogReader.NotAZeekLogException {
        Path log = dir.resolve("conn.json");
        Files.writeString(log, "{\"uid\":\"C1\"}\nnot json\n{\"uid\":\"C2\"}\n");
        List<String> problems = new ArrayList<>();
        List<ZeekRecord> records = new ArrayList<>();
        ZeekLogReader.read(log, records::add, (line, column, message) -> problems.add(line + ":" + column + ": " + message));
        assertThat(records).extracting(r -> r.get("uid")).containsExactly("C1", "C2");
        assertThat(problems).singleElement().asString().startsWith("2:1: JSON syntax error");
    }

    @Test
    void textThatIsNoLogIsRefused() throws IOException {
        Path text = dir.resolve("notes.log");
        Files.writeString(text, "hello\tworld\n");
        assertThatThrownBy(() -> read(text)).isInstanceOf(ZeekLogReader.NotAZeekLogException.class);
    }
}
