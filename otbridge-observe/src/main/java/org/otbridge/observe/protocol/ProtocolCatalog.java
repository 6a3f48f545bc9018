package org.otbridge.observe.protocol;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.otbridge.model.Protocol;
import org.otbridge.observe.packet.PacketParser;

/**
 * Which decoder to try on which flow. A flow is identified by its payload: first the decoders of
 * its ports, then those whose signature is strong enough to trust on any port (so Modbus on 502 is
 * only believed when the bytes are Modbus, and S7comm on an odd port is still found). A flow that
 * carries no payload at all is named by its server port alone.
 */
public final class ProtocolCatalog {

    /** The decoders, each once (instances are shared, they are stateless). */
    private final List<ProtocolDecoder> all = new ArrayList<>();
    private final Map<Integer, List<ProtocolDecoder>> tcpPorts = new HashMap<>();
    private final Map<Integer, List<ProtocolDecoder>> udpPorts = new HashMap<>();
    private final List<ProtocolDecoder> tcpAnyPort = new ArrayList<>();
    private final List<ProtocolDecoder> udpAnyPort = new ArrayList<>();
    private final Map<Integer, ProtocolDecoder> etherTypes = new HashMap<>();

    public static final ProtocolCatalog STANDARD = new ProtocolCatalog();

    private ProtocolCatalog() {
        ModbusDecoder modbus = new ModbusDecoder();
        Dnp3Decoder dnp3 = new Dnp3Decoder();
        Iec104Decoder iec104 = new Iec104Decoder();
        S7commDecoder s7 = new S7commDecoder();
        S7commPlusDecoder s7plus = new S7commPlusDecoder();
        MmsDecoder mms = new MmsDecoder();
        EnipDecoder enip = new EnipDecoder();
        CipIoDecoder cipIo = new CipIoDecoder();
        BacnetDecoder bacnet = new BacnetDecoder();
        OpcUaDecoder opcua = new OpcUaDecoder();
        MqttDecoder mqtt = new MqttDecoder();
        C37118Decoder c37 = new C37118Decoder();
        ProfinetDecoder profinetRpc = new ProfinetDecoder(false);
        ProfinetDecoder profinetFrames = new ProfinetDecoder(true);
        GooseDecoder goose = new GooseDecoder();
        RdpDecoder rdpOnPort = new RdpDecoder(true);
        RdpDecoder rdpAnywhere = new RdpDecoder(false);
        HttpDecoder http = new HttpDecoder();
        TlsDecoder tls = new TlsDecoder();
        SshDecoder ssh = new SshDecoder();
        SmbDecoder smb = new SmbDecoder();
        DnsDecoder dnsTcp = new DnsDecoder(true);
        DnsDecoder dnsUdp = new DnsDecoder(false);
        NtpDecoder ntp = new NtpDecoder();
        VncDecoder vnc = new VncDecoder();
        TeamViewerDecoder teamviewer = new TeamViewerDecoder();

        tcp(502, modbus);
        tcp(20000, dnp3);
        udp(20000, dnp3);
        tcp(2404, iec104);
        tcp(102, s7, s7plus, mms);
        tcp(44818, enip);
        udp(44818, enip);
        udp(2222, cipIo);
        for (int port = 47808; port <= 47823; port++) {
            udp(port, bacnet);
        }
        tcp(4840, opcua);
        tcp(1883, mqtt);
        tcp(4712, c37);
        udp(4713, c37);
        udp(34964, profinetRpc);
        for (int port : new int[] {80, 8080, 8000, 8008, 8081}) {
            tcp(port, http);
        }
        for (int port : new int[] {443, 8443, 4843, 8883, 636, 993, 995, 465, 5061, 3269, 10443}) {
            tcp(port, tls);
        }
        tcp(22, ssh);
        tcp(3389, rdpOnPort);
        tcp(445, smb);
        tcp(139, smb);
        tcp(53, dnsTcp);
        udp(53, dnsUdp);
        udp(5353, dnsUdp);
        udp(5355, dnsUdp);
        udp(123, ntp);
        for (int port = 5900; port <= 5910; port++) {
            tcp(port, vnc);
        }
        tcp(5938, teamviewer);
        udp(5938, teamviewer);

        // Strong signatures, believed on any port; order matters where two could match.
        tcpAnyPort.addAll(List.of(dnp3, s7, s7plus, mms, rdpAnywhere, opcua, mqtt, enip, iec104, c37, http, tls, ssh, smb,
                vnc));
        udpAnyPort.addAll(List.of(dnp3, profinetRpc, cipIo, enip, c37));
        etherTypes.put(PacketParser.ETHERTYPE_PROFINET, profinetFrames);
        etherTypes.put(PacketParser.ETHERTYPE_GOOSE, goose);
        for (ProtocolDecoder d : List.of(modbus, dnp3, iec104, s7, s7plus, mms, enip, cipIo, bacnet, opcua, mqtt, c37,
                profinetRpc, profinetFrames, goose, rdpOnPort, rdpAnywhere, http, tls, ssh, smb, dnsTcp, dnsUdp, ntp, vnc,
                teamviewer)) {
            all.add(d);
        }
    }

    private void tcp(int port, ProtocolDecoder... decoders) {
        tcpPorts.computeIfAbsent(port, k -> new ArrayList<>()).addAll(List.of(decoders));
    }

    private void udp(int port, ProtocolDecoder... decoders) {
        udpPorts.computeIfAbsent(port, k -> new ArrayList<>()).addAll(List.of(decoders));
    }

    /** Every decoder, for tests and fuzzing. */
    public List<ProtocolDecoder> decoders() {
        return List.copyOf(all);
    }

    /** True when a service of the catalog listens on this port (used to tell server from client). */
    public boolean isServicePort(boolean tcp, int port) {
        return (tcp ? tcpPorts : udpPorts).containsKey(port);
    }

    /** The protocol a port suggests when there is no payload to look at, or null. */
    public Protocol byPort(boolean tcp, int port) {
        List<ProtocolDecoder> list = (tcp ? tcpPorts : udpPorts).get(port);
        return list == null ? null : list.get(0).protocol();
    }

    /** The decoder for a layer-2 Ethertype, or null. */
    public ProtocolDecoder byEtherType(int etherType) {
        return etherTypes.get(etherType);
    }

    /** The decoder whose protocol this payload is, or null when none recognises it. */
    public ProtocolDecoder identify(boolean tcp, int serverPort, int clientPort, byte[] b, int offset, int length,
            boolean fromClient) {
        Map<Integer, List<ProtocolDecoder>> ports = tcp ? tcpPorts : udpPorts;
        List<ProtocolDecoder> candidates = ports.get(serverPort);
        if (candidates != null) {
            for (ProtocolDecoder decoder : candidates) {
                if (decoder.recognises(b, offset, length, fromClient)) {
                    return decoder;
                }
            }
        }
        List<ProtocolDecoder> clientCandidates = ports.get(clientPort);
        if (clientCandidates != null && clientPort != serverPort) {
            for (ProtocolDecoder decoder : clientCandidates) {
                if (decoder.recognises(b, offset, length, fromClient)) {
                    return decoder;
                }
            }
        }
        for (ProtocolDecoder decoder : tcp ? tcpAnyPort : udpAnyPort) {
            if (decoder.recognises(b, offset, length, fromClient)) {
                return decoder;
            }
        }
        return null;
    }
}
