package org.otbridge.analysis.architecture;

import java.util.List;

/** The built-in architecture rules, in catalog order. An explicit list: no classpath scanning. */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    public static List<ArchitectureRule> all() {
        return List.of(
                new DirectFlowBypassesDmz(),                 // OTB-ARCH-001
                new DmzNotTerminating(),                     // OTB-ARCH-002
                new InboundIntoControlLevels(),              // OTB-ARCH-003
                new MultiHomedHost(),                        // OTB-ARCH-004
                new InternetExposedOtAsset(),                // OTB-ARCH-005
                new UnbrokeredRemoteAccess(),                // OTB-ARCH-006
                new StandingVendorAccess(),                  // OTB-ARCH-007
                new RemoteDesktopOnOtHost(),                 // OTB-ARCH-008
                new SafetySystemNotSeparated(),              // OTB-ARCH-009
                new UndocumentedZoneOrConduit(),             // OTB-ARCH-010
                new FlatZoneMixesControllersAndOfficeHosts(), // OTB-ARCH-011
                new WirelessInControlZone(),                 // OTB-ARCH-012
                new UnmanagedRemovableMedia(),               // OTB-ARCH-013
                new OtDependsOnItServices(),                 // OTB-ARCH-014
                new EnterpriseReadsOtHistorian(),            // OTB-ARCH-015
                new UpdatesAcrossBoundary(),                 // OTB-ARCH-016
                new CommandProtocolFromOutsideOt(),          // OTB-ARCH-017
                new ClearTextAcrossDomains(),                // OTB-ARCH-018
                new BoundaryWithoutFilter(),                 // OTB-ARCH-019
                new CloudBelowDmz(),                         // OTB-ARCH-020
                new EngineeringWorkstationOutsideOt(),       // OTB-ARCH-025
                new TimeFromOutsideOt(),                     // OTB-ARCH-026
                new OtNetworkDevicesManagedFromIt());        // OTB-ARCH-027
    }
}
