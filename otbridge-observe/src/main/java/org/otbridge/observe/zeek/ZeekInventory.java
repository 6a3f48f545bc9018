package org.otbridge.observe.zeek;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.otbridge.model.Protocol;
import org.otbridge.observe.inventory.Addresses;
import org.otbridge.observe.inventory.Flow;
import org.otbridge.observe.inventory.InputSummary;
import org.otbridge.observe.inventory.Inventory;
import org.otbridge.observe.inventory.Operations;
import org.otbridge.observe.inventory.PortSet;
import org.otbridge.observe.inventory.Transport;
import org.otbridge.observe.protocol.ProtocolCatalog;

/**
 * Builds an inventory from Zeek logs: conn.log gives the flows (a connection per uid), the
 * protocol logs of Zeek and the ICSNPP parsers give each connection's protocol and operations.
 * Protocol records whose connection is not in any conn.log still make a flow (without packet
 * counts). Feed it every record of every log, in any order, then call {@link #inventory}.
 */
public final class ZeekInventory {

    private static final Map<String, Protocol> SERVICES = Map.ofEntries(
            Map.entry("modbus", Protocol.MODBUS), Map.entry("dnp3", Protocol.DNP3), Map.entry("dnp3_tcp", Protocol.DNP3),
            Map.entry("dnp3_udp", Protocol.DNP3), Map.entry("s7comm", Protocol.S7COMM),
            Map.entry("s7comm_plus", Protocol.S7COMM_PLUS), Map.entry("enip", Protocol.ENIP), Map.entry("cip", Protocol.ENIP),
            Map.entry("cip_io", Protocol.CIP), Map.entry("bacnet", Protocol.BACNET), Map.entry("opcua_binary", Protocol.OPCUA),
            Map.entry("mqtt", Protocol.MQTT), Map.entry("ssl", Protocol.TLS), Map.entry("tls", Protocol.TLS),
            Map.entry("http", Protocol.HTTP), Map.entry("ssh", Protocol.SSH), Map.entry("rdp", Protocol.RDP),
            Map.entry("smb", Protocol.SMB), Map.entry("dns", Protocol.DNS), Map.entry("ntp", Protocol.NTP),
            Map.entry("spicy_profinet_io_cm", Protocol.PROFINET), Map.entry("profinet_io_cm", Protocol.PROFINET),
            Map.entry("profinet", Protocol.PROFINET), Map.entry("iec104", Protocol.IEC104),
            Map.entry("iec60870_5_104", Protocol.IEC104), Map.entry("synchrophasor", Protocol.C37_118),
            Map.entry("c37118", Protocol.C37_118), Map.entry("vnc", Protocol.VNC), Map.entry("mms", Protocol.MMS),
            Map.entry("goose", Protocol.GOOSE), Map.entry("teamviewer", Protocol.TEAMVIEWER));

    private final ProtocolCatalog catalog = ProtocolCatalog.STANDARD;
    private final Map<String, ZeekRecord> connections = new LinkedHashMap<>();
    private final Map<String, long[]> operations = new HashMap<>();
    /** DNP3 control requests from dnp3_control.log, per connection (see {@link #operations(String)}). */
    private final Map<String, long[]> controls = new HashMap<>();
    private final Map<String, ZeekRecord> protocolRecords = new LinkedHashMap<>();
    private final Map<String, Protocol> protocols = new HashMap<>();
    private final Map<String, long[]> packetsByFile = new LinkedHashMap<>();
    private final List<InputSummary> inputs = new ArrayList<>();

    /** Adds one record read from {@code file}. */
    public void add(String file, ZeekRecord record) {
        if (record.path().equals("conn")) {
            String uid = key(record);
            connections.put(uid, record);
            long[] totals = packetsByFile.computeIfAbsent(file, k -> new long[1]);
            totals[0] += number(record.get("orig_pkts")) + number(record.get("resp_pkts"));
            return;
        }
        Protocol protocol = ZeekOperations.protocolOf(record.path());
        if (protocol == null && record.path().equals("dnp3_control")) {
            protocol = Protocol.DNP3;
        }
        if (protocol == null) {
            return;
        }
        String uid = key(record);
        protocolRecords.putIfAbsent(uid, record);
        protocols.putIfAbsent(uid, protocol);
        ZeekOperations.Kind kind = ZeekOperations.of(record);
        if (kind != null) {
            operations.computeIfAbsent(uid, k -> new long[4])[kind.ordinal()]++;
        } else if (record.path().equals("dnp3_control") && record.is("is_orig", "T")
                && ZeekOperations.isDnp3Command(record.get("function_code"))) {
            controls.computeIfAbsent(uid, k -> new long[1])[0]++;
        }
    }

    /** Records that one log file was read. */
    public void addInput(String file, long bytes, long damagedRecords, List<InputSummary.Damage> damage) {
        long[] packets = packetsByFile.getOrDefault(file, new long[1]);
        inputs.add(new InputSummary(file, "zeek", packets[0], bytes, damagedRecords, damage));
    }

    /** The connection's uid, or its endpoints when the log has no uid (as after zeek-cut). */
    private static String key(ZeekRecord r) {
        String uid = r.get("uid");
        return uid != null ? uid : r.get("id.orig_h") + "|" + r.get("id.orig_p") + "|" + r.get("id.resp_h") + "|"
                + r.get("id.resp_p");
    }

