package org.otbridge.analysis.architecture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Account;
import org.otbridge.model.Asset;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.Zone;

/**
 * Where the enabled accounts of a model log on: each account's assets (named, or through a zone it
 * names) and connections. Built once per run, linear in the accounts and what they name.
 */
public final class AccountUse {

    private final SiteFacts facts;
    private final Map<String, List<Asset>> assets = new HashMap<>();
    private final Map<String, List<Ref>> connections = new HashMap<>();
    private final List<Account> enabled = new ArrayList<>();

    AccountUse(SiteFacts facts) {
        this.facts = facts;
        for (Account account : facts.model().accounts()) {
            if (account.disabled()) {
                continue;
            }
            enabled.add(account);
            Set<Asset> on = new LinkedHashSet<>();
            List<Ref> through = new ArrayList<>();
            for (Ref ref : account.usedOn()) {
                if (ref.kind() == RefKind.ASSET) {
                    facts.assetOf(ref).ifPresent(on::add);
                } else if (ref.kind() == RefKind.ZONE) {
                    facts.model().zone(ref.id()).map(facts::assetsIn).ifPresent(on::addAll);
                } else if (ref.kind() == RefKind.CONNECTION && facts.model().connection(ref.id()).isPresent()) {
                    through.add(Ref.of(RefKind.CONNECTION, ref.id()));
                }
            }
            assets.put(account.id(), List.copyOf(on));
            connections.put(account.id(), List.copyOf(through));
        }
    }

    /** The accounts that can log on, in model order. */
    public List<Account> enabled() {
        return enabled;
    }

    /** The assets an enabled account logs on to, named or in a zone it names, in the order written. */
    public List<Asset> assetsOf(Account account) {
        return assets.getOrDefault(account.id(), List.of());
    }

    /** The connections an enabled account logs on through. */
    public List<Ref> connectionsOf(Account account) {
        return connections.getOrDefault(account.id(), List.of());
    }

    /** The zones an account names in {@code used_on}. */
    public List<Zone> zonesOf(Account account) {
        List<Zone> zones = new ArrayList<>();
        for (Ref ref : account.usedOn()) {
            if (ref.kind() == RefKind.ZONE) {
                facts.model().zone(ref.id()).ifPresent(zones::add);
            }
        }
        return zones;
    }
}
