package org.otbridge.analysis.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.architecture.ExposedRuleTesting.run;
import static org.otbridge.analysis.architecture.RuleTesting.refs;
import static org.otbridge.analysis.architecture.RuleTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;

/** OTB-ARCH-028, -029 and -030: the accounts behind remote access and OT logons. */
class AccountRulesTest {

    /** Vendor access through the DMZ jump host, and an office RDP shortcut into the control centre. */
    private static final String WAYS_IN = """
            organization:
              units: [{id: ops, discipline: operations}]
              people: [{id: anna, unit: ops}, {id: x, unit: ops}]
            connections:
              - {id: vendor-ra, from: supplier:vendor, to: asset:jump-1, protocol: rdp, via: [asset:fw-1], auth: mfa,
                 always_on: true}
              - {id: office-rdp, from: asset:ws-1, to: asset:scada-1, protocol: rdp, via: [asset:fw-1], auth: password}
              - {id: office-erp, from: asset:ws-1, to: asset:erp-1, protocol: https, auth: password}
              - {id: second-hop, from: asset:jump-1, to: asset:ews-1, protocol: rdp, auth: password}
            """;

    @Nested
    class SharedOrDormant {

        private final SharedOrDormantRemoteAccessAccount rule = new SharedOrDormantRemoteAccessAccount();

        @Test
        void firesOnSharedDefaultAndDormantAccountsOfRemoteAccessIntoOt() {
            List<Finding> findings = run(rule, WAYS_IN + """
                    accounts:
                      - {id: team, kind: shared, used_on: [connection:vendor-ra], last_used: 2026-11-20}
                      - {id: factory, kind: vendor-default, used_on: [connection:office-rdp]}
                      - {id: old-vpn, kind: personal, holders: [person:x], used_on: [asset:jump-1], last_used: 2026-01-10}
                      - {id: supplier-login, kind: vendor, holders: [supplier:vendor], used_on: [connection:vendor-ra]}
                    """);
            assertThat(subjects(findings)).containsExactlyInAnyOrder(
                    List.of("account:team", "connection:vendor-ra"),
                    List.of("account:factory", "connection:office-rdp"),
                    List.of("account:old-vpn", "asset:jump-1"),
                    List.of("account:supplier-login", "connection:vendor-ra"));
            Finding dormant = findings.stream().filter(f -> f.subjects().get(0).id().equals("old-vpn")).findFirst()
                    .orElseThrow();
            assertThat(dormant.explanation()).contains("unused since 2026-01-10 (320 days before 2026-11-26)");
            assertThat(dormant.services()).isEqualTo(refs("service:heat"));
            assertThat(findings).filteredOn(f -> f.subjects().get(0).id().equals("supplier-login")).singleElement()
                    .satisfies(f -> assertThat(f.explanation()).contains("held by supplier:vendor, not by one person"));
        }

        @Test
        void quietForPersonalAccountsInUseOfficeOnlyAccountsDisabledOnesAndServiceAccounts() {
            assertThat(run(rule, WAYS_IN + """
                    accounts:
                      - {id: anna, kind: personal, holders: [person:anna], used_on: [connection:vendor-ra],
                         last_used: 2026-11-01}
                      - {id: ops-team, kind: personal, holders: [unit:ops], used_on: [asset:jump-1]}
                      - {id: office-team, kind: shared, used_on: [connection:office-erp], last_used: 2020-01-01}
                      - {id: gone, kind: shared, used_on: [connection:vendor-ra], disabled: true}
                      - {id: repl, kind: service, holders: [unit:ops], used_on: [connection:vendor-ra]}
                    """)).isEmpty();
        }
    }

    @Nested
    class WithoutMfa {

        private final RemoteAccessAccountWithoutMfa rule = new RemoteAccessAccountWithoutMfa();

        @Test
        void firesOnAnAccountExemptFromTheMfaOfItsConduitOrBroker() {
            List<Finding> findings = run(rule, WAYS_IN + """
                    controls:
                      - {id: sc, kind: mfa, method: smart-card, applies_to: [asset:rag-1]}
                    accounts:
                      - {id: legacy-vpn, kind: vendor, used_on: [connection:vendor-ra], mfa: false}
                      - {id: fat, kind: vendor, used_on: [asset:rag-1], mfa: no}
                    """);
            assertThat(subjects(findings)).containsExactlyInAnyOrder(
                    List.of("account:legacy-vpn", "connection:vendor-ra"), List.of("account:fat", "asset:rag-1"));
            assertThat(findings.get(0).explanation()).contains("demands MFA of everyone else");
        }

        @Test
        void quietWithMfaWhenNotStatedAndWhereTheConduitDemandsNoMfa() {
            assertThat(run(rule, WAYS_IN + """
                    accounts:
                      - {id: with-mfa, kind: vendor, used_on: [connection:vendor-ra], mfa: true}
                      - {id: unknown, kind: vendor, used_on: [connection:vendor-ra]}
                      - {id: password-only, kind: personal, used_on: [connection:office-rdp], mfa: false}
                    """)).isEmpty();
        }
    }

    @Nested
    class ItDomain {

        private final OtHostsInItDomain rule = new OtHostsInItDomain();

        @Test
        void firesOnItAccountsOnOtHostsAndPrivilegedOnesOnDmzHosts() {
            List<Finding> findings = run(rule, """
                    accounts:
                      - {id: domain-users, kind: personal, domain: corporate, used_on: [zone:cc]}
                      - {id: it-admins, kind: personal, domain: it, privileged: true, used_on: [asset:jump-1]}
                    """);
            assertThat(subjects(findings)).containsExactlyInAnyOrder(List.of("account:domain-users", "zone:cc"),
                    List.of("account:it-admins", "asset:jump-1"));
            assertThat(findings).filteredOn(f -> f.subjects().get(0).id().equals("domain-users")).singleElement()
                    .satisfies(f -> {
                        assertThat(f.explanation()).contains("logs on to 3 OT hosts")
                                .doesNotContain("administrator rights");
                        assertThat(f.services()).isEqualTo(refs("service:heat"));
                    });
            assertThat(findings).filteredOn(f -> f.subjects().get(0).id().equals("it-admins")).singleElement()
                    .satisfies(f -> assertThat(f.explanation()).contains("with administrator rights"));
        }

        @Test
        void quietForOtDirectoryAccountsOfficeReadersOfTheDmzAndDisabledAccounts() {
            assertThat(run(rule, """
                    accounts:
                      - {id: grid-ops, kind: personal, domain: ot, used_on: [zone:cc]}
                      - {id: readers, kind: personal, domain: it, used_on: [asset:hist-dmz, zone:corp]}
                      - {id: old, kind: personal, domain: it, used_on: [zone:cc], disabled: true}
                    """)).isEmpty();
        }
    }
}
