package org.otbridge.analysis.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Expectations looked up in the bundled ics-attack.json (v18.1) with python's json module. */
class AttackCatalogTest {

    private final AttackCatalog catalog = AttackCatalog.bundled();

    @Test
    void knownTechniquesResolveToTheirNames() {
        assertThat(catalog.name("T0822")).contains("External Remote Services");
        assertThat(catalog.name("T0886")).contains("Remote Services");
        assertThat(catalog.name("T0866")).contains("Exploitation of Remote Services");
        assertThat(catalog.name("T0883")).contains("Internet Accessible Device");
        assertThat(catalog.name("T0847")).contains("Replication Through Removable Media");
        assertThat(catalog.name("T0855")).contains("Unauthorized Command Message");
        assertThat(catalog.name("T0843")).contains("Program Download");
    }

    @Test
    void knownMitigationsResolveToTheirNames() {
        assertThat(catalog.name("M0930")).contains("Network Segmentation");
        assertThat(catalog.name("M0932")).contains("Multi-factor Authentication");
        assertThat(catalog.mitigation("M0937")).map(AttackCatalog.Mitigation::name).contains("Filter Network Traffic");
        assertThat(catalog.mitigation("M0930")).get().extracting(AttackCatalog.Mitigation::active).isEqualTo(true);
    }

    @Test
    void techniquesCarryTheirTactics() {
        assertThat(catalog.technique("T0886")).get().satisfies(t -> {
            assertThat(t.tactics()).containsExactly("Initial Access", "Lateral Movement");
            assertThat(t.active()).isTrue();
        });
        assertThat(catalog.technique("T0855").orElseThrow().tactics()).containsExactly("Impair Process Control");
    }

    @Test
    void countsMatchSourcesMd() {
        assertThat(catalog.techniques().values().stream().filter(AttackCatalog.Technique::active)).hasSize(83);
        assertThat(catalog.techniques()).hasSize(95);
        assertThat(catalog.mitigations().values().stream().filter(AttackCatalog.Mitigation::active)).hasSize(52);
        assertThat(catalog.mitigations()).hasSize(52);
    }

    @Test
    void deprecatedTechniquesAreKnownButFlagged() {
        assertThat(catalog.technique("T0818")).get().satisfies(t -> {
            assertThat(t.name()).isEqualTo("Engineering Workstation Compromise");
            assertThat(t.deprecated()).isTrue();
        });
        assertThat(catalog.isActive("T0818")).isFalse();
        assertThat(catalog.isActive("T0833")).isFalse();
        assertThat(catalog.isActive("T0822")).isTrue();
    }

    @Test
    void unknownIdsAreEmptyAndCannotBeCited() {
        assertThat(catalog.technique("T1692.001")).isEmpty();
        assertThat(catalog.name("M9999")).isEmpty();
        assertThat(catalog.isActive("T9999")).isFalse();
        assertThatThrownBy(() -> catalog.citation("T9999")).isInstanceOf(IllegalArgumentException.class);
        assertThat(catalog.citation("T0822")).isEqualTo("ATT&CK ICS T0822 External Remote Services");
    }

    @Test
    void readsAMinimalBundleAndIgnoresOtherObjects() {
        String json = """
                {"type": "bundle", "id": "bundle--1", "spec_version": "2.0", "objects": [
                  {"type": "attack-pattern", "name": "Old", "revoked": true,
                   "external_references": [{"source_name": "mitre-ics-attack", "external_id": "T0001"}],
                   "kill_chain_phases": [{"kill_chain_name": "mitre-ics-attack", "phase_name": "impact"}]},
                  {"type": "malware", "name": "X", "external_references": [{"source_name": "mitre-attack", "external_id": "S0001"}]},
                  {"type": "course-of-action", "name": "Do it",
                   "external_references": [{"source_name": "mitre-attack", "external_id": "M0001"}]},
                  {"type": "x-mitre-tactic", "name": "Impact", "x_mitre_shortname": "impact"}
                ]}
                """;
        AttackCatalog small = AttackCatalog.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(small.technique("T0001")).get().satisfies(t -> {
            assertThat(t.deprecated()).isTrue();
            assertThat(t.tactics()).containsExactly("Impact");
        });
        assertThat(small.name("M0001")).contains("Do it");
        assertThat(small.name("S0001")).isEmpty();
    }

    @Test
    void bundledIsOneSharedInstanceAndLoadGivesAFreshEqualOne() {
        assertThat(AttackCatalog.bundled()).isSameAs(AttackCatalog.bundled());
        assertThat(AttackCatalog.load().techniques()).isEqualTo(catalog.techniques());
    }
}
