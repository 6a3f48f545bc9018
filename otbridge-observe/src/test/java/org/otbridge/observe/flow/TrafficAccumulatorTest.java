package org.otbridge.observe.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.observe.capture.TestFrames.concat;
import static org.otbridge.observe.capture.TestFrames.ethernet;
import static org.otbridge.observe.capture.TestFrames.ipv4Tcp;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.model.Protocol;
import org.otbridge.observe.inventory.Flow;
import org.otbridge.observe.inventory.InputSummary;
import org.otbridge.observe.inventory.Operations;
import org.otbridge.observe.packet.LinkTypes;

class TrafficAccumulatorTest {

    private static final int SYN = 0x02;
    private static final int ACK = 0x10;
    private static final int PUSH_ACK = 0x18;
    private static final byte[] READ = {0, 1, 0, 0, 0, 6, 1, 3, 0, 0, 0, 10};
    private static final byte[] WRITE = {0, 2, 0, 0, 0, 6, 1, 6, 0, 1, 0, 7};

    private final TrafficAccumulator traffic = new TrafficAccumulator();
    private long time = 1_700_000_000_000_000_000L;

    private void send(int from, int to, int fromPort, int toPort, int flags, int sequence, byte[] payload) {
        byte[] frame = ethernet(0x0800, ipv4Tcp(from, to, fromPort, toPort, flags, sequence, payload));
        traffic.packet(LinkTypes.ETHERNET, time += 1000, frame, 0, frame.length, frame.length);
    }

    private List<Flow> flows() {
        return traffic.inventory(new InputSummary("test", "pcap", traffic.packets(), 0, 0, List.of())).flows();
    }

    @Test
    void theSynDecidesTheClientAndOnlyItsRequestsCount() {
        send(1, 2, 40000, 502, SYN, 99, new byte[0]);
        send(2, 1, 502, 40000, SYN | ACK, 499, new byte[0]);
        send(1, 2, 40000, 502, PUSH_ACK, 100, READ);
        send(2, 1, 502, 40000, PUSH_ACK, 500, new byte[] {0, 1, 0, 0, 0, 5, 1, 3, 2, 0, 1});
        assertThat(flows()).singleElement().satisfies(flow -> {
            assertThat(flow.src()).isEqualTo("10.0.0.1");
            assertThat(flow.port()).isEqualTo(502);
            assertThat(flow.protocol()).isEqualTo(Protocol.MODBUS);
            assertThat(flow.operations()).isEqualTo(new Operations(1, 0, 0, 0));
            assertThat(flow.replyPackets()).isEqualTo(2);
        });
    }

    @Test
    void aRetransmittedSegmentIsNotCountedTwice() {
        send(1, 2, 40000, 502, PUSH_ACK, 100, READ);
        send(1, 2, 40000, 502, PUSH_ACK, 100, READ);
        send(1, 2, 40000, 502, PUSH_ACK, 112, WRITE);
        assertThat(flows().get(0).operations()).isEqualTo(new Operations(1, 1, 0, 0));
    }

    @Test
    void aRequestSplitAcrossSegmentsIsCountedOnceAndTheNextOneStillFound() {
        byte[] stream = concat(READ, WRITE, READ);
        byte[] first = Arrays.copyOfRange(stream, 0, 21); // the read and nine bytes of the write
        byte[] second = Arrays.copyOfRange(stream, 21, stream.length); // the write's rest and a read
        send(1, 2, 40000, 502, PUSH_ACK, 100, first);
        send(1, 2, 40000, 502, PUSH_ACK, 121, second);
        assertThat(flows().get(0).operations()).isEqualTo(new Operations(2, 1, 0, 0));
    }

    @Test
    void port502CarryingSomethingElseIsNotModbus() {
        send(1, 2, 40000, 502, PUSH_ACK, 100, "GET / HTTP/1.1\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(flows()).singleElement().satisfies(flow -> assertThat(flow.protocol()).isEqualTo(Protocol.HTTP));
    }

    @Test
    void aFlowWithoutPayloadIsNamedByItsPortOnly() {
        send(1, 2, 40000, 20000, SYN, 1, new byte[0]);
        assertThat(flows()).singleElement().satisfies(flow -> {
            assertThat(flow.protocol()).isEqualTo(Protocol.DNP3);
            assertThat(flow.byPayload()).isFalse();
        });
    }

    @Test
    void connectionsOfOneClientAndServerAreOneFlow() {
        send(1, 2, 40000, 502, PUSH_ACK, 100, READ);
        send(1, 2, 40001, 502, PUSH_ACK, 100, READ);
        assertThat(flows()).singleElement().satisfies(flow -> {
            assertThat(flow.connections().size()).isEqualTo(2);
            assertThat(flow.operations().read()).isEqualTo(2);
        });
    }
}
