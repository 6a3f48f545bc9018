package org.otbridge.model;

/** Application protocol of a connection. */
public enum Protocol implements YamlEnum {
    MODBUS, DNP3, IEC104, S7, ENIP, OPCUA, MQTT, IEC61850, BACNET, HTTPS, HTTP, RDP, SSH, VNC, SMB, SQL, VPN, TEAMVIEWER, OTHER
}
