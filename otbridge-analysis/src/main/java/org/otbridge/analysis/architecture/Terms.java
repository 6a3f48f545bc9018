package org.otbridge.analysis.architecture;

import java.util.EnumSet;
import java.util.Set;
import org.otbridge.model.AssetType;
import org.otbridge.model.Connection;
import org.otbridge.model.Domain;
import org.otbridge.model.Protocol;
import org.otbridge.model.ProtocolCategory;

/** The groupings the architecture rules share (docs/rule-reasoning.md, "Words the rules share"). */
final class Terms {

    private Terms() {
    }

    /** Devices that control the process. */
    static final Set<AssetType> CONTROLLERS = AssetType.controllers();

    /** Hosts of the office kind that should never share a flat network with controllers. */
    static final Set<AssetType> OFFICE_TYPES = EnumSet.of(AssetType.WORKSTATION, AssetType.SERVER, AssetType.ERP,
            AssetType.HISTORIAN, AssetType.DOMAIN_CONTROLLER);

    /** Intermediate systems that broker interactive remote sessions. */
    static final Set<AssetType> BROKERS = EnumSet.of(AssetType.JUMP_HOST, AssetType.REMOTE_ACCESS_GATEWAY);

    /**
     * DMZ hosts on which a flow can end so that a new, separately controlled session continues:
     * brokers, replicas, staging servers and one-way gateways (OTB-ARCH-002).
     */
    static final Set<AssetType> DMZ_TERMINATORS = EnumSet.of(AssetType.JUMP_HOST, AssetType.REMOTE_ACCESS_GATEWAY,
            AssetType.HISTORIAN, AssetType.SERVER, AssetType.DATA_DIODE);

    /** Devices that enforce a policy between zones. */
    static final Set<AssetType> FILTERS = EnumSet.of(AssetType.FIREWALL, AssetType.DATA_DIODE);

    /** Network infrastructure: sitting between zones is its job. */
    static final Set<AssetType> NETWORK_DEVICES = EnumSet.of(AssetType.FIREWALL, AssetType.DATA_DIODE,
            AssetType.ROUTER, AssetType.SWITCH);

    /** Devices that carry the plant without being hosts: network, power, gateways, telephony. */
    static boolean carriesThePlant(AssetType type) {
        return NETWORK_DEVICES.contains(type) || type.isPower() || type.isGateway() || type.isTelephony();
    }

    /** Industrial protocols that carry write, operate or program commands. */
    static final Set<Protocol> COMMAND_PROTOCOLS = EnumSet.of(Protocol.MODBUS, Protocol.DNP3, Protocol.IEC104,
            Protocol.S7, Protocol.S7COMM, Protocol.S7COMM_PLUS, Protocol.ENIP, Protocol.CIP, Protocol.IEC61850,
            Protocol.MMS, Protocol.GOOSE, Protocol.PROFINET, Protocol.OPCUA, Protocol.BACNET);

    /**
     * Interactive remote access: VPN, remote desktop, remote-support tools (TeamViewer, AnyDesk,
     * ScreenConnect, ...) and shells, named or declared by {@code protocol_category}.
     */
    static boolean isRemoteAccess(Connection connection) {
        ProtocolCategory category = connection.category();
        return category == ProtocolCategory.VPN || category == ProtocolCategory.REMOTE_DESKTOP
                || category == ProtocolCategory.REMOTE_SUPPORT || category == ProtocolCategory.REMOTE_SHELL;
    }

    /** Remote-desktop and remote-support tools that run on the target host itself. */
    static boolean isRemoteDesktop(Connection connection) {
        ProtocolCategory category = connection.category();
        return category == ProtocolCategory.REMOTE_DESKTOP || category == ProtocolCategory.REMOTE_SUPPORT;
    }

    /** Operational technology: the process control and safety domains. */
    static boolean isOt(Domain domain) {
        return domain == Domain.OT || domain == Domain.SAFETY;
    }

    /** Enterprise IT and everything outside the company. */
    static boolean isOutside(Domain domain) {
        return domain == Domain.IT || domain == Domain.EXTERNAL;
    }

    /** Domains of lower trust than OT: IT, external and the DMZ. */
    static boolean isLowerTrust(Domain domain) {
        return isOutside(domain) || domain == Domain.DMZ;
    }

    static String name(Domain domain) {
        return domain.yamlName();
    }
}
