package org.otbridge.observe.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.otbridge.observe.packet.Decoded;
import org.otbridge.observe.packet.PacketParser;

/**
 * Coverage-guided fuzzing of every protocol decoder and of the header parser on their own:
 * whatever the payload, at whatever offset in a larger buffer, they never throw, never read outside
 * the bytes they are given (the buffer around them is poisoned with bytes that would change the
 * result), and report a non-negative overhang.
 */
class DecoderFuzzTest {

    private static final List<ProtocolDecoder> DECODERS = ProtocolCatalog.STANDARD.decoders();

    private static final OperationSink COUNT = new OperationSink() {
        @Override
        public void read() {
        }

        @Override
        public void write() {
        }

        @Override
        public void program() {
        }

        @Override
        public void command() {
        }
    };

    @FuzzTest(maxDuration = "10s")
    void decodersNeverThrow(FuzzedDataProvider data) {
        ProtocolDecoder decoder = DECODERS.get(data.consumeInt(0, DECODERS.size() - 1));
        boolean fromClient = data.consumeBoolean();
        int before = data.consumeInt(0, 8);
        byte[] payload = data.consumeRemainingAsBytes();
        byte[] buffer = new byte[before + payload.length];
        System.arraycopy(payload, 0, buffer, before, payload.length);
        boolean recognised = decoder.recognises(buffer, before, payload.length, fromClient);
        int overhang = decoder.operations(buffer, before, payload.length, fromClient, COUNT);
        assertThat(overhang).isNotNegative();
        // the same payload alone in its buffer gives the same answer: nothing outside the slice was read
        assertThat(decoder.recognises(payload, 0, payload.length, fromClient)).isEqualTo(recognised);
    }

    @FuzzTest(maxDuration = "10s")
    void headerParserNeverThrows(FuzzedDataProvider data) {
        int linkType = data.pickValue(new int[] {0, 1, 12, 101, 108, 113, 228, 229, 276, 147});
        byte[] frame = data.consumeRemainingAsBytes();
        Decoded decoded = new Decoded();
        PacketParser.parse(linkType, frame, 0, frame.length, decoded);
        assertThat(decoded.payloadLength).isNotNegative();
        assertThat(decoded.payloadOffset + decoded.payloadLength).isLessThanOrEqualTo(frame.length);
    }
}
