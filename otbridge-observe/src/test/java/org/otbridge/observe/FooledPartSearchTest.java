package org.otbridge.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otbridge.observe.capture.ReadListener;
import org.otbridge.observe.capture.TestFrames;
import org.otbridge.observe.inventory.Inventory;

/**
 * Packet data can look like a chain of pcap records: in a capture of equal-length frames whose
 * first four bytes read as a plausible length, the records shifted by four bytes form such a
 * chain (the fraction reads as the time, the lengths as the fraction and the captured length, the
 * frame's start as its wire length). The time of the file's first record rules such a chain out
 * when the capture's clock is set (its fraction is no time near it); a capture from a device whose
 * clock stands near 1970 can still fool the search. A part whose search lands there is read again
 * from where the part before it stopped, alone; the parts then give the inventory of reading the
 * whole file, and the fooled search reports no damage.
 */
class FooledPartSearchTest {

    private static final int FRAME = 14 + 40 + 12;
    private static final int RECORD = 16 + FRAME;
    private static final int RECORDS = 400;

    @Test
    void aFooledPartIsReadAgainFromWhereThePartBeforeStopped(@TempDir Path dir) throws Exception {
        assertThat(fooledBoundaries(dir, 400)).as("boundaries whose search the shifted chain fools").isPositive();
    }

    @Test
    void theFirstRecordsTimeKeepsTheSearchFromBeingFooled(@TempDir Path dir) throws Exception {
        assertThat(fooledBoundaries(dir, 1_700_000_000)).as("boundaries whose search the shifted chain fools").isZero();
    }

    /** Reads the capture in two parts split inside record 150, four ways; the inventory is always the whole file's. */
    private static int fooledBoundaries(Path dir, int firstSecond) throws Exception {
        Path file = dir.resolve("polling-" + firstSecond + ".pcap");
        Files.write(file, capture(firstSecond));
        Inventory whole = CaptureInventory.read(file, file.toString(), ReadListener.NONE);
        long size = Files.size(file);
        int fooled = 0;
        for (int shift = 1; shift <= 4; shift++) {
            long boundary = 24 + 150L * RECORD + shift; // inside record 150: its start lies behind the search
            List<CaptureInventory.Part> parts = List.of(CaptureInventory.readPart(file, 0, boundary, ReadListener.NONE),
                    CaptureInventory.readPart(file, boundary, size, ReadListener.NONE));
            List<long[]> readAgain = new ArrayList<>();
            CaptureInventory.Joined joined = CaptureInventory.join(file.toString(), parts, (start, end) -> {
                readAgain.add(new long[] {start, end});
                return CaptureInventory.readPartFrom(file, start, end, ReadListener.NONE);
            });
            long trueStart = 24 + 151L * RECORD;
            if (parts.get(1).started() != trueStart) {
                fooled++;
                assertThat(readAgain).singleElement().satisfies(r -> assertThat(r).containsExactly(trueStart, size));
            } else {
                assertThat(readAgain).isEmpty();
            }
            assertThat(joined.damage()).isEmpty();
            assertThat(joined.inventory().flows()).isEqualTo(whole.flows());
            assertThat(joined.inventory().hosts()).isEqualTo(whole.hosts());
            assertThat(joined.inventory().inputs().get(0).packets()).isEqualTo(RECORDS);
        }
        return fooled;
    }

    @Test
    void zeroFilledDataIsNoRecord(@TempDir Path dir) throws Exception {
        // Bulk transfers of zeros (or of 00 cc 00 00 repeated) read as empty records of 16 bytes;
        // a record captures at least one byte, so the search goes on to the true record.
        byte[][] frames = new byte[20][];
        for (int i = 0; i < frames.length; i++) {
            byte[] payload = new byte[1200];
            for (int k = i % 2; k < payload.length; k += 4 * (i % 2) + 1) {
                payload[k] = (byte) (i % 2 == 0 ? 0 : 0xcc);
            }
            frames[i] = TestFrames.ipv4Tcp(1, 2, 40000, 445, 0x18, 1000 + 1200 * i, payload);
        }
        Path file = dir.resolve("transfer.pcap");
        Files.write(file, TestFrames.pcap(false, false, 101, frames));
        int record = 16 + 40 + 1200;
        for (long boundary = 24 + 5L * record + 100; boundary < 24 + 6L * record; boundary += 97) {
            CaptureInventory.Part part = CaptureInventory.readPart(file, boundary, Files.size(file), ReadListener.NONE);
            assertThat(part.started()).as("boundary %d", boundary).isEqualTo(24 + 6L * record);
            assertThat(part.damagedRecords()).isZero();
        }
    }

    /**
     * Modbus polling between two hosts in equal-length Ethernet frames addressed to 00:00:01:00:00:01,
     * one a second from {@code firstSecond} on.
     */
    private static byte[] capture(int firstSecond) {
        byte[][] frames = new byte[RECORDS][];
        for (int i = 0; i < RECORDS; i++) {
            boolean request = i % 2 == 0;
            byte[] modbus = {0, (byte) i, 0, 0, 0, 6, 1, 3, 0, 0, 0, 2};
            byte[] ip = TestFrames.ipv4Tcp(request ? 1 : 2, request ? 2 : 1, request ? 40000 : 502, request ? 502 : 40000,
                    0x18, 1000 + 12 * (i / 2), modbus);
            ByteBuffer frame = ByteBuffer.allocate(FRAME);
            frame.put(new byte[] {0, 0, 1, 0, 0, 1}).put(new byte[] {0, 0, 1, 0, 0, 2}).putShort((short) 0x0800).put(ip);
            frames[i] = frame.array();
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(java.util.Arrays.copyOf(TestFrames.pcap(false, false, 1), 24));
        for (int i = 0; i < RECORDS; i++) {
            out.writeBytes(TestFrames.pcapRecord(false, firstSecond + i, 500, frames[i]));
        }
        return out.toByteArray();
    }
}
