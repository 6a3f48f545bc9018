package org.otbridge.analysis.architecture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.analysis.exposure.ExposureIndex;
import org.otbridge.model.Account;
import org.otbridge.model.Asset;
import org.otbridge.model.ControlKind;
import org.otbridge.model.Ref;

/**
 * OTB-ARCH-029: an account logs on without a second factor ({@code mfa: false}) through a way into
 * OT that demands MFA of everyone else: a remote-access connection with {@code auth: mfa} or an
 * MFA control, or a DMZ jump host or gateway with an MFA control. The conduit looks protected in
 * every review, and the one account that is not is the way in.
 */
@RuleInfo(id = "OTB-ARCH-029", category = Category.ARCHITECTURE, severity = Severity.HIGH,
        mistake = Mistake.INTEGRATION,
        title = "Remote-access account exempt from the MFA its conduit demands",
        explanation = "An MFA exemption for one account (a service login, a vendor's legacy profile, an account "
                + "kept from before MFA was introduced) turns the conduit back into a password gate, and it is "
                + "the account an attacker looks for: the conduit is reported as protected while one stolen or "
                + "guessed password opens it. Colonial Pipeline's 2021 shutdown began with a legacy VPN profile "
                + "that had a single factor while the company's normal VPN profile required MFA.",
        recommendation = "Remove MFA exemptions on conduits into OT; where a machine account must connect, bind "
                + "it to a certificate and a fixed source, deny it interactive logon, and review every "
                + "exemption with operations, with an end date.",
        references = {"IEC 62443-3-3 SR 1.1 RE(2)", "IEC 62443-3-3 SR 1.13", "NERC CIP-005-7 R2.3",
                "CISA CPG 2.0 3.F (OT: MFA on remotely accessible systems)",
                "Colonial Pipeline testimony to the U.S. Senate, 2021-06-08"},
        attack = {"T0859", "T0822", "M0932"},
        reads = {"account.mfa", "account.used_on", "account.disabled", "connection.auth", "connection.from",
                "connection.to", "connection.protocol", "asset.type", "asset.zones", "asset.controls",
                "control.kind", "control.applies_to", "zone.domain"})
public final class RemoteAccessAccountWithoutMfa implements ArchitectureRule {

    @Override
    public void checkSite(ArchitectureSite site, FindingBuilder out) {
        for (Account account : site.accounts().enabled()) {
            if (!Boolean.FALSE.equals(account.mfa())) {
                continue;
            }
            List<Ref> exempted = new ArrayList<>();
            Set<Ref> services = new TreeSet<>(Comparator.comparing(Ref::id));
            ExposureIndex.Exposure exposure = ExposureIndex.Exposure.UNREACHABLE;
            for (Ref ref : site.accounts().connectionsOf(account)) {
                ConnectionView view = site.view(site.model().connection(ref.id()).orElseThrow());
                if (RemoteAccessWays.isRemoteIntoOt(view) && site.requiresMfa(view)) {
                    exempted.add(view.ref());
                    services.addAll(site.servicesOf(view));
                    exposure = lessGuarded(exposure, site.exposureOf(view.ref()));
                }
            }
            for (Asset asset : site.accounts().assetsOf(account)) {
                if (Terms.BROKERS.contains(asset.type()) && site.hasControl(asset.ref(), ControlKind.MFA)) {
                    exempted.add(asset.ref());
                    services.addAll(site.servicesAt(asset));
                    exposure = lessGuarded(exposure, site.exposureOf(asset.ref()));
                }
            }
            if (exempted.isEmpty()) {
                continue;
            }
            List<Ref> subjects = new ArrayList<>();
            subjects.add(account.ref());
            subjects.addAll(exempted);
            out.report(account.ref().key() + " logs on without a second factor through " + Words.refs(exempted, 5)
                    + ", which demand" + (exempted.size() == 1 ? "s" : "") + " MFA of everyone else.",
                    subjects, services, withoutHardening(exposure));
        }
    }

    private static ExposureIndex.Exposure lessGuarded(ExposureIndex.Exposure a, ExposureIndex.Exposure b) {
        if (a.entry() == null) {
            return b;
        }
        return b.entry() != null && b.cost() < a.cost() ? b : a;
    }

    /**
     * The conduit counts as hardened because of the MFA this account skips: for the account, the
     * way is only as hard as its cost says.
     */
    private static ExposureIndex.Exposure withoutHardening(ExposureIndex.Exposure exposure) {
        return exposure.entry() == null ? exposure
                : new ExposureIndex.Exposure(exposure.cost(), exposure.entry(), false);
    }
}
