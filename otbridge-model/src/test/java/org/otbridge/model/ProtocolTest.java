package org.otbridge.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProtocolTest {

    @Test
    void everyObservedProtocolNameIsAModelValue() {
        // The protocol names of the observed inventory (otbridge discover) must all be declarable.
        for (String name : new String[] {"modbus", "dnp3", "iec104", "s7comm", "s7comm-plus", "enip", "cip", "bacnet",
                "opcua", "mqtt", "mms", "goose", "profinet", "c37.118", "http", "tls", "ssh", "rdp", "smb", "dns", "ntp",
                "vnc", "teamviewer", "other"}) {
            assertThat(YamlEnum.parse(Protocol.class, name)).as(name).isPresent();
        }
    }

    @Test
    void earlierValuesStayValid() {
        for (String name : new String[] {"modbus", "dnp3", "iec104", "s7", "enip", "opcua", "mqtt", "iec61850", "bacnet",
                "https", "http", "rdp", "ssh", "vnc", "smb", "sql", "vpn", "teamviewer", "other"}) {
            assertThat(YamlEnum.parse(Protocol.class, name)).as(name).isPresent();
        }
    }

    @Test
    void familiesCoverTheirMembersButNotStrangers() {
        assertThat(Protocol.S7.covers(Protocol.S7COMM_PLUS)).isTrue();
        assertThat(Protocol.IEC61850.covers(Protocol.GOOSE)).isTrue();
        assertThat(Protocol.HTTPS.covers(Protocol.TLS)).isTrue();
        assertThat(Protocol.HTTPS.covers(Protocol.HTTP)).as("plain HTTP is not what https declares").isFalse();
        assertThat(Protocol.MODBUS.covers(Protocol.DNP3)).isFalse();
        for (Protocol p : Protocol.values()) {
            assertThat(p.covers(p)).isTrue();
        }
    }
}
