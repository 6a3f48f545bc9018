package org.otbridge.analysis.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;

class RaciMatrixTest {

    private static Ref ref(RefKind kind, String id) {
        return Ref.of(kind, id);
    }

    @Test
    void theExampleMatrixShowsTheItOnlyControlCentreAndTheGaps() {
        LoadResult result = new ModelLoader().load(Path.of("../examples/nordvik-energi"));
        assertThat(result.ok()).as("%s", result.problems()).isTrue();
        Model model = result.model();
        RaciMatrix raci = RaciMatrix.of(new SiteFacts(model));

        // Every unit, then every person.
        assertThat(raci.parties()).hasSize(13 + 16);
        assertThat(raci.parties().get(0)).isEqualTo(ref(RefKind.UNIT, "mgmt"));
        assertThat(raci.parties().get(13)).isEqualTo(ref(RefKind.PERSON, "erik-sund"));

        RaciMatrix.Row cc = raci.row(ref(RefKind.ZONE, "cc")).orElseThrow();
        assertThat(cc.roles()).containsExactly(
                java.util.Map.entry(ref(RefKind.UNIT, "it"), "C"),
                java.util.Map.entry(ref(RefKind.UNIT, "it-infra"), "R"),
                java.util.Map.entry(ref(RefKind.UNIT, "ops-heat"), "I"),
                java.util.Map.entry(ref(RefKind.PERSON, "ingrid-lie"), "A"));
        assertThat(raci.roleOf(ref(RefKind.PROGRAM, "ot-security"), ref(RefKind.PERSON, "sara-nilsen"))).isEqualTo("A");
        assertThat(raci.roleOf(ref(RefKind.CONNECTION, "vendor-grid-ra"), ref(RefKind.PERSON, "mette-strand")))
                .isEqualTo("R");

        // Gaps show as empty rows: the WSUS flow into the heat control centre has no line.
        assertThat(raci.row(ref(RefKind.CONNECTION, "wsus-ot"))).hasValueSatisfying(r -> assertThat(r.isEmpty()).isTrue());
        // Every service, OT-side zone and supplier has a row; the office zone has one because it has a line.
        for (var service : model.services()) {
            assertThat(raci.row(ref(RefKind.SERVICE, service.id()))).as(service.id()).isPresent();
        }
        for (var supplier : model.suppliers()) {
            assertThat(raci.row(supplier.ref())).as(supplier.id()).isPresent();
        }
        assertThat(raci.row(ref(RefKind.ZONE, "corp"))).isPresent();
        assertThat(raci.row(ref(RefKind.ZONE, "ext"))).isEmpty();
        // An office-internal connection is no meeting point and has no line, so it has no row.
        assertThat(raci.row(ref(RefKind.CONNECTION, "corp-web"))).isEmpty();

        // Programme first, then services, zones, connections, suppliers.
        List<RefKind> kinds = raci.rows().stream().map(r -> r.subject().kind()).distinct().toList();
        assertThat(kinds).containsExactly(RefKind.PROGRAM, RefKind.SERVICE, RefKind.ZONE, RefKind.CONNECTION,
                RefKind.SUPPLIER);
        assertThat(raci.rows().get(1).subject()).isEqualTo(ref(RefKind.SERVICE, "heat-prod"));
        assertThat(raci.rows()).extracting(RaciMatrix.Row::subject).doesNotHaveDuplicates();
    }

    @Test
    void aPartyWithSeveralRolesHoldsSeveralLettersAndLinesMerge() {
        Model model = GovTesting.model(GovTesting.SITE, GovTesting.ORG, """
                responsibilities:
                  - {subject: zone:cc, accountable: person:opsmgr, responsible: [person:opsmgr, unit:it]}
                  - {subject: zone:cc, consulted: [unit:it], informed: [unit:mgmt]}
                """);
        RaciMatrix raci = RaciMatrix.of(new SiteFacts(model));
        assertThat(raci.roleOf(ref(RefKind.ZONE, "cc"), ref(RefKind.PERSON, "opsmgr"))).isEqualTo("RA");
        assertThat(raci.roleOf(ref(RefKind.ZONE, "cc"), ref(RefKind.UNIT, "it"))).isEqualTo("RC");
        assertThat(raci.roleOf(ref(RefKind.ZONE, "cc"), ref(RefKind.UNIT, "mgmt"))).isEqualTo("I");
        assertThat(raci.roleOf(ref(RefKind.ZONE, "cc"), ref(RefKind.UNIT, "ops"))).isEmpty();
        // Governed subjects without a line: services, OT zones, IT/OT connections, the supplier.
        assertThat(raci.rows()).extracting(r -> r.subject().key()).containsExactly("service:heat", "service:billing",
                "zone:dmz", "zone:cc", "zone:field", "zone:sis", "connection:hist-repl", "connection:jump-in",
                "connection:jump-out", "connection:vendor-ra", "supplier:vendor");
    }
}
