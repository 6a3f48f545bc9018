package org.otbridge.observe.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/**
 * MMS confirmed requests under TPKT, COTP, ISO session and presentation, counted by service: the
 * read request is the one an IEC 61850 client sent in Sample_File_MMS_and_GOOSE.pcap; the others
 * change only the service element.
 */
class MmsDecoderTest {

    /** Counts by kind: read, write, program, command. */
    private static final class Counts implements OperationSink {
        final int[] n = new int[4];

        @Override
        public void read() {
            n[0]++;
        }

        @Override
        public void write() {
            n[1]++;
        }

        @Override
        public void program() {
            n[2]++;
        }

        @Override
        public void command() {
            n[3]++;
        }
    }

    /** The read request's object name (domain AA1E1Q01FP2LD0, item LLN0$BR$rcb_B02) as a variable list. */
    private static final byte[] READ_SERVICE = hex("a4 25 a0 23 a1 21 1a 0e 41 41 31 45 31 51 30 31 46 50 32 4c 44 30"
            + " 1a 0f 4c 4c 4e 30 24 42 52 24 72 63 62 5f 42 30 32");

    @Test
    void theCapturedReadRequestIsARead() {
        assertThat(count(READ_SERVICE)).containsExactly(1, 0, 0, 0);
    }

    @Test
    void writeDownloadAndStopAreWriteProgramAndCommand() {
        assertThat(count(hex("a5 02 a0 00"))).containsExactly(0, 1, 0, 0);
        assertThat(count(hex("ba 02 80 00"))).as("initiateDownloadSequence [26]").containsExactly(0, 0, 1, 0);
        assertThat(count(hex("bf 29 02 80 00"))).as("stop [41], high tag number form").containsExactly(0, 0, 0, 1);
        assertThat(count(hex("bf 48 02 80 00"))).as("fileOpen [72]: no operation").containsExactly(0, 0, 0, 0);
    }

    @Test
    void twoRequestsInOneSegmentCountTwiceAndAnswersNotAtAll() {
        byte[] two = concat(frame(confirmed(0xa0, READ_SERVICE)), frame(confirmed(0xa0, hex("a5 02 a0 00"))));
        Counts counts = new Counts();
        new MmsDecoder().operations(two, 0, two.length, true, counts);
        assertThat(counts.n).containsExactly(1, 1, 0, 0);
        assertThat(count(0xa1, READ_SERVICE)).as("a confirmed-ResponsePDU").containsExactly(0, 0, 0, 0);
    }

    @Test
    void aFrameCutShortCountsNothingAndLeavesAnOverhang() {
        byte[] whole = frame(confirmed(0xa0, READ_SERVICE));
        Counts counts = new Counts();
        int overhang = new MmsDecoder().operations(whole, 0, 20, true, counts);
        assertThat(counts.n).containsExactly(0, 0, 0, 0);
        assertThat(overhang).isEqualTo(whole.length - 20);
        assertThat(new MmsDecoder().recognises(whole, 0, whole.length, true)).isTrue();
    }

    private static int[] count(byte[] service) {
        return count(0xa0, service);
    }

    private static int[] count(int pdu, byte[] service) {
        byte[] payload = frame(confirmed(pdu, service));
        Counts counts = new Counts();
        assertThat(new MmsDecoder().operations(payload, 0, payload.length, true, counts)).isZero();
        return counts.n;
    }

    /** An MMS PDU with invoke ID 303732 and the service, in presentation fully encoded data (context 3). */
    private static byte[] confirmed(int pdu, byte[] service) {
        byte[] mms = tlv(pdu, concat(hex("02 03 04 a2 74"), service));
        return tlv(0x61, tlv(0x30, concat(hex("02 01 03"), tlv(0xa0, mms))));
    }

    /** TPKT, COTP data (last unit), session give-tokens and data transfer, then the presentation data. */
    private static byte[] frame(byte[] presentation) {
        byte[] body = concat(hex("02 f0 80 01 00 01 00"), presentation);
        return concat(new byte[] {3, 0, (byte) ((body.length + 4) >> 8), (byte) (body.length + 4)}, body);
    }

    private static byte[] tlv(int tag, byte[] contents) {
        return concat(new byte[] {(byte) tag, (byte) contents.length}, contents);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] hex(String text) {
        String[] octets = text.trim().split("\\s+");
        byte[] bytes = new byte[octets.length];
        for (int i = 0; i < octets.length; i++) {
            bytes[i] = (byte) Integer.parseInt(octets[i], 16);
        }
        return bytes;
    }
}
