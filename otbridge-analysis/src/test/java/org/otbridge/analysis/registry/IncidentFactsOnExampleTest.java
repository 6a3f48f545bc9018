package org.otbridge.analysis.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Assessor;
import org.otbridge.analysis.Finding;
import org.otbridge.model.Ref;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;

/**
 * The bundled example states what incident reports name (accounts, software lifecycle,
 * management interfaces, remote tools, the people behind fallbacks), and an assessment of it
 * reports each as examples/README.md says.
 */
class IncidentFactsOnExampleTest {

    private static List<Finding> findings;

    @BeforeAll
    static void assess() {
        LoadResult result = new ModelLoader().load(Path.of("..", "examples", "nordvik-energi"));
        assertThat(result.problems()).isEmpty();
        findings = new Assessor(LocalDate.of(2026, 11, 26)).assess(result.model()).findings();
    }

    private static List<List<String>> subjectsOf(String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule))
                .map(f -> f.subjects().stream().map(Ref::key).toList()).toList();
    }

    @Test
    void accounts() {
        assertThat(subjectsOf("OTB-ARCH-028")).contains(List.of("account:tv-nordlys-login", "connection:tv-nordlys"),
                List.of("account:rtr-4g-admin", "connection:inet-4g-web"));
        assertThat(subjectsOf("OTB-ARCH-029")).containsExactly(
                List.of("account:hitachi-fat", "connection:vendor-grid-ra", "asset:rag-dmz"));
        assertThat(subjectsOf("OTB-ARCH-030")).extracting(s -> s.get(0))
                .containsExactlyInAnyOrder("account:it-admins", "account:duty-eng");
    }

    @Test
    void softwareLifecycle() {
        assertThat(subjectsOf("OTB-ARCH-031")).extracting(s -> s.get(0))
                .contains("asset:fep-heat", "asset:hmi-hp-legacy");
        assertThat(subjectsOf("OTB-ARCH-032")).containsExactly(List.of("asset:gw-psn-2"));
    }

    @Test
    void managementInterfacesAndTheDevicesThatCarryThePlant() {
        assertThat(subjectsOf("OTB-EXP-004")).contains(List.of("asset:ups-cc-a", "zone:corp"));
        assertThat(subjectsOf("OTB-EXP-004")).extracting(s -> s.get(0))
                .doesNotContain("asset:ups-gcc-a", "asset:ups-gcc-b");
    }

    @Test
    void remoteTools() {
        assertThat(subjectsOf("OTB-ARCH-008")).contains(List.of("connection:anydesk-ews"),
                List.of("connection:rmm-hist"));
    }

    @Test
    void peopleBehindFallbacks() {
        assertThat(subjectsOf("OTB-CONT-022")).extracting(s -> s.get(0))
                .contains("service:heat-dist", "service:heat-prod").doesNotContain("service:grid-ops");
    }
}
