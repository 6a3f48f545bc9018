package org.otbridge.analysis.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.otbridge.model.AcceptedRisk;
import org.otbridge.model.Account;
import org.otbridge.model.Asset;
import org.otbridge.model.Connection;
import org.otbridge.model.Control;
import org.otbridge.model.Dependency;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.model.Responsibility;
import org.otbridge.model.Service;
import org.otbridge.model.Zone;

/**
 * The part of a model a change to some sites can affect: those sites' OT zones and assets, the
 * shared IT, DMZ and outside part, the connections between what is kept, the services whose needs
 * are all kept, every supplier and control, the accounts used on what is kept, and the
 * organisation. Elements added by a change (a second leg through the DMZ) are kept when their ends are.
 */
final class SiteSlice {

    private SiteSlice() {
    }

    static Model of(Model model, Sites sites, Set<Integer> slice) {
        Set<Ref> kept = new HashSet<>();
        List<Zone> zones = new ArrayList<>();
        for (Zone z : model.zones()) {
            Integer site = sites.siteOf(z.ref());
            if (site == null || slice.contains(site)) {
                zones.add(z);
                kept.add(z.ref());
            }
        }
        // a large model has a hundred thousand assets, a slice a few hundred
        boolean[] member = new boolean[sites.count()];
        slice.forEach(site -> member[site] = true);
        List<Asset> assets = new ArrayList<>();
        sites.forEachSite(model.assets(), (a, site) -> {
            if (site < 0 ? keptZones(a, kept) : member[site]) {
                assets.add(a);
                kept.add(a.ref());
            }
        });
        List<Connection> connections = new ArrayList<>();
        for (Connection c : model.connections()) {
            if (keptEnd(c.from(), kept) && keptEnd(c.to(), kept)) {
                connections.add(c);
                kept.add(c.ref());
            }
        }
        model.suppliers().forEach(s -> kept.add(s.ref()));
        List<Service> services = new ArrayList<>();
        for (Service s : model.services()) {
            if (allKept(s.requires(), kept)) {
                services.add(s);
                kept.add(s.ref());
            }
        }
        model.controls().forEach(c -> kept.add(c.ref()));
        List<Control> controls = model.controls().stream().map(c -> c.appliesTo().stream().allMatch(r -> keptOrOther(r, kept))
                ? c : new Control(c.id(), c.kind(), c.appliesTo().stream().filter(r -> keptOrOther(r, kept)).toList(),
                        c.parameters(), c.description(), c.at())).toList();
        List<Responsibility> raci = model.responsibilities().stream().filter(r -> keptOrOther(r.subject(), kept))
                .toList();
        List<AcceptedRisk> exceptions = model.exceptions().stream()
                .filter(e -> e.subject() == null || keptOrOther(e.subject(), kept)).toList();
        // an account keeps what it is used on within the slice; one used only on other sites is theirs
        List<Account> accounts = new ArrayList<>();
        for (Account a : model.accounts()) {
            List<Ref> usedOn = a.usedOn().stream().filter(r -> keptOrOther(r, kept)).toList();
            if (a.usedOn().isEmpty() || !usedOn.isEmpty()) {
                accounts.add(usedOn.size() == a.usedOn().size() ? a : new Account(a.id(), a.name(), a.kind(), a.domain(),
                        usedOn, a.holders(), a.mfa(), a.privileged(), a.lastUsed(), a.disabled(), a.description(), a.at()));
            }
        }
        Model sliced = new Model(model.files(), model.organization(), services, zones, assets, connections,
                model.suppliers(), controls, raci, List.of(), exceptions, accounts, model.efforts());
        // what kept elements require outside the slice is another site's: leave it out
        Set<Ref> gone = new HashSet<>();
        collectMissing(sliced, kept, gone);
        return gone.isEmpty() ? sliced : ModelEdit.forget(sliced, gone);
    }

    private static boolean keptZones(Asset asset, Set<Ref> kept) {
        for (Ref zone : asset.zones()) {
            if (!kept.contains(zone)) {
                return false;
            }
        }
        return true;
    }

    private static void collectMissing(Model m, Set<Ref> kept, Set<Ref> gone) {
        for (Asset a : m.assets()) {
            missing(a.requires(), kept, gone);
        }
        for (Zone z : m.zones()) {
            missing(z.requires(), kept, gone);
        }
        for (Connection c : m.connections()) {
            missing(c.requires(), kept, gone);
        }
    }

    private static void missing(Dependency requires, Set<Ref> kept, Set<Ref> gone) {
        if (requires != null) {
            requires.forEachRef(r -> {
                if (!keptOrOther(r, kept)) {
                    gone.add(r);
                }
            });
        }
    }

    private static boolean allKept(Dependency requires, Set<Ref> kept) {
        if (requires == null) {
            return true;
        }
        boolean[] all = {true};
        requires.forEachRef(r -> all[0] &= keptOrOther(r, kept));
        return all[0];
    }

    private static boolean keptEnd(Ref end, Set<Ref> kept) {
        return end.kind().isEndpoint() || kept.contains(end);
    }

    /** Kept, or of a kind a slice never leaves out (people, units, the programme, the outside). */
    private static boolean keptOrOther(Ref ref, Set<Ref> kept) {
        return switch (ref.kind()) {
            case ASSET, ZONE, CONNECTION, SERVICE, SUPPLIER, CONTROL -> kept.contains(ref);
            default -> true;
        };
    }
}
