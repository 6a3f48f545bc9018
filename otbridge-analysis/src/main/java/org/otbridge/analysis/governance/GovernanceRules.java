package org.otbridge.analysis.governance;

import java.util.List;

/** The built-in governance rules, in catalog order. An explicit list: no classpath scanning. */
public final class GovernanceRules {

    private GovernanceRules() {
    }

    public static List<GovernanceRule> all() {
        return List.of(
                new ZoneWithoutOneAccountablePerson(),        // OTB-GOV-001
                new ServiceWithoutOneAccountablePerson(),     // OTB-GOV-002
                new MeetingPointInOneSilo(),                  // OTB-GOV-003
                new NoOtSecurityMandate(),                    // OTB-GOV-004
                new SupplierAccessWithoutSupplierManagement(), // OTB-GOV-005
                new ConcentratedAccountability(),             // OTB-GOV-007
                new ExpiredException(),                       // OTB-GOV-008
                new SafetyZoneWithoutSafetyDiscipline(),      // OTB-GOV-009
                new ProgrammeWithoutOperations(),             // OTB-GOV-014
                new ConnectionWithoutOneAccountablePerson(),  // OTB-GOV-015
                new SupplierWithoutOneAccountablePerson(),    // OTB-GOV-016
                new OtZoneOwnedByItAlone(),                   // OTB-GOV-017
                new ProgrammeAccountableWithoutMandate(),     // OTB-GOV-018
                new PersonOutsideEveryUnit(),                 // OTB-GOV-019
                new ExceptionApprovedWithoutAuthority());     // OTB-GOV-020
    }
}
