package org.otbridge.analysis.registry;

import java.util.List;
import org.otbridge.analysis.architecture.ArchitectureRule;
import org.otbridge.analysis.architecture.BoundaryWithoutFilter;
import org.otbridge.analysis.architecture.ClearTextAcrossDomains;
import org.otbridge.analysis.architecture.CloudBelowDmz;
import org.otbridge.analysis.architecture.CommandProtocolFromOutsideOt;
import org.otbridge.analysis.architecture.DirectFlowBypassesDmz;
import org.otbridge.analysis.architecture.DmzNotTerminating;
import org.otbridge.analysis.architecture.EngineeringWorkstationOutsideOt;
import org.otbridge.analysis.architecture.EnterpriseReadsOtHistorian;
import org.otbridge.analysis.architecture.FlatZoneMixesControllersAndOfficeHosts;
import org.otbridge.analysis.architecture.InboundIntoControlLevels;
import org.otbridge.analysis.architecture.InternetExposedOtAsset;
import org.otbridge.analysis.architecture.MultiHomedHost;
import org.otbridge.analysis.architecture.OtDependsOnItServices;
import org.otbridge.analysis.architecture.OtHostsInItDomain;
import org.otbridge.analysis.architecture.OtNetworkDevicesManagedFromIt;
import org.otbridge.analysis.architecture.RemoteAccessAccountWithoutMfa;
import org.otbridge.analysis.architecture.RemoteDesktopOnOtHost;
import org.otbridge.analysis.architecture.SafetySystemNotSeparated;
import org.otbridge.analysis.architecture.SharedOrDormantRemoteAccessAccount;
import org.otbridge.analysis.architecture.StandingVendorAccess;
import org.otbridge.analysis.architecture.TimeFromOutsideOt;
import org.otbridge.analysis.architecture.UnbrokeredRemoteAccess;
import org.otbridge.analysis.architecture.UndocumentedZoneOrConduit;
import org.otbridge.analysis.architecture.UnmanagedRemovableMedia;
import org.otbridge.analysis.architecture.UnsignedFirmwareReachable;
import org.otbridge.analysis.architecture.UnsupportedSystemReachable;
import org.otbridge.analysis.architecture.UpdatesAcrossBoundary;
import org.otbridge.analysis.architecture.WirelessInControlZone;
import org.otbridge.analysis.contingency.BackupWithoutOfflineCopy;
import org.otbridge.analysis.contingency.ContingencyRule;
import org.otbridge.analysis.contingency.CriticalAssetWithoutBackup;
import org.otbridge.analysis.contingency.ExternalDependencyWithoutFallback;
import org.otbridge.analysis.contingency.FallbackMissingOrNotExercised;
import org.otbridge.analysis.contingency.FallbackShorterThanRestore;
import org.otbridge.analysis.contingency.FallbackWithoutItsPeople;
import org.otbridge.analysis.contingency.NoEmergencyPower;
import org.otbridge.analysis.contingency.NoOfflineRecoveryDocuments;
import org.otbridge.analysis.contingency.NoSpareForSinglePointOfFailure;
import org.otbridge.analysis.contingency.NoTestedIncidentPlan;
import org.otbridge.analysis.contingency.RedundancyLostForMonths;
import org.otbridge.analysis.contingency.RedundancyWithoutDiversity;
import org.otbridge.analysis.contingency.RestoreExceedsTolerableDowntime;
import org.otbridge.analysis.contingency.RestoreNotProven;
import org.otbridge.analysis.contingency.RestoreTimeUnknown;
import org.otbridge.analysis.contingency.SecurityInfrastructureSinglePointOfFailure;
import org.otbridge.analysis.contingency.ServiceStopsWithIt;
import org.otbridge.analysis.contingency.SingleCommunicationPath;
import org.otbridge.analysis.contingency.SinglePowerSupply;
import org.otbridge.analysis.contingency.SupplierBehindSinglePointOfFailure;
import org.otbridge.analysis.contingency.UnsupportedSinglePointOfFailure;
import org.otbridge.analysis.drift.CommandFromUnexpectedHost;
import org.otbridge.analysis.drift.DeclaredConnectionNeverSeen;
import org.otbridge.analysis.drift.DriftRule;
import org.otbridge.analysis.drift.ProtocolOtherThanDeclared;
import org.otbridge.analysis.drift.RemoteToolOnOtHost;
import org.otbridge.analysis.drift.UndeclaredFlowAcrossItOt;
import org.otbridge.analysis.drift.UndeclaredFlowInsideOt;
import org.otbridge.analysis.drift.UndeclaredHost;
import org.otbridge.analysis.exposure.ExposureRule;
import org.otbridge.analysis.exposure.AttackStopsCriticalService;
import org.otbridge.analysis.exposure.ManagementInterfaceReachable;
import org.otbridge.analysis.exposure.ReachableController;
import org.otbridge.analysis.exposure.ShortcutIntoThePlant;
import org.otbridge.analysis.governance.ConcentratedAccountability;
import org.otbridge.analysis.governance.ConnectionWithoutOneAccountablePerson;
import org.otbridge.analysis.governance.ExceptionApprovedWithoutAuthority;
import org.otbridge.analysis.governance.ExpiredException;
import org.otbridge.analysis.governance.GovernanceRule;
import org.otbridge.analysis.governance.MeetingPointInOneSilo;
import org.otbridge.analysis.governance.NoOtSecurityMandate;
import org.otbridge.analysis.governance.OtZoneOwnedByItAlone;
import org.otbridge.analysis.governance.PersonOutsideEveryUnit;
import org.otbridge.analysis.governance.ProgrammeAccountableWithoutMandate;
import org.otbridge.analysis.governance.ProgrammeWithoutOperations;
import org.otbridge.analysis.governance.SafetyZoneWithoutSafetyDiscipline;
import org.otbridge.analysis.governance.ServiceWithoutOneAccountablePerson;
import org.otbridge.analysis.governance.SupplierAccessWithoutSupplierManagement;
import org.otbridge.analysis.governance.SupplierWithoutOneAccountablePerson;
import org.otbridge.analysis.governance.ZoneWithoutOneAccountablePerson;

