package org.otbridge.observe.zeek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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

    /**
     * Zeek with {@code LogAscii::json_timestamps=JSON::TS_ISO8601} (as Malcolm runs it) writes times as
     * ISO 8601 text; the inventory is the same as from epoch seconds. (The captures' logs mask their times.)
     */
    @Test
    void isoTimesGiveTheSameFirstAndLastSeenAsEpochSeconds() throws Exception {
        String[] seconds = {"1717171717.123456", "1717171790.000001", "1717258117.5"};
        DateTimeFormatter zeekIso = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
        List<String> epoch = new ArrayList<>();
        List<String> iso = new ArrayList<>();
        for (int i = 0; i < seconds.length; i++) {
            String rest = ",\"uid\":\"C" + i + "\",\"id.orig_h\":\"10.0.0.1\",\"id.orig_p\":" + (40000 + i)
                    + ",\"id.resp_h\":\"10.0.0.2\",\"id.resp_p\":502,\"proto\":\"tcp\",\"service\":\"modbus\"}";
            epoch.add("{\"ts\":" + seconds[i] + rest);
            BigDecimal s = new BigDecimal(seconds[i]);
            Instant time = Instant.ofEpochSecond(s.longValue(), s.remainder(BigDecimal.ONE).movePointRight(9).longValue());
            iso.add("{\"ts\":\"" + zeekIso.format(time) + "\"" + rest);
        }
        assertThat(iso.get(0)).startsWith("{\"ts\":\"2024-05-31T16:08:37.123456Z\",");
        Path epochLog = dir.resolve("epoch").resolve("conn.log");
        Path isoLog = dir.resolve("iso").resolve("conn.log");
        Files.createDirectories(epochLog.getParent());
        Files.createDirectories(isoLog.getParent());
        Files.write(epochLog, epoch, StandardCharsets.UTF_8);
        Files.write(isoLog, iso, StandardCharsets.UTF_8);
        Flow flow = inventory(isoLog).flows().get(0);
        assertThat(flow.firstSeen()).isEqualTo(1_717_171_717_123_456_000L);
        assertThat(flow.lastSeen()).isEqualTo(1_717_258_117_500_000_000L);
        assertThat(inventory(isoLog).flows()).isEqualTo(inventory(epochLog).flows()).hasSize(1);
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