    public Inventory inventory() {
        Map<String, Set<String>> macsByIp = new HashMap<>();
        List<Flow> flows = new ArrayList<>();
        connections.forEach((uid, r) -> {
            Flow flow = connectionFlow(uid, r);
            if (flow != null) {
                flows.add(flow);
                host(macsByIp, flow.src(), r.get("orig_l2_addr"));
                host(macsByIp, flow.dst(), r.get("resp_l2_addr"));
            }
        });
        protocolRecords.forEach((uid, r) -> {
            if (!connections.containsKey(uid)) {
                Flow flow = protocolFlow(uid, r);
                if (flow != null) {
                    flows.add(flow);
                    host(macsByIp, flow.src(), null);
                    host(macsByIp, flow.dst(), null);
                }
            }
        });
        return Inventory.of(inputs, macsByIp, Set.of(), Set.of(), flows);
    }

    private Flow connectionFlow(String uid, ZeekRecord r) {
        String src = Addresses.canonicalIp(r.get("id.orig_h"));
        String dst = Addresses.canonicalIp(r.get("id.resp_h"));
        if (src == null || dst == null) {
            return null;
        }
        Transport transport = transport(r.get("proto"));
        boolean ports = transport == Transport.TCP || transport == Transport.UDP;
        int serverPort = (int) number(r.get("id.resp_p"));
        Protocol protocol = service(r.get("service"));
        boolean byPayload = protocol != null;
        if (protocol == null) {
            protocol = protocols.get(uid);
            byPayload = protocol != null;
        }
        if (protocol == null && ports) {
            protocol = catalog.byPort(transport == Transport.TCP, serverPort);
        }
        if (protocol == null) {
            protocol = Protocol.OTHER;
        }
        long first = nanos(r.get("ts"));
        long duration = nanos(r.get("duration"));
        long resp = number(r.get("resp_pkts"));
        return new Flow(src, dst, transport, ports ? serverPort : null, protocol, byPayload,
                number(r.get("orig_pkts")) + resp, number(r.get("orig_ip_bytes")) + number(r.get("resp_ip_bytes")), resp,
                first, first == 0 ? 0 : first + duration, operations(uid),
                ports ? PortSet.of((int) number(r.get("id.orig_p"))) : PortSet.EMPTY);
    }

    private Flow protocolFlow(String uid, ZeekRecord r) {
        String src = Addresses.canonicalIp(r.get("id.orig_h"));
        String dst = Addresses.canonicalIp(r.get("id.resp_h"));
        if (src == null || dst == null) {
            return null;
        }
        Protocol protocol = protocols.get(uid);
        Transport transport = r.get("proto") != null ? transport(r.get("proto"))
                : protocol == Protocol.BACNET || protocol == Protocol.CIP || protocol == Protocol.PROFINET ? Transport.UDP
                : Transport.TCP;
        long first = nanos(r.get("ts"));
        return new Flow(src, dst, transport, (int) number(r.get("id.resp_p")), protocol, true, 0, 0, 0, first, first,
                operations(uid), PortSet.of((int) number(r.get("id.orig_p"))));
    }

    /**
     * The connection's operations. For DNP3, dnp3.log keeps one line per request and response pair
     * and loses requests that follow each other before an answer, while the ICSNPP dnp3_control.log
     * has a line per control request (per object); the larger count of commands is taken.
     */
    private Operations operations(String uid) {
        long[] counts = operations.get(uid);
        long[] control = controls.get(uid);
        if (counts == null && control == null) {
            return Operations.NONE;
        }
        long[] c = counts == null ? new long[4] : counts;
        long commands = Math.max(c[3], control == null ? 0 : control[0]);
        return new Operations(c[0], c[1], c[2], commands);
    }

    private static void host(Map<String, Set<String>> macsByIp, String ip, String mac) {
        if (Addresses.isGroupAddress(ip)) {
            return;
        }
        Set<String> macs = macsByIp.computeIfAbsent(ip, k -> new TreeSet<>());
        String normal = mac == null ? null : mac.toLowerCase(Locale.ROOT).replace('-', ':');
        if (normal != null && Addresses.isMac(normal)) {
            macs.add(normal);
        }
    }

    static Protocol service(String services) {
        if (services == null) {
            return null;
        }
        for (String service : services.split(",")) {
            Protocol p = SERVICES.get(service.trim().toLowerCase(Locale.ROOT));
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private static Transport transport(String proto) {
        if (proto == null) {
            return Transport.IP;
        }
        return switch (proto.toLowerCase(Locale.ROOT)) {
            case "tcp" -> Transport.TCP;
            case "udp" -> Transport.UDP;
            case "icmp" -> Transport.ICMP;
            default -> Transport.IP;
        };
    }

    static long number(String text) {
        if (text == null) {
            return 0;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Seconds with a fraction ({@code 1585857382.123456}) or an ISO instant, in nanoseconds; 0 when masked or absent. */
    static long nanos(String text) {
        if (text == null) {
            return 0;
        }
        try {
            if (text.indexOf('T') > 0) {
                Instant instant = Instant.parse(text);
                return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
            }
            return new BigDecimal(text).movePointRight(9).longValue();
        } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
            return 0;
        }
    }
}