/**
 * Every built-in rule written in Java, per family and in catalog order: the one place that
 * registers them, as Error Prone's BuiltInCheckerSuppliers does for its checks. An explicit list,
 * no class path scanning; a test scans the compiled classes and fails when a rule class is
 * missing here. The rules are stateless, so one instance of each serves every run.
 */
public final class BuiltInRules {

    private BuiltInRules() {
    }

    /** The architecture rules (OTB-ARCH-*). */
    public static final List<ArchitectureRule> ARCHITECTURE = List.of(
            new DirectFlowBypassesDmz(),                    // OTB-ARCH-001
            new DmzNotTerminating(),                        // OTB-ARCH-002
            new InboundIntoControlLevels(),                 // OTB-ARCH-003
            new MultiHomedHost(),                           // OTB-ARCH-004
            new InternetExposedOtAsset(),                   // OTB-ARCH-005
            new UnbrokeredRemoteAccess(),                   // OTB-ARCH-006
            new StandingVendorAccess(),                     // OTB-ARCH-007
            new RemoteDesktopOnOtHost(),                    // OTB-ARCH-008
            new SafetySystemNotSeparated(),                 // OTB-ARCH-009
            new UndocumentedZoneOrConduit(),                // OTB-ARCH-010
            new FlatZoneMixesControllersAndOfficeHosts(),   // OTB-ARCH-011
            new WirelessInControlZone(),                    // OTB-ARCH-012
            new UnmanagedRemovableMedia(),                  // OTB-ARCH-013
            new OtDependsOnItServices(),                    // OTB-ARCH-014
            new EnterpriseReadsOtHistorian(),               // OTB-ARCH-015
            new UpdatesAcrossBoundary(),                    // OTB-ARCH-016
            new CommandProtocolFromOutsideOt(),             // OTB-ARCH-017
            new ClearTextAcrossDomains(),                   // OTB-ARCH-018
            new BoundaryWithoutFilter(),                    // OTB-ARCH-019
            new CloudBelowDmz(),                            // OTB-ARCH-020
            new EngineeringWorkstationOutsideOt(),          // OTB-ARCH-025
            new TimeFromOutsideOt(),                        // OTB-ARCH-026
            new OtNetworkDevicesManagedFromIt(),            // OTB-ARCH-027
            new SharedOrDormantRemoteAccessAccount(),       // OTB-ARCH-028
            new RemoteAccessAccountWithoutMfa(),            // OTB-ARCH-029
            new OtHostsInItDomain(),                        // OTB-ARCH-030
            new UnsupportedSystemReachable(),               // OTB-ARCH-031
            new UnsignedFirmwareReachable());               // OTB-ARCH-032

