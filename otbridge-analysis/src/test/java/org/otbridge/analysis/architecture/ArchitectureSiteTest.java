package org.otbridge.analysis.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.architecture.RuleTesting.model;
import static org.otbridge.analysis.architecture.RuleTesting.ref;
import static org.otbridge.analysis.architecture.RuleTesting.refs;

import org.junit.jupiter.api.Test;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Domain;
import org.otbridge.model.PurdueLevel;

/** The derived bindings of a connection and the consequence scope the rules share. */
class ArchitectureSiteTest {

    private final ArchitectureSite site = new ArchitectureSite(new SiteFacts(model("""
            services:
              - {id: office, name: Office mail, impact: {financial: critical}, requires: [asset:dc-1]}
            assets:
              - {id: laptop, type: engineering-workstation, zones: [lab, corp]}
              - {id: ews-lab, type: engineering-workstation, zone: lab}
            connections:
              - {id: rdp, from: asset:ws-1, to: asset:hmi-1, protocol: rdp, initiator: both, via: [asset:fw-1, asset:jump-1]}
              - {id: program, from: asset:ews-lab, to: asset:plc-1, protocol: s7}
              - {id: logon, from: asset:lab-hmi, to: asset:dc-1, protocol: other}
              - {id: in-jump, from: asset:ws-1, to: asset:jump-1, protocol: rdp, auth: mfa}
              - {id: in-rag, from: supplier:vendor, to: asset:rag-1, protocol: https, auth: password}
              - {id: web, from: internet, to: asset:hist-dmz, protocol: https}
            """)));

    private ConnectionView view(String id) {
        return site.view(site.model().connection(id).orElseThrow());
    }

    @Test
    void aConnectionViewCarriesTheDomainsLevelsAndTheDmzHostItEndsOn() {
        ConnectionView rdp = view("rdp");
        assertThat(rdp.fromDomain()).isEqualTo(Domain.IT);
        assertThat(rdp.toDomain()).isEqualTo(Domain.OT);
        assertThat(rdp.fromLevel()).isEqualTo(PurdueLevel.L4);
        assertThat(rdp.toLevel()).isEqualTo(PurdueLevel.L2);
        assertThat(rdp.viaDomains()).containsExactly(Domain.DMZ);
        assertThat(rdp.viaDmz()).isTrue();
        assertThat(rdp.terminatesInDmz()).isTrue();
        assertThat(rdp.dmzTerminator().id()).isEqualTo("jump-1");
        assertThat(rdp.fromOpens()).isTrue();
        assertThat(rdp.toOpens()).isTrue();
        assertThat(rdp.joinsOutsideAndOt()).isTrue();
        assertThat(site.dmzBroker(rdp).id()).isEqualTo("jump-1");
        assertThat(view("web").internetOpens()).isTrue();
        assertThat(site.isInternetExposure(view("web"))).isTrue();
        ConnectionView laptop = ConnectionView.of(site.model().connection("program").orElseThrow(), site.facts());
        assertThat(laptop.toLevel()).isEqualTo(PurdueLevel.L1);
    }

    @Test
    void aMultiHomedEndKeepsItsFirstZoneAsDomainAndAllItsDomains() {
        ConnectionView program = view("program");
        assertThat(program.fromAsset().id()).isEqualTo("ews-lab");
        assertThat(site.facts().domainsOf(ref("asset:laptop"))).containsExactlyInAnyOrder(Domain.OT, Domain.IT);
    }

    @Test
    void flatZonePeersCountAndStepStonesReachOneHopFurther() {
        // hmi-1 is needed by nothing, but shares the flat control centre with scada-1.
        assertThat(site.servicesAt(ref("asset:hmi-1"))).containsExactlyElementsOf(refs("service:heat"));
        // ews-lab and its lab zone are needed by nothing; it programs plc-1, which heat needs.
        assertThat(site.servicesAt(ref("asset:ews-lab"))).containsExactlyElementsOf(refs("service:heat"));
        // The office zone is left out of the laptop's scope: the consequence that counts is for operations.
        assertThat(site.servicesAt(ref("asset:laptop"))).doesNotContain(ref("service:office"));
    }

    @Test
    void anItEndCountsOnlyWhenNothingElseDoes() {
        // lab-hmi -> dc-1: the lab programs plc-1 (one hop), so the domain controller's services stay out.
        assertThat(site.servicesOf(view("logon"))).containsExactlyElementsOf(refs("service:heat"));
        assertThat(site.servicesOf(view("in-jump"))).isEmpty();
    }

    @Test
    void aBrokerIsReachedWithMfaOnlyWhenEveryWayInDemandsIt() {
        assertThat(site.reachedWithMfa(site.model().asset("jump-1").orElseThrow())).isTrue();
        assertThat(site.reachedWithMfa(site.model().asset("rag-1").orElseThrow())).isFalse();
        assertThat(site.reachedWithMfa(site.model().asset("ews-1").orElseThrow())).isFalse();
    }

    @Test
    void devicesKnowTheConnectionsPassingThroughThem() {
        assertThat(site.passingThrough(site.model().asset("fw-1").orElseThrow())).extracting(v -> v.ref().id())
                .containsExactly("rdp");
        assertThat(site.servicesThrough(site.model().asset("fw-1").orElseThrow()))
                .containsExactlyElementsOf(refs("service:heat"));
    }

    @Test
    void whereNamesAnEndpointWithItsZoneDomainAndLevel() {
        assertThat(site.where(ref("asset:laptop")))
                .isEqualTo("asset:laptop (engineering-workstation in zone:lab, ot level 2 and zone:corp, it level 4)");
        assertThat(site.where(ref("zone:dmz"))).isEqualTo("zone:dmz (dmz level 3.5)");
        assertThat(site.where(ref("supplier:vendor"))).isEqualTo("supplier:vendor (outside the company)");
        assertThat(site.where(ref("internet"))).isEqualTo("the internet");
    }
}
