package org.otbridge.observe.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.observe.capture.TestFrames.concat;
import static org.otbridge.observe.capture.TestFrames.ethernet;
import static org.otbridge.observe.capture.TestFrames.ipv4Tcp;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import org.otbridge.observe.inventory.Addresses;

class PacketParserTest {

    private final Decoded d = new Decoded();
    private final byte[] tcp = ipv4Tcp(1, 2, 40000, 502, 0x18, 7, new byte[] {1, 2, 3});

    private void parse(int linkType, byte[] frame) {
        PacketParser.parse(linkType, frame, 0, frame.length, d);
    }

    private void assertTcp() {
        assertThat(d.kind).isEqualTo(Decoded.Kind.IP);
        assertThat(Addresses.ip(d.sourceHigh, d.sourceLow)).isEqualTo("10.0.0.1");
        assertThat(Addresses.ip(d.destinationHigh, d.destinationLow)).isEqualTo("10.0.0.2");
        assertThat(d.destinationPort).isEqualTo(502);
        assertThat(d.payloadLength).isEqualTo(3);
    }

    @Test
    void ethernetWithQinqTags() {
        parse(LinkTypes.ETHERNET, ethernet(0x0800, tcp, 100, 200));
        assertTcp();
        assertThat(Addresses.mac(d.sourceMac)).isEqualTo("00:01:02:03:04:06");
    }

    @Test
    void ethernetWithAnMplsLabelStack() {
        byte[] labels = {0, 1, 0, 64, 0, 2, 1, 64}; // two labels, bottom of stack on the second
        parse(LinkTypes.ETHERNET, ethernet(0x8847, concat(labels, tcp)));
        assertTcp();
    }

    @Test
    void linuxCookedCaptureVersionsOneAndTwo() {
        byte[] sll = ByteBuffer.allocate(16).putShort((short) 0).putShort((short) 1).putShort((short) 6)
                .put(new byte[] {0, 1, 2, 3, 4, 9, 0, 0}).putShort((short) 0x0800).array();
        parse(LinkTypes.LINUX_SLL, concat(sll, tcp));
        assertTcp();
        assertThat(Addresses.mac(d.sourceMac)).isEqualTo("00:01:02:03:04:09");
        byte[] sll2 = ByteBuffer.allocate(20).putShort((short) 0x0800).putShort((short) 0).putInt(3).putShort((short) 1)
                .put((byte) 0).put((byte) 6).put(new byte[] {0, 1, 2, 3, 4, 10, 0, 0}).array();
        parse(LinkTypes.LINUX_SLL2, concat(sll2, tcp));
        assertTcp();
        assertThat(Addresses.mac(d.sourceMac)).isEqualTo("00:01:02:03:04:0a");
    }

    @Test
    void rawIpAndNullLoopbackInBothByteOrders() {
        parse(LinkTypes.RAW, tcp);
        assertTcp();
        parse(LinkTypes.NULL, concat(new byte[] {2, 0, 0, 0}, tcp));
        assertTcp();
        parse(LinkTypes.NULL, concat(new byte[] {0, 0, 0, 2}, tcp));
        assertTcp();
    }

    @Test
    void ipv6WithAHopByHopHeaderAndALaterFragment() {
        byte[] udp = {0x13, (byte) 0x88, 0x4e, 0x20, 0, 10, 0, 0, 5, 100};
        byte[] hop = {17, 0, 0, 0, 0, 0, 0, 0};
        ByteBuffer ip = ByteBuffer.allocate(40).putInt(0x60000000).putShort((short) (hop.length + udp.length)).put((byte) 0)
                .put((byte) 64).putLong(0x20010db800000000L).putLong(1).putLong(0x20010db800000000L).putLong(2);
        parse(LinkTypes.RAW, concat(ip.array(), hop, udp));
        assertThat(d.kind).isEqualTo(Decoded.Kind.IP);
        assertThat(d.ipv6).isTrue();
        assertThat(Addresses.ip(d.sourceHigh, d.sourceLow)).isEqualTo("2001:db8::1");
        assertThat(d.destinationPort).isEqualTo(20000);
        assertThat(d.payloadLength).isEqualTo(2);

        byte[] fragment = {17, 0, 0, 8 | 1, 0, 0, 0, 1}; // offset 1 (8 bytes), more fragments
        ByteBuffer ip2 = ByteBuffer.allocate(40).putInt(0x60000000).putShort((short) 16).put((byte) 44).put((byte) 64)
                .putLong(0x20010db800000000L).putLong(1).putLong(0x20010db800000000L).putLong(2);
        parse(LinkTypes.RAW, concat(ip2.array(), fragment, new byte[8]));
        assertThat(d.kind).isEqualTo(Decoded.Kind.IP);
        assertThat(d.hasPorts).as("a later fragment has no transport header").isFalse();
    }

    @Test
    void ipv6AddressesAreWrittenInTheirShortestForm() {
        assertThat(Addresses.ip(0, 1)).isEqualTo("::1");
        assertThat(Addresses.ip(0x20010db800000000L, 0x0000000000000001L)).isEqualTo("2001:db8::1");
        assertThat(Addresses.ip(0xfe80000000000000L, 0x0200_5efe_0a00_0001L)).isEqualTo("fe80::200:5efe:a00:1");
        // RFC 5952: the longest run of two or more zero groups becomes ::, a single zero group stays
        assertThat(Addresses.ip(0x20010db800010000L, 0x0000000100000001L)).isEqualTo("2001:db8:1::1:0:1");
        assertThat(Addresses.ip(0x20010db800000001L, 0x0001000100010001L)).isEqualTo("2001:db8:0:1:1:1:1:1");
    }

    @Test
    void framesTooShortForTheirHeadersDecodeToNothing() {
        for (int length = 0; length < 54; length++) {
            byte[] frame = ethernet(0x0800, tcp);
            PacketParser.parse(LinkTypes.ETHERNET, frame, 0, length, d);
            assertThat(d.payloadLength).isLessThanOrEqualTo(Math.max(0, length - 54));
        }
    }
}
