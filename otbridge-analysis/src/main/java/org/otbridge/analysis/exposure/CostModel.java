package org.otbridge.analysis.exposure;

import java.util.EnumSet;
import java.util.Set;
import org.otbridge.model.AssetType;
import org.otbridge.model.AuthMethod;
import org.otbridge.model.Connection;
import org.otbridge.model.Protocol;

/**
 * What one attack step costs, in rough units of attacker effort; a path's cost is the sum of its
 * steps. The numbers rank paths against each other, they do not predict time. See
 * docs/exposure.md for the reasoning.
 *
 * <ul>
 *   <li>Over a connection: authentication none 0, password 1, certificate 2, MFA 3 (unknown: 0
 *       for an industrial protocol, which has none by design, else 1); +0.5 when encrypted;
 *       +0.5 for data protocols that need an exploit rather than giving a session; +1 for a
 *       connection from outside that is not always on (someone must open it).</li>
 *   <li>An unauthenticated industrial protocol to a controller costs nothing at all: whoever can
 *       send it can command the controller.</li>
 *   <li>Inside a flat zone: reaching another host costs 1 (exploit or reused credentials),
 *       reaching a controller costs 0. Joining a flat zone or another zone of a multi-homed
 *       host costs 0. Jump hosts and remote-access gateways are reached only over their
 *       declared connections, never sideways from their zone.</li>
 * </ul>
 */
public final class CostModel {

    private CostModel() {
    }

    public static final double ENCRYPTED = 0.5;
    public static final double NEEDS_EXPLOIT = 0.5;
    public static final double ON_DEMAND = 1.0;
    public static final double LATERAL_TO_HOST = 1.0;
    public static final double LATERAL_TO_CONTROLLER = 0.0;

    public static final Set<AssetType> CONTROLLERS = EnumSet.of(AssetType.PLC, AssetType.RTU, AssetType.IED,
            AssetType.SIS);
    public static final Set<Protocol> INDUSTRIAL = EnumSet.of(Protocol.MODBUS, Protocol.DNP3, Protocol.IEC104,
            Protocol.S7, Protocol.S7COMM, Protocol.S7COMM_PLUS, Protocol.ENIP, Protocol.CIP, Protocol.IEC61850,
            Protocol.MMS, Protocol.GOOSE, Protocol.PROFINET, Protocol.C37_118, Protocol.BACNET, Protocol.OPCUA);
    public static final Set<Protocol> REMOTE_SESSION = EnumSet.of(Protocol.RDP, Protocol.VNC, Protocol.SSH,
            Protocol.TEAMVIEWER, Protocol.VPN);
    /** Accept sessions only over their declared conduits, so they are not reached sideways in their zone. */
    public static final Set<AssetType> BROKERS = EnumSet.of(AssetType.JUMP_HOST, AssetType.REMOTE_ACCESS_GATEWAY);
    /** Filter the traffic but give no foothold: never a step of a path. */
    public static final Set<AssetType> FILTERS = EnumSet.of(AssetType.FIREWALL, AssetType.DATA_DIODE,
            AssetType.ROUTER, AssetType.SWITCH);

    static double authentication(Connection connection) {
        AuthMethod auth = connection.auth();
        if (auth == null) {
            return connection.protocol() != null && INDUSTRIAL.contains(connection.protocol()) ? 0.0 : 1.0;
        }
        return switch (auth) {
            case NONE -> 0.0;
            case PASSWORD -> 1.0;
            case CERTIFICATE -> 2.0;
            case MFA -> 3.0;
        };
    }

    /**
     * The cost of one hop over {@code connection} onto a node of type {@code targetType} (null
     * for a zone, supplier or special endpoint); {@code fromOutside} when the hop starts outside
     * the organisation (supplier, internet).
     */
    public static double hop(Connection connection, AssetType targetType, boolean fromOutside) {
        Protocol protocol = connection.protocol();
        boolean industrial = protocol != null && INDUSTRIAL.contains(protocol);
        double auth = authentication(connection);
        if (industrial && auth == 0.0 && targetType != null && CONTROLLERS.contains(targetType)) {
            return 0.0;
        }
        double cost = auth;
        if (Boolean.TRUE.equals(connection.encrypted())) {
            cost += ENCRYPTED;
        }
        if (!industrial && (protocol == null || !REMOTE_SESSION.contains(protocol))) {
            cost += NEEDS_EXPLOIT;
        }
        if (fromOutside && !connection.alwaysOn()) {
            cost += ON_DEMAND;
        }
        return cost;
    }

    public static double lateral(AssetType targetType) {
        return CONTROLLERS.contains(targetType) ? LATERAL_TO_CONTROLLER : LATERAL_TO_HOST;
    }
}