    /** The exposure rules (OTB-EXP-*). */
    public static final List<ExposureRule> EXPOSURE = List.of(
            new ReachableController(),          // OTB-EXP-001
            new ShortcutIntoThePlant(),         // OTB-EXP-002
            new AttackStopsCriticalService(),   // OTB-EXP-003
            new ManagementInterfaceReachable()); // OTB-EXP-004

    /** The governance rules (OTB-GOV-*). */
    public static final List<GovernanceRule> GOVERNANCE = List.of(
            new ZoneWithoutOneAccountablePerson(),           // OTB-GOV-001
            new ServiceWithoutOneAccountablePerson(),        // OTB-GOV-002
            new MeetingPointInOneSilo(),                     // OTB-GOV-003
            new NoOtSecurityMandate(),                       // OTB-GOV-004
            new SupplierAccessWithoutSupplierManagement(),   // OTB-GOV-005
            new ConcentratedAccountability(),                // OTB-GOV-007
            new ExpiredException(),                          // OTB-GOV-008
            new SafetyZoneWithoutSafetyDiscipline(),         // OTB-GOV-009
            new ProgrammeWithoutOperations(),                // OTB-GOV-014
            new ConnectionWithoutOneAccountablePerson(),     // OTB-GOV-015
            new SupplierWithoutOneAccountablePerson(),       // OTB-GOV-016
            new OtZoneOwnedByItAlone(),                      // OTB-GOV-017
            new ProgrammeAccountableWithoutMandate(),        // OTB-GOV-018
            new PersonOutsideEveryUnit(),                    // OTB-GOV-019
            new ExceptionApprovedWithoutAuthority());        // OTB-GOV-020

    /** The contingency rules (OTB-CONT-*). */
    public static final List<ContingencyRule> CONTINGENCY = List.of(
            new FallbackMissingOrNotExercised(),                // OTB-CONT-001
            new FallbackShorterThanRestore(),                   // OTB-CONT-002
            new CriticalAssetWithoutBackup(),                   // OTB-CONT-003
            new RestoreNotProven(),                             // OTB-CONT-004
            new BackupWithoutOfflineCopy(),                     // OTB-CONT-005
            new RestoreExceedsTolerableDowntime(),              // OTB-CONT-006
            new NoSpareForSinglePointOfFailure(),               // OTB-CONT-007
            new SupplierBehindSinglePointOfFailure(),           // OTB-CONT-008
            new ServiceStopsWithIt(),                           // OTB-CONT-009
            new NoTestedIncidentPlan(),                         // OTB-CONT-010
            new SingleCommunicationPath(),                      // OTB-CONT-011
            new RedundancyWithoutDiversity(),                   // OTB-CONT-012
            new NoEmergencyPower(),                             // OTB-CONT-014
            new NoOfflineRecoveryDocuments(),                   // OTB-CONT-015
            new UnsupportedSinglePointOfFailure(),              // OTB-CONT-016
            new ExternalDependencyWithoutFallback(),            // OTB-CONT-017
            new SecurityInfrastructureSinglePointOfFailure(),   // OTB-CONT-018
            new SinglePowerSupply(),                            // OTB-CONT-019
            new RestoreTimeUnknown(),                           // OTB-CONT-020
            new RedundancyLostForMonths(),                      // OTB-CONT-021
            new FallbackWithoutItsPeople());                    // OTB-CONT-022

    /** The drift rules (OTB-DRIFT-*): the observed traffic against the model, when assess reads captures. */
    public static final List<DriftRule> DRIFT = List.of(
            new UndeclaredFlowAcrossItOt(),         // OTB-DRIFT-001
            new CommandFromUnexpectedHost(),        // OTB-DRIFT-002
            new RemoteToolOnOtHost(),               // OTB-DRIFT-003
            new UndeclaredHost(),                   // OTB-DRIFT-004
            new UndeclaredFlowInsideOt(),           // OTB-DRIFT-005
            new ProtocolOtherThanDeclared(),        // OTB-DRIFT-006
            new DeclaredConnectionNeverSeen());     // OTB-DRIFT-007
}
