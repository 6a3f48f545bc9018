package org.otbridge.analysis.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.otbridge.model.AssetType;
import org.otbridge.model.AuthMethod;
import org.otbridge.model.Connection;
import org.otbridge.model.Dependency;
import org.otbridge.model.Initiator;
import org.otbridge.model.Protocol;
import org.otbridge.model.ProtocolCategory;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;

/**
 * Every remote-support tool is a remote session to the cost model and to the ATT&CK mapping,
 * named or declared as {@code protocol: other} with {@code protocol_category}.
 */
class RemoteToolsCostTest {

    private static Connection connection(Protocol protocol, ProtocolCategory category) {
        return new Connection("c", "c", Ref.of(RefKind.SUPPLIER, "vendor"), Ref.of(RefKind.ASSET, "hmi"), protocol,
                List.of(), Initiator.FROM, List.of(), AuthMethod.PASSWORD, null, true, null, null, null,
                Dependency.none(null), category, null, null);
    }

    @ParameterizedTest
    @EnumSource(value = Protocol.class, names = {"TEAMVIEWER", "ANYDESK", "SCREENCONNECT", "SPLASHTOP", "LOGMEIN",
        "RADMIN", "DAMEWARE", "RUSTDESK", "NETSUPPORT", "BEYONDTRUST"})
    void everyRemoteSupportToolGivesASessionForItsPassword(Protocol tool) {
        Connection c = connection(tool, null);
        assertThat(tool.isRemoteSupport()).isTrue();
        assertThat(CostModel.hop(c, AssetType.HMI, true)).isEqualTo(1.0);
        assertThat(Techniques.forHop(c, RefKind.SUPPLIER, null, AssetType.HMI))
                .containsExactly(Techniques.EXTERNAL_REMOTE_SERVICES, Techniques.VALID_ACCOUNTS);
    }

    @Test
    void anUnnamedToolCountsByItsDeclaredCategory() {
        Connection declared = connection(Protocol.OTHER, ProtocolCategory.REMOTE_SUPPORT);
        Connection unknown = connection(Protocol.OTHER, null);
        assertThat(declared.isRemoteSupport()).isTrue();
        assertThat(CostModel.hop(declared, AssetType.HMI, true)).isEqualTo(1.0);
        assertThat(CostModel.hop(unknown, AssetType.HMI, true)).as("needs an exploit").isEqualTo(1.5);
        assertThat(CostModel.industrial(connection(Protocol.OTHER, ProtocolCategory.INDUSTRIAL))).isTrue();
        assertThat(CostModel.hop(connection(null, ProtocolCategory.REMOTE_SHELL), AssetType.HMI, false)).isEqualTo(1.0);
    }
}
