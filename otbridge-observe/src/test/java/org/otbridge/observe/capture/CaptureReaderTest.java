package org.otbridge.observe.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.otbridge.observe.capture.TestFrames.concat;
import static org.otbridge.observe.capture.TestFrames.enhancedPacket;
import static org.otbridge.observe.capture.TestFrames.ethernet;
import static org.otbridge.observe.capture.TestFrames.interfaceBlock;
import static org.otbridge.observe.capture.TestFrames.ipv4Tcp;
import static org.otbridge.observe.capture.TestFrames.obsoletePacket;
import static org.otbridge.observe.capture.TestFrames.pcap;
import static org.otbridge.observe.capture.TestFrames.pcapRecord;
import static org.otbridge.observe.capture.TestFrames.sectionHeader;
import static org.otbridge.observe.capture.TestFrames.simplePacket;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otbridge.observe.packet.LinkTypes;

class CaptureReaderTest {

    @TempDir
    Path dir;

    record Seen(int linkType, long time, byte[] bytes) {
    }

    private final List<Seen> seen = new ArrayList<>();
    private final List<String> damage = new ArrayList<>();

    private ReadSummary read(byte[] file) throws Exception {
        Path path = dir.resolve("capture-" + seen.size() + "-" + damage.size() + "-" + file.length);
        Files.write(path, file);
        return Captures.read(path, (linkType, time, data, offset, length, wire) ->
                seen.add(new Seen(linkType, time, Arrays.copyOfRange(data, offset, offset + length))), new ReadListener() {
                    @Override
                    public void damaged(long offset, String reason) {
                        damage.add(offset + ": " + reason);
                    }
                });
    }

    private static byte[] packet(int n) {
        return ethernet(0x0800, ipv4Tcp(1, 2, 40000 + n, 502, 0x18, n, new byte[n]));
    }

    @Test
    void pcapInEitherByteOrderWithMicroOrNanoseconds() throws Exception {
        for (boolean big : new boolean[] {true, false}) {
            for (boolean nanos : new boolean[] {true, false}) {
                seen.clear();
                ReadSummary summary = read(pcap(big, nanos, LinkTypes.ETHERNET, packet(1), packet(2)));
                assertThat(summary.packets()).isEqualTo(2);
                assertThat(seen).extracting(Seen::linkType).containsOnly(LinkTypes.ETHERNET);
                assertThat(seen.get(0).bytes()).isEqualTo(packet(1));
                assertThat(seen.get(1).time()).isEqualTo(1_700_000_001L * 1_000_000_000L + (nanos ? 500 : 500_000));
            }
        }
        assertThat(damage).isEmpty();
    }

    @Test
    void aDamagedRecordIsReportedWithItsOffsetAndTheRestIsRead() throws Exception {
        byte[] good = pcap(false, false, LinkTypes.ETHERNET, packet(1));
        byte[] broken = pcapRecord(false, 1_700_000_001, 0, packet(2));
        broken[8] = (byte) 0xff; // captured length far beyond any frame
        broken[9] = (byte) 0xff;
        broken[10] = (byte) 0x7f;
        byte[] rest = concat(pcapRecord(false, 1_700_000_002, 0, packet(3)), pcapRecord(false, 1_700_000_003, 0, packet(4)),
                pcapRecord(false, 1_700_000_004, 0, packet(5)));
        ReadSummary summary = read(concat(good, broken, rest));
        assertThat(summary.packets()).isEqualTo(4);
        assertThat(summary.damagedRecords()).isEqualTo(1);
        assertThat(damage).singleElement().asString().startsWith(good.length + ": record length");
        assertThat(seen).extracting(s -> s.bytes().length).containsExactly(packet(1).length, packet(3).length,
                packet(4).length, packet(5).length);
    }

    @Test
    void pcapngWithTwoInterfacesInEitherByteOrderAndAllPacketBlocks() throws Exception {
        for (ByteOrder order : new ByteOrder[] {ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN}) {
            seen.clear();
            byte[] file = concat(sectionHeader(order), interfaceBlock(order, LinkTypes.ETHERNET, -1),
                    interfaceBlock(order, LinkTypes.RAW, 9),
                    enhancedPacket(order, 0, 1_700_000_000_000_000L, packet(1)),
                    enhancedPacket(order, 1, 1_700_000_000_123_456_789L, ipv4Tcp(1, 2, 1, 2, 0x02, 0, new byte[0])),
                    simplePacket(order, packet(3)),
                    obsoletePacket(order, 0, 1_700_000_001_000_000L, packet(4)));
            ReadSummary summary = read(file);
            assertThat(summary.packets()).isEqualTo(4);
            assertThat(seen).extracting(Seen::linkType).containsExactly(LinkTypes.ETHERNET, LinkTypes.RAW,
                    LinkTypes.ETHERNET, LinkTypes.ETHERNET);
            assertThat(seen.get(0).time()).as("microseconds by default").isEqualTo(1_700_000_000_000_000_000L);
            assertThat(seen.get(1).time()).as("if_tsresol 9: nanoseconds").isEqualTo(1_700_000_000_123_456_789L);
            assertThat(seen.get(2).bytes()).isEqualTo(packet(3));
        }
        assertThat(damage).isEmpty();
    }

    @Test
    void aPcapngBlockWithDisagreeingLengthsIsSkipped() throws Exception {
        ByteOrder order = ByteOrder.LITTLE_ENDIAN;
        byte[] broken = enhancedPacket(order, 0, 1, packet(2));
        broken[broken.length - 4] = 0x7f; // trailing length differs from the leading one
        byte[] file = concat(sectionHeader(order), interfaceBlock(order, LinkTypes.ETHERNET, -1),
                enhancedPacket(order, 0, 1, packet(1)), broken, enhancedPacket(order, 0, 2, packet(3)));
        ReadSummary summary = read(file);
        assertThat(summary.packets()).isEqualTo(2);
        assertThat(damage).singleElement().asString().contains("does not match");
    }

    @Test
    void gzipCompressedCapturesAreReadAndACutGzipIsReadUpToTheCut() throws Exception {
        byte[] plain = pcap(false, false, LinkTypes.ETHERNET, packet(1), packet(2), packet(3));
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(plain);
        }
        ReadSummary summary = read(compressed.toByteArray());
        assertThat(summary.format()).isEqualTo("pcap+gzip");
        assertThat(summary.packets()).isEqualTo(3);
        assertThat(damage).isEmpty();

        seen.clear();
        byte[] cut = Arrays.copyOf(compressed.toByteArray(), compressed.size() - 12);
        ReadSummary partial = read(cut);
        assertThat(partial.damagedRecords()).isPositive();
        assertThat(damage).isNotEmpty();
    }

    @Test
    void somethingElseIsNotACapture() throws IOException {
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "hello, this is not a capture");
        assertThatThrownBy(() -> Captures.read(text, (a, b, c, d, e, f) -> { }, ReadListener.NONE))
                .isInstanceOf(NotACaptureException.class);
    }
}
