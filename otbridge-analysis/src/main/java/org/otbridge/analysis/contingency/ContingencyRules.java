package org.otbridge.analysis.contingency;

import java.util.List;

/**
 * The built-in contingency rules, in catalog order (shared/reference/ot-knowledge.md, section D,
 * plus OTB-CONT-016 to -021 added here). An explicit list: no classpath scanning.
 */
public final class ContingencyRules {

    private ContingencyRules() {
    }

    public static List<ContingencyRule> all() {
        return List.of(
                new FallbackMissingOrNotExercised(),              // OTB-CONT-001
                new FallbackShorterThanRestore(),                 // OTB-CONT-002
                new CriticalAssetWithoutBackup(),                 // OTB-CONT-003
                new RestoreNotProven(),                           // OTB-CONT-004
                new BackupWithoutOfflineCopy(),                   // OTB-CONT-005
                new RestoreExceedsTolerableDowntime(),            // OTB-CONT-006
                new NoSpareForSinglePointOfFailure(),             // OTB-CONT-007
                new SupplierBehindSinglePointOfFailure(),         // OTB-CONT-008
                new ServiceStopsWithIt(),                         // OTB-CONT-009
                new NoTestedIncidentPlan(),                       // OTB-CONT-010
                new SingleCommunicationPath(),                    // OTB-CONT-011
                new RedundancyWithoutDiversity(),                 // OTB-CONT-012
                new NoEmergencyPower(),                           // OTB-CONT-014
                new NoOfflineRecoveryDocuments(),                 // OTB-CONT-015
                new UnsupportedSinglePointOfFailure(),            // OTB-CONT-016
                new ExternalDependencyWithoutFallback(),          // OTB-CONT-017
                new SecurityInfrastructureSinglePointOfFailure(), // OTB-CONT-018
                new SinglePowerSupply(),                          // OTB-CONT-019
                new RestoreTimeUnknown(),                         // OTB-CONT-020
                new RedundancyLostForMonths());                   // OTB-CONT-021
    }
}
