package org.otbridge.analysis.exposure;

import java.util.EnumSet;
import java.util.Set;
import org.otbridge.model.AssetType;
import org.otbridge.model.AuthMethod;
import org.otbridge.model.Connection;
import org.otbridge.model.Management;
import org.otbridge.model.Protocol;
import org.otbridge.model.ProtocolCategory;

/**
 * What one attack step costs, in rough units of attacker effort; a path's cost is the sum of its
 * steps. The numbers rank paths against each other, they do not predict time. See
 * docs/exposure.md for the reasoning.
 *
 * <ul>
 *   <li>Over a connection: authentication none 0, password 1, certificate 2, MFA 3 (unknown: 0
 *       for an industrial protocol, which has none by design, else 1); +0.5 when encrypted;
 *       +0.5 for data protocols that need an exploit rather than giving a session (remote desktop,
 *       remote-support tools, shells and VPN give one, named or as {@code protocol_category}); +1 for a
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

    /** Controllers: PLCs, RTUs, IEDs, safety systems and protection relays. */
    public static final Set<AssetType> CONTROLLERS = AssetType.controllers();
    public static final Set<Protocol> INDUSTRIAL = EnumSet.copyOf(
            EnumSet.allOf(Protocol.class).stream().filter(p -> p.category() == ProtocolCategory.INDUSTRIAL).toList());
    /** Protocols that give an interactive session: remote desktop, remote-support tools, shells, VPN. */
    public static final Set<ProtocolCategory> SESSION_CATEGORIES = EnumSet.of(ProtocolCategory.REMOTE_DESKTOP,
            ProtocolCategory.REMOTE_SUPPORT, ProtocolCategory.REMOTE_SHELL, ProtocolCategory.VPN);
    public static final Set<Protocol> REMOTE_SESSION = EnumSet.copyOf(
            EnumSet.allOf(Protocol.class).stream().filter(p -> SESSION_CATEGORIES.contains(p.category())).toList());
    /** Accept sessions only over their declared conduits, so they are not reached sideways in their zone. */
    public static final Set<AssetType> BROKERS = EnumSet.of(AssetType.JUMP_HOST, AssetType.REMOTE_ACCESS_GATEWAY);
    /** Filter the traffic but give no foothold: never a step of a path. */
    public static final Set<AssetType> FILTERS = EnumSet.of(AssetType.FIREWALL, AssetType.DATA_DIODE,
            AssetType.ROUTER, AssetType.SWITCH);

    /**
     * The connection carries an industrial protocol: one named, or {@code other} declared as
     * industrial with {@code protocol_category}.
     */
    public static boolean industrial(Connection connection) {
        return connection.category() == ProtocolCategory.INDUSTRIAL;
    }

    /** The connection gives an interactive session, by its named protocol or its declared category. */
    public static boolean remoteSession(Connection connection) {
        return connection.category() != null && SESSION_CATEGORIES.contains(connection.category());
    }

    static double authentication(Connection connection) {
        AuthMethod auth = connection.auth();
        if (auth == null) {
            return industrial(connection) ? 0.0 : 1.0;
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
        boolean industrial = industrial(connection);
        double auth = authentication(connection);
        if (industrial && auth == 0.0 && targetType != null && CONTROLLERS.contains(targetType)) {
            return 0.0;
        }
        double cost = auth;
        if (Boolean.TRUE.equals(connection.encrypted())) {
            cost += ENCRYPTED;
        }
        if (!industrial && !remoteSession(connection)) {
            cost += NEEDS_EXPLOIT;
        }
        if (fromOutside && !connection.alwaysOn()) {
            cost += ON_DEMAND;
        }
        return cost;
    }

    /**
     * What reaching a device's management interface costs once its zone is reached: the
     * interface's authentication, as over a connection (not stated: 1). The interface gives no
     * way through the device, only the device itself: it is never a step of a path.
     */
    public static double management(Management management) {
        AuthMethod auth = management.auth();
        if (auth == null) {
            return 1.0;
        }
        return switch (auth) {
            case NONE -> 0.0;
            case PASSWORD -> 1.0;
            case CERTIFICATE -> 2.0;
            case MFA -> 3.0;
        };
    }

    public static double lateral(AssetType targetType) {
        return CONTROLLERS.contains(targetType) ? LATERAL_TO_CONTROLLER : LATERAL_TO_HOST;
    }
}
