package org.otbridge.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Application protocol of a connection. The values cover both what a model declares and what
 * traffic shows ({@code otbridge discover}), so declared and observed flows compare like with like.
 * Some declared values are families: {@code s7} covers S7comm and S7comm-plus, {@code iec61850}
 * covers MMS and GOOSE, {@code enip} and {@code cip} cover each other, {@code https} covers TLS.
 * Remote-support tools (TeamViewer, AnyDesk, ScreenConnect, ...) are named one by one, because
 * incident reports name them and each tunnels through its vendor's cloud in its own way.
 */
public enum Protocol implements YamlEnum {
    MODBUS, DNP3, IEC104, S7, S7COMM, S7COMM_PLUS, ENIP, CIP, OPCUA, MQTT, IEC61850, MMS, GOOSE, PROFINET,
    BACNET, C37_118("c37.118"), HTTPS, HTTP, TLS, RDP, SSH, VNC, SMB, SQL, DNS, NTP, SNMP, TELNET, SIP, VPN, TEAMVIEWER,
    ANYDESK, SCREENCONNECT, SPLASHTOP, LOGMEIN, RADMIN, DAMEWARE, RUSTDESK, NETSUPPORT, BEYONDTRUST, OTHER;

    private static final Set<Protocol> INDUSTRIAL = EnumSet.of(MODBUS, DNP3, IEC104, S7, S7COMM, S7COMM_PLUS, ENIP,
            CIP, IEC61850, MMS, GOOSE, PROFINET, C37_118, BACNET, OPCUA);
    private static final Set<Protocol> REMOTE_SUPPORT = EnumSet.of(TEAMVIEWER, ANYDESK, SCREENCONNECT, SPLASHTOP,
            LOGMEIN, RADMIN, DAMEWARE, RUSTDESK, NETSUPPORT, BEYONDTRUST);

    private final String text;

    Protocol() {
        this.text = null;
    }

    Protocol(String text) {
        this.text = text;
    }

    @Override
    public String yamlName() {
        return text != null ? text : YamlEnum.super.yamlName();
    }

    /**
     * True when a connection declared with this protocol accounts for traffic observed as
     * {@code observed}: the same protocol, or a member of the family this value names.
     */
    public boolean covers(Protocol observed) {
        return this == observed || family().contains(observed);
    }

    private Set<Protocol> family() {
        return switch (this) {
            case S7 -> EnumSet.of(S7COMM, S7COMM_PLUS);
            case S7COMM -> EnumSet.of(S7);
            case IEC61850 -> EnumSet.of(MMS, GOOSE);
            case ENIP -> EnumSet.of(CIP);
            case CIP -> EnumSet.of(ENIP);
            case HTTPS -> EnumSet.of(TLS);
            case TLS -> EnumSet.of(HTTPS);
            default -> EnumSet.noneOf(Protocol.class);
        };
    }

    /** Remote-support software: a tool that gives a remote party the host's screen through its own tunnel. */
    public boolean isRemoteSupport() {
        return REMOTE_SUPPORT.contains(this);
    }

    /** Every remote-support tool the model names. */
    public static Set<Protocol> remoteSupportTools() {
        return EnumSet.copyOf(REMOTE_SUPPORT);
    }

    /** What kind of traffic this protocol is; null for {@code other}. */
    public ProtocolCategory category() {
        if (INDUSTRIAL.contains(this)) {
            return ProtocolCategory.INDUSTRIAL;
        }
        if (REMOTE_SUPPORT.contains(this)) {
            return ProtocolCategory.REMOTE_SUPPORT;
        }
        return switch (this) {
            case RDP, VNC -> ProtocolCategory.REMOTE_DESKTOP;
            case SSH, TELNET -> ProtocolCategory.REMOTE_SHELL;
            case VPN -> ProtocolCategory.VPN;
            case HTTP, HTTPS, TLS -> ProtocolCategory.WEB;
            case SMB -> ProtocolCategory.FILE_TRANSFER;
            case SQL -> ProtocolCategory.DATABASE;
            case SNMP -> ProtocolCategory.MANAGEMENT;
            case SIP -> ProtocolCategory.TELEPHONY;
            case MQTT -> ProtocolCategory.MESSAGING;
            case DNS, NTP -> ProtocolCategory.INFRASTRUCTURE;
            default -> null;
        };
    }
}
