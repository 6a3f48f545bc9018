package org.otbridge.observe.zeek;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.otbridge.model.Protocol;
import org.otbridge.observe.inventory.Addresses;
import org.otbridge.observe.inventory.Flow;
import org.otbridge.observe.inventory.Operations;
import org.otbridge.observe.inventory.PortSet;
import org.otbridge.observe.inventory.Transport;
import org.otbridge.observe.protocol.ProtocolCatalog;

/**
 * What the logs say about one connection (one {@code uid}): its conn.log record, and what its
 * protocol logs add (the protocol, the requests). Made from one log record with {@link #of} and
 * added up with {@link #plus}, which is associative and commutative, so the records of a
 * connection may be folded in any grouping and order: one after the other in {@link ZeekInventory},
 * or spread over the machines of a cluster. {@link #flow} is then the connection's flow.
 *
 * @param conn   the conn.log record, or null when no conn.log names the connection
 * @param logged what the protocol logs say, or null when none does
 */
public record ZeekConnection(Conn conn, Logged logged) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The facts of a conn.log record that the flow is made of; addresses canonical, null when not addresses. */
    public record Conn(String src, String dst, Transport transport, int origPort, int respPort, Protocol service,
            long start, long duration, long origPackets, long respPackets, long origIpBytes, long respIpBytes,
            String origMac, String respMac) implements Serializable {

        private static final long serialVersionUID = 1L;

        /**
         * The record kept when a connection is logged twice (a log read twice, overlapping log
         * sets): the one with more traffic, and among equals a fixed choice, so that the order in
         * which records arrive never matters.
         */
        static final Comparator<Conn> PREFERENCE = Comparator.comparingLong((Conn c) -> c.origPackets + c.respPackets)
                .thenComparingLong(c -> c.origIpBytes + c.respIpBytes)
                .thenComparingLong(Conn::duration)
                .thenComparingLong(Conn::start)
                .thenComparingLong(Conn::origPackets)
                .thenComparingLong(Conn::origIpBytes)
                .thenComparing(Conn::src, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Conn::dst, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Conn::transport)
                .thenComparingInt(Conn::origPort)
                .thenComparingInt(Conn::respPort)
                .thenComparing(Conn::service, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Conn::origMac, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Conn::respMac, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    /**
     * What the protocol logs say about a connection. The endpoints come from one record, the first
     * in log name order (then time, then endpoints): {@code cip} before {@code enip}, {@code modbus}
     * before {@code modbus_detailed}; its log also names the protocol.
     *
     * @param path     the log of that record
     * @param first    earliest time of any record, nanoseconds since 1970 (0 when none has one)
     * @param last     latest time of any record
     * @param controls DNP3 control requests from dnp3_control.log (see {@link #operations})
     */
    public record Logged(String path, long time, String src, String dst, int origPort, int respPort, String proto,
            long first, long last, long read, long write, long program, long command, long controls)
            implements Serializable {

        private static final long serialVersionUID = 1L;

        private static final Comparator<Logged> FIRST = Comparator.comparing(Logged::path)
                .thenComparingLong(Logged::time)
                .thenComparing(Logged::src, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Logged::dst, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(Logged::origPort)
                .thenComparingInt(Logged::respPort)
                .thenComparing(Logged::proto, Comparator.nullsLast(Comparator.naturalOrder()));

        Logged plus(Logged other) {
            Logged kept = FIRST.compare(this, other) <= 0 ? this : other;
            return new Logged(kept.path, kept.time, kept.src, kept.dst, kept.origPort, kept.respPort, kept.proto,
                    earliest(first, other.first), Math.max(last, other.last), read + other.read, write + other.write,
                    program + other.program, command + other.command, controls + other.controls);
        }

        Protocol protocol() {
            return protocolOfLog(path);
        }
    }

    private static final ProtocolCatalog CATALOG = ProtocolCatalog.STANDARD;

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

    /** The connection a record belongs to: its uid, or its endpoints when the log has no uid (as after zeek-cut). */
    public static String key(ZeekRecord r) {
        String uid = r.get("uid");
        return uid != null ? uid : r.get("id.orig_h") + "|" + r.get("id.orig_p") + "|" + r.get("id.resp_h") + "|"
                + r.get("id.resp_p");
    }

    /** What one record says about its connection, or null when its log says nothing the inventory keeps. */
    public static ZeekConnection of(ZeekRecord r) {
        if (r.path().equals("conn")) {
            return new ZeekConnection(new Conn(Addresses.canonicalIp(r.get("id.orig_h")),
                    Addresses.canonicalIp(r.get("id.resp_h")), transport(r.get("proto")), (int) number(r.get("id.orig_p")),
                    (int) number(r.get("id.resp_p")), service(r.get("service")), nanos(r.get("ts")),
                    nanos(r.get("duration")), number(r.get("orig_pkts")), number(r.get("resp_pkts")),
                    number(r.get("orig_ip_bytes")), number(r.get("resp_ip_bytes")), mac(r.get("orig_l2_addr")),
                    mac(r.get("resp_l2_addr"))), null);
        }
        if (protocolOfLog(r.path()) == null) {
            return null;
        }
        long[] counts = new long[5];
        ZeekOperations.Kind kind = ZeekOperations.of(r);
        if (kind != null) {
            counts[kind.ordinal()]++;
        } else if (r.path().equals("dnp3_control") && r.is("is_orig", "T")
                && ZeekOperations.isDnp3Command(r.get("function_code"))) {
            counts[4]++;
        }
        long time = nanos(r.get("ts"));
        return new ZeekConnection(null, new Logged(r.path(), time, Addresses.canonicalIp(r.get("id.orig_h")),
                Addresses.canonicalIp(r.get("id.resp_h")), (int) number(r.get("id.orig_p")),
                (int) number(r.get("id.resp_p")), r.get("proto"), time, time, counts[0], counts[1], counts[2], counts[3],
                counts[4]));
    }

    /** Packets a record adds to its log file's count: those of a conn.log connection, else none. */
    public static long packets(ZeekRecord r) {
        return r.path().equals("conn") ? number(r.get("orig_pkts")) + number(r.get("resp_pkts")) : 0;
    }

    /** Both facts about one connection, added up. */
    public ZeekConnection plus(ZeekConnection other) {
        Conn c = conn == null ? other.conn : other.conn == null ? conn
                : Conn.PREFERENCE.compare(conn, other.conn) >= 0 ? conn : other.conn;
        Logged l = logged == null ? other.logged : other.logged == null ? logged : logged.plus(other.logged);
        return new ZeekConnection(c, l);
    }

    /**
     * The connection's flow: from conn.log when it names the connection (the protocol from its
     * service, else from the protocol logs, else from the server port), otherwise from the protocol
     * logs alone (without packet counts). Null when the endpoints are no IP addresses.
     */
    public Flow flow() {
        return conn != null ? connectionFlow() : protocolFlow();
    }

    /** The hosts the flow names, each with the MAC address it sent from (if logged); no group addresses. */
    public Map<String, Set<String>> hosts() {
        Flow flow = flow();
        Map<String, Set<String>> hosts = new TreeMap<>();
        if (flow != null) {
            host(hosts, flow.src(), conn == null ? null : conn.origMac);
            host(hosts, flow.dst(), conn == null ? null : conn.respMac);
        }
        return hosts;
    }

    private static void host(Map<String, Set<String>> hosts, String ip, String mac) {
        if (Addresses.isGroupAddress(ip)) {
            return;
        }
        Set<String> macs = hosts.computeIfAbsent(ip, k -> new TreeSet<>());
        if (mac != null) {
            macs.add(mac);
        }
    }

    private Flow connectionFlow() {
        if (conn.src == null || conn.dst == null) {
            return null;
        }
        boolean ports = conn.transport == Transport.TCP || conn.transport == Transport.UDP;
        Protocol protocol = conn.service;
        if (protocol == null && logged != null) {
            protocol = logged.protocol();
        }
        boolean byPayload = protocol != null;
        if (protocol == null && ports) {
            protocol = CATALOG.byPort(conn.transport == Transport.TCP, conn.respPort);
        }
        if (protocol == null) {
            protocol = Protocol.OTHER;
        }
        long first = conn.start;
        return new Flow(conn.src, conn.dst, conn.transport, ports ? conn.respPort : null, protocol, byPayload,
                conn.origPackets + conn.respPackets, conn.origIpBytes + conn.respIpBytes, conn.respPackets, first,
                first == 0 ? 0 : first + conn.duration, operations(), ports ? PortSet.of(conn.origPort) : PortSet.EMPTY);
    }

    private Flow protocolFlow() {
        if (logged.src == null || logged.dst == null) {
            return null;
        }
        Protocol protocol = logged.protocol();
        Transport transport = logged.proto != null ? transport(logged.proto)
                : protocol == Protocol.BACNET || protocol == Protocol.CIP || protocol == Protocol.PROFINET ? Transport.UDP
                : Transport.TCP;
        return new Flow(logged.src, logged.dst, transport, logged.respPort, protocol, true, 0, 0, 0, logged.first,
                logged.last, operations(), PortSet.of(logged.origPort));
    }

    /**
     * The connection's operations. For DNP3, dnp3.log keeps one line per request and response pair
     * and loses requests that follow each other before an answer, while the ICSNPP dnp3_control.log
     * has a line per control request (per object); the larger count of commands is taken.
     */
    private Operations operations() {
        if (logged == null) {
            return Operations.NONE;
        }
        return new Operations(logged.read, logged.write, logged.program, Math.max(logged.command, logged.controls));
    }

    /** The protocol a log describes, or null for logs that carry no flows of their own. */
    static Protocol protocolOfLog(String path) {
        Protocol protocol = ZeekOperations.protocolOf(path);
        return protocol == null && path.equals("dnp3_control") ? Protocol.DNP3 : protocol;
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

    private static String mac(String text) {
        String normal = text == null ? null : text.toLowerCase(Locale.ROOT).replace('-', ':');
        return normal != null && Addresses.isMac(normal) ? normal : null;
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

    private static long earliest(long a, long b) {
        return a == 0 ? b : b == 0 ? a : Math.min(a, b);
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
