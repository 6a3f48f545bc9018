package org.otbridge.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Application protocol of a connection. The values cover both what a model declares and what
 * traffic shows ({@code otbridge discover}), so declared and observed flows compare like with like.
 * Some declared values are families: {@code s7} covers S7comm and S7comm-plus, {@code iec61850}
 * covers MMS and GOOSE, {@code enip} and {@code cip} cover each other, {@code https} covers TLS.
 */
public enum Protocol implements YamlEnum {
    MODBUS, DNP3, IEC104, S7, S7COMM, S7COMM_PLUS, ENIP, CIP, OPCUA, MQTT, IEC61850, MMS, GOOSE, PROFINET,
    BACNET, C37_118("c37.118"), HTTPS, HTTP, TLS, RDP, SSH, VNC, SMB, SQL, DNS, NTP, VPN, TEAMVIEWER, OTHER;

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
}
