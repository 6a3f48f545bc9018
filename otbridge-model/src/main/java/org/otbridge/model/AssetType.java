package org.otbridge.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an asset is. Beside the hosts and controllers, the devices that carry the plant are types of
 * their own: power (UPS, PDU), gateways that translate serial or industrial protocols, protection
 * relays, and telephony (exchanges, SIP trunks, call centres), because an attacker who makes them
 * fail stops what needs them.
 */
public enum AssetType implements YamlEnum {
    PLC, RTU, IED, SIS, HMI, SCADA_SERVER, HISTORIAN, ENGINEERING_WORKSTATION, JUMP_HOST, REMOTE_ACCESS_GATEWAY, FIREWALL,
    DATA_DIODE, ROUTER, SWITCH, WIRELESS_AP, DOMAIN_CONTROLLER, SERVER, WORKSTATION, ERP, CLOUD_SERVICE, TELECOM_LINK,
    POWER_SUPPLY, UPS, PDU, PROTECTION_RELAY, SERIAL_GATEWAY, PROTOCOL_GATEWAY, PBX, SIP_TRUNK, CALL_CENTER, OTHER;

    private static final Set<AssetType> CONTROLLERS = EnumSet.of(PLC, RTU, IED, SIS, PROTECTION_RELAY);
    private static final Set<AssetType> POWER = EnumSet.of(POWER_SUPPLY, UPS, PDU);
    private static final Set<AssetType> TELEPHONY = EnumSet.of(PBX, SIP_TRUNK, CALL_CENTER);
    private static final Set<AssetType> GATEWAYS = EnumSet.of(SERIAL_GATEWAY, PROTOCOL_GATEWAY);

    /** Devices that move the process: PLCs, RTUs, IEDs, safety systems and protection relays. */
    public boolean isController() {
        return CONTROLLERS.contains(this);
    }

    /** Power for other assets: a power supply (batteries, generator, feed), a UPS or a PDU. */
    public boolean isPower() {
        return POWER.contains(this);
    }

    /** Telephony: an exchange, a SIP trunk or a call centre. */
    public boolean isTelephony() {
        return TELEPHONY.contains(this);
    }

    /** Serial-to-Ethernet and protocol gateways: whoever holds one commands what is behind it. */
    public boolean isGateway() {
        return GATEWAYS.contains(this);
    }

    /** Every controller type, for rule texts and groupings. */
    public static Set<AssetType> controllers() {
        return EnumSet.copyOf(CONTROLLERS);
    }

    /** Every power type. */
    public static Set<AssetType> power() {
        return EnumSet.copyOf(POWER);
    }
}
