package org.otbridge.analysis.exposure;

import java.util.ArrayList;
import java.util.List;
import org.otbridge.model.AssetType;
import org.otbridge.model.AuthMethod;
import org.otbridge.model.Connection;
import org.otbridge.model.Protocol;
import org.otbridge.model.RefKind;

/**
 * The ATT&CK for ICS techniques a step stands for. Ids only; names come from the bundled
 * STIX data (a test checks every id used here exists there and is current).
 */
public final class Techniques {

    private Techniques() {
    }

    public static final String INTERNET_ACCESSIBLE_DEVICE = "T0883";
    public static final String EXTERNAL_REMOTE_SERVICES = "T0822";
    public static final String REMOVABLE_MEDIA = "T0847";
    public static final String REMOTE_SERVICES = "T0886";
    public static final String VALID_ACCOUNTS = "T0859";
    public static final String EXPLOITATION_OF_REMOTE_SERVICES = "T0866";
    public static final String UNAUTHORIZED_COMMAND_MESSAGE = "T0855";
    public static final String PROGRAM_DOWNLOAD = "T0843";

    /** Every id this class can return, for the catalog test. */
    public static final List<String> ALL = List.of(INTERNET_ACCESSIBLE_DEVICE, EXTERNAL_REMOTE_SERVICES,
            REMOVABLE_MEDIA, REMOTE_SERVICES, VALID_ACCOUNTS, EXPLOITATION_OF_REMOTE_SERVICES,
            UNAUTHORIZED_COMMAND_MESSAGE, PROGRAM_DOWNLOAD);

    /** Techniques for one hop over a connection, most telling first. */
    static List<String> forHop(Connection connection, RefKind sourceKind, AssetType sourceType, AssetType targetType) {
        List<String> techniques = new ArrayList<>(2);
        Protocol protocol = connection.protocol();
        boolean toController = targetType != null && CostModel.CONTROLLERS.contains(targetType);
        boolean industrial = CostModel.industrial(connection);
        if (sourceKind == RefKind.INTERNET) {
            techniques.add(INTERNET_ACCESSIBLE_DEVICE);
        } else if (sourceKind == RefKind.REMOVABLE_MEDIA) {
            techniques.add(REMOVABLE_MEDIA);
        } else if (sourceKind == RefKind.SUPPLIER) {
            techniques.add(EXTERNAL_REMOTE_SERVICES);
        }
        if (toController && industrial) {
            techniques.add(sourceType == AssetType.ENGINEERING_WORKSTATION ? PROGRAM_DOWNLOAD : UNAUTHORIZED_COMMAND_MESSAGE);
        } else if (CostModel.remoteSession(connection) || protocol == Protocol.SMB) {
            if (!techniques.contains(EXTERNAL_REMOTE_SERVICES)) {
                techniques.add(REMOTE_SERVICES);
            }
        } else if (techniques.isEmpty()) {
            techniques.add(EXPLOITATION_OF_REMOTE_SERVICES);
        }
        if (connection.auth() == AuthMethod.PASSWORD) {
            techniques.add(VALID_ACCOUNTS);
        }
        return techniques;
    }

    /** Techniques for moving to another asset inside a flat zone. */
    static List<String> forLateral(AssetType targetType) {
        return CostModel.CONTROLLERS.contains(targetType) ? List.of(UNAUTHORIZED_COMMAND_MESSAGE)
                : List.of(EXPLOITATION_OF_REMOTE_SERVICES);
    }

    /** An internet-exposed asset is reached straight from the internet. */
    static List<String> forInternetExposure() {
        return List.of(INTERNET_ACCESSIBLE_DEVICE);
    }
}
