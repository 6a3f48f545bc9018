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
import org.otbridge.model.AccountDomain;
import org.otbridge.model.Asset;
import org.otbridge.model.Domain;
import org.otbridge.model.Ref;
import org.otbridge.model.Zone;

/**
 * OTB-ARCH-030: accounts of the corporate (IT) directory log on to OT or safety hosts, which are
 * then joined to the IT domain or trust it; a privileged IT account on a DMZ host counts too, since
 * the DMZ hosts are the keys to OT. Non-privileged IT accounts on DMZ hosts (office users reading
 * a historian replica) are the DMZ's purpose and are left alone. One finding per account.
 */
@RuleInfo(id = "OTB-ARCH-030", category = Category.ARCHITECTURE, severity = Severity.HIGH,
        mistake = Mistake.INTEGRATION,
        title = "OT hosts accept accounts of the IT domain",
        explanation = "Whoever controls the corporate directory then controls the OT hosts: an attacker who has "
                + "taken the IT domain (the usual first goal of ransomware crews) logs on to SCADA servers and "
                + "consoles with valid accounts, and group policy written for office PCs reaches the control "
                + "room. In the 2015 attack on Ukrainian distribution companies, credentials harvested from the "
                + "corporate domain opened the way into the control systems.",
        recommendation = "Keep OT hosts out of the corporate domain: a separate OT directory with no trust to IT "
                + "(or local accounts on small sites), separate administrator accounts for OT, and logons from "
                + "IT only through the DMZ jump host with MFA.",
        references = {"IEC 62443-3-3 SR 1.1", "IEC 62443-3-3 SR 5.1", "IEC 62443-2-1:2024 USER 1.6",
                "NIST SP 800-82r3", "CISA CPG 2.0 3.C (no credential reuse between IT and OT)",
                "ICS-CERT alert IR-ALERT-H-16-056-01, Cyber-Attack Against Ukrainian Critical Infrastructure (2016)"},
        attack = {"T0859", "T0886", "M0915", "M0930", "M0801"},
        reads = {"account.domain", "account.used_on", "account.privileged", "account.disabled", "asset.zones",
                "zone.domain"})
public final class OtHostsInItDomain implements ArchitectureRule {

    @Override
    public void checkSite(ArchitectureSite site, FindingBuilder out) {
        for (Account account : site.accounts().enabled()) {
            if (account.domain() != AccountDomain.IT) {
                continue;
            }
            boolean privileged = Boolean.TRUE.equals(account.privileged());
            List<Asset> hosts = new ArrayList<>();
            for (Asset asset : site.accounts().assetsOf(account)) {
                boolean ot = site.facts().zonesOf(asset).stream().anyMatch(z -> Terms.isOt(z.domain()));
                boolean dmz = site.facts().zonesOf(asset).stream().anyMatch(z -> z.domain() == Domain.DMZ);
                if (ot || privileged && dmz) {
                    hosts.add(asset);
                }
            }
            if (hosts.isEmpty()) {
                continue;
            }
            Set<Ref> services = new TreeSet<>(Comparator.comparing(Ref::id));
            ExposureIndex.Exposure exposure = ExposureIndex.Exposure.UNREACHABLE;
            for (Asset host : hosts) {
                services.addAll(site.servicesAt(host));
                ExposureIndex.Exposure one = site.exposureOf(host.ref());
                if (exposure.entry() == null || one.entry() != null && one.cost() < exposure.cost()) {
                    exposure = one;
                }
            }
            List<Ref> subjects = new ArrayList<>();
            subjects.add(account.ref());
            List<Zone> zones = site.accounts().zonesOf(account);
            zones.forEach(z -> subjects.add(z.ref()));
            hosts.stream().filter(h -> zones.stream().noneMatch(z -> h.zones().contains(z.ref())))
                    .forEach(h -> subjects.add(h.ref()));
            out.report(account.ref().key() + ", an account of the IT domain" + (privileged
                    ? " with administrator rights" : "") + ", logs on to " + hosts.size() + " OT host"
                    + (hosts.size() == 1 ? "" : "s") + " (" + Words.assets(hosts, 5) + ").",
                    subjects, services, exposure);
        }
    }
}
