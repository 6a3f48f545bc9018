package org.otbridge.analysis.architecture;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Account;
import org.otbridge.model.AccountKind;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;

/**
 * OTB-ARCH-028: an account used for remote access into OT (RemoteAccessWays) that no one person
 * answers for, or that nobody uses: shared, a vendor default, held by a unit or supplier or by
 * more than one person, or last used more than {@value #DORMANT_DAYS} days before the assessment
 * day. Disabled accounts are left out; dormancy is judged only with an assessment day.
 */
@RuleInfo(id = "OTB-ARCH-028", category = Category.ARCHITECTURE, severity = Severity.HIGH,
        mistake = Mistake.INTEGRATION,
        title = "Shared, default or dormant account used for remote access into OT",
        explanation = "Remote access is only as strong as the accounts that use it. A login shared by a team or "
                + "a supplier's technicians cannot be tied to a person, is never withdrawn when one of them "
                + "leaves and is passed on by e-mail; a vendor's published default password is in every manual; "
                + "an account nobody has used for months is missed by nobody when an attacker starts using it. "
                + "Incident reports name exactly these: remote-support access with weak passwords at the Oldsmar "
                + "water plant (2021), a legacy VPN account not meant to be in use at Colonial Pipeline (2021).",
        recommendation = "Give every person who connects into OT a personal account, with MFA, created for the "
                + "contract and withdrawn with it; change default passwords before commissioning; disable "
                + "remote-access accounts not used for 90 days and review the list with operations and the "
                + "supplier manager every quarter.",
        references = {"IEC 62443-3-3 SR 1.1", "IEC 62443-3-3 SR 1.3", "IEC 62443-2-1:2024 USER 1.12",
                "NERC CIP-004-7 R5", "CISA CPG 2.0 3.A", "CISA/FBI/EPA/NSA joint advisory AA21-287A (water and "
                + "wastewater systems, 2021)", "Colonial Pipeline testimony to the U.S. Senate, 2021-06-08"},
        attack = {"T0859", "T0822", "M0918", "M0932", "M0927"},
        reads = {"account.kind", "account.holders", "account.last_used", "account.disabled", "account.used_on",
                "connection.from", "connection.to", "connection.protocol", "connection.protocol_category",
                "asset.type", "asset.zones", "zone.domain"})
public final class SharedOrDormantRemoteAccessAccount implements ArchitectureRule {

    /** An account unused this long is dormant (a quarter, rounded up to the longest quarter). */
    public static final int DORMANT_DAYS = 92;

    @Override
    public void checkSite(ArchitectureSite site, FindingBuilder out) {
        for (Account account : site.accounts().enabled()) {
            List<String> weaknesses = weaknesses(account, site.today());
            if (weaknesses.isEmpty()) {
                continue;
            }
            RemoteAccessWays ways = RemoteAccessWays.of(account, site);
            if (ways.isEmpty()) {
                continue;
            }
            List<Ref> subjects = new ArrayList<>();
            subjects.add(account.ref());
            subjects.addAll(ways.ways());
            out.report(account.ref().key() + " is " + Words.and(weaknesses)
                    + ", and logs on for remote access into OT through " + Words.refs(ways.ways(), 5) + ".",
                    subjects, ways.services(), ways.exposure());
        }
    }

    private static List<String> weaknesses(Account account, LocalDate today) {
        List<String> weaknesses = new ArrayList<>();
        if (account.kind() == AccountKind.SHARED) {
            weaknesses.add("shared by several people");
        } else if (account.kind() == AccountKind.VENDOR_DEFAULT) {
            weaknesses.add("still on its vendor's published default password");
        } else if (heldByMany(account)) {
            weaknesses.add("held by " + Words.refs(account.holders(), 3) + ", not by one person");
        }
        if (today != null && account.lastUsed() != null
                && ChronoUnit.DAYS.between(account.lastUsed(), today) > DORMANT_DAYS) {
            weaknesses.add("unused since " + account.lastUsed() + " (" + ChronoUnit.DAYS.between(account.lastUsed(),
                    today) + " days before " + today + ")");
        }
        return weaknesses;
    }

    /**
     * One login held by a unit or a supplier, or by more than one person: shared in practice. A
     * personal entry held by a unit stands for one login per member (docs/model.md), and a service
     * account is used by software, so neither counts.
     */
    private static boolean heldByMany(Account account) {
        if (account.kind() == AccountKind.PERSONAL || account.kind() == AccountKind.SERVICE) {
            return false;
        }
        long people = account.holders().stream().filter(h -> h.kind() == RefKind.PERSON).count();
        boolean groups = account.holders().stream().anyMatch(h -> h.kind() != RefKind.PERSON);
        return groups || people > 1;
    }
}
