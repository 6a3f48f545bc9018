package org.otbridge.analysis.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.otbridge.analysis.ElementDiff;
import org.otbridge.model.Account;
import org.otbridge.model.Asset;
import org.otbridge.model.Connection;
import org.otbridge.model.Control;
import org.otbridge.model.Dependency;
import org.otbridge.model.Domain;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.Service;
import org.otbridge.model.Zone;

/**
 * The OT sites of a model, found from its structure: the OT and safety zones and their assets,
 * split where nothing but the shared IT, DMZ and outside part joins them. Connections between OT
 * elements, hosts in several OT zones, the requirements of assets, zones, connections and
 * services, and the accounts used on several sites all join what they name. A utility with forty plants has forty sites; a model of one
 * plant has one.
 *
 * <p>A change to one site changes the findings, paths and outages of that site and of the shared
 * part, not those of other sites: the planner measures it on that site with the shared part
 * ({@link #slice}) instead of on the whole model.
 */
final class Sites {

    private final Map<Ref, Integer> siteOf = new HashMap<>();
    private final int[] sizes;
    private final Map<Ref, List<Ref>> connectionEnds = new HashMap<>();
    private final Map<Ref, Set<Ref>> controlTargets = new HashMap<>();
    private final Map<Ref, Set<Ref>> suppliedBy = new HashMap<>();
    private final Map<Ref, Set<Ref>> serviceNeeds = new HashMap<>();
    private final Map<Ref, List<Ref>> accountUse = new HashMap<>();
    private final int assets;
    /** The model's assets as the sites were found, and the site of each (-1: the shared part). */
    private final List<Asset> foundAssets;
    private final int[] foundSites;

    private Sites(Model model) {
        Set<Ref> otZones = new HashSet<>();
        for (Zone z : model.zones()) {
            if (z.domain() == Domain.OT || z.domain() == Domain.SAFETY) {
                otZones.add(z.ref());
            }
        }
        List<Ref> nodes = new ArrayList<>(otZones);
        for (Asset a : model.assets()) {
            if (a.zones().stream().anyMatch(otZones::contains)) {
                nodes.add(a.ref());
            }
        }
        Map<Ref, Integer> index = new HashMap<>();
        for (Ref node : nodes) {
            index.put(node, index.size());
        }
        UnionFind union = new UnionFind(nodes.size());
        for (Asset a : model.assets()) {
            Integer at = index.get(a.ref());
            if (at != null) {
                a.zones().stream().map(index::get).filter(i -> i != null).forEach(z -> union.join(at, z));
            }
            if (a.supplier() != null) {
                suppliedBy.computeIfAbsent(a.supplier(), k -> new HashSet<>()).add(a.ref());
            }
        }
        for (Connection c : model.connections()) {
            List<Ref> ends = new ArrayList<>(2);
            for (Ref end : List.of(c.from(), c.to())) {
                if (index.containsKey(end)) {
                    ends.add(end);
                }
            }
            connectionEnds.put(c.ref(), ends);
            if (ends.size() == 2) {
                union.join(index.get(ends.get(0)), index.get(ends.get(1)));
            }
        }
        for (Asset a : model.assets()) {
            joinAll(a.ref(), a.requires(), index, union);
        }
        for (Zone z : model.zones()) {
            joinAll(z.ref(), z.requires(), index, union);
        }
        for (Connection c : model.connections()) {
            joinAll(c.ref(), c.requires(), index, union);
        }
        // an account joins the sites it logs on to: its findings name them all at once
        for (Account account : model.accounts()) {
            accountUse.put(account.ref(), account.usedOn());
            List<Integer> members = new ArrayList<>();
            for (Ref ref : account.usedOn()) {
                if (index.containsKey(ref)) {
                    members.add(index.get(ref));
                }
                for (Ref end : connectionEnds.getOrDefault(ref, List.of())) {
                    members.add(index.get(end));
                }
            }
            for (int i = 1; i < members.size(); i++) {
                union.join(members.get(0), members.get(i));
            }
        }
        for (Service s : model.services()) {
            Set<Ref> needs = new HashSet<>();
            joinAll(s.ref(), s.requires(), index, union, needs);
            serviceNeeds.put(s.ref(), needs);
        }
        for (Control c : model.controls()) {
            Set<Ref> targets = new HashSet<>(c.appliesTo());
            controlTargets.put(c.ref(), targets);
        }
        for (Asset a : model.assets()) {
            a.controls().forEach(c -> controlTargets.computeIfAbsent(c, k -> new HashSet<>()).add(a.ref()));
        }
        Map<Integer, Integer> roots = new HashMap<>();
        for (Ref node : nodes) {
            int root = union.find(index.get(node));
            Integer site = roots.get(root);
            if (site == null) {
                site = roots.size();
                roots.put(root, site);
            }
            siteOf.put(node, site);
        }
        adoptSiteZones(model, otZones);
        // a connection reaches the sites of its ends, OT or not
        for (Connection c : model.connections()) {
            List<Ref> ends = new ArrayList<>(2);
            for (Ref end : List.of(c.from(), c.to())) {
                if (siteOf.containsKey(end)) {
                    ends.add(end);
                }
            }
            connectionEnds.put(c.ref(), ends);
        }
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < roots.size(); i++) {
            counts.add(0);
        }
        for (Asset a : model.assets()) {
            Integer site = siteOf.get(a.ref());
            if (site != null) {
                counts.set(site, counts.get(site) + 1);
            }
        }
        sizes = counts.stream().mapToInt(Integer::intValue).toArray();
        assets = model.assets().size();
        foundAssets = model.assets();
        foundSites = new int[foundAssets.size()];
        for (int i = 0; i < foundSites.length; i++) {
            Integer site = siteOf.get(foundAssets.get(i).ref());
            foundSites[i] = site == null ? -1 : site;
        }
    }

    /** Receives an asset with its site (-1 for the shared part). */
    interface AssetSite {
        void accept(Asset asset, int site);
    }

    /**
     * Each of {@code list}, the assets of a model edited from the one the sites were found in, in
     * order, with its site. Edits keep the assets they do not touch, in order: a walk along both
     * lists finds most of them without a lookup, which matters when every site slice of a large
     * model goes through all of them.
     */
    void forEachSite(List<Asset> list, AssetSite visit) {
        int found = 0;
        for (Asset asset : list) {
            if (found < foundAssets.size() && foundAssets.get(found) == asset) {
                visit.accept(asset, foundSites[found++]);
                continue;
            }
            Integer site = siteOf.get(asset.ref());
            visit.accept(asset, site == null ? -1 : site);
            // an edited asset takes the place of the one it was; a removed one is skipped
            if (found < foundAssets.size() && foundAssets.get(found).id().equals(asset.id())) {
                found++;
            } else if (found + 1 < foundAssets.size() && foundAssets.get(found + 1) == asset) {
                found += 2;
            }
        }
    }

    /**
     * A site's own office and DMZ zones belong to it: an IT, DMZ or outside zone whose assets
     * link (by connection or requirement, either way) to elements of exactly one site joins that
     * site, with its assets, until nothing changes. The zones that link to several sites (the
     * corporate network, the central DMZ, the directory) or to none stay shared.
     */
    private void adoptSiteZones(Model model, Set<Ref> otZones) {
        Map<Ref, List<Ref>> links = new HashMap<>();
        java.util.function.BiConsumer<Ref, Ref> link = (x, y) -> {
            links.computeIfAbsent(x, k -> new ArrayList<>()).add(y);
            links.computeIfAbsent(y, k -> new ArrayList<>()).add(x);
        };
        Map<Ref, Connection> connections = new HashMap<>();
        model.connections().forEach(c -> connections.put(c.ref(), c));
        for (Connection c : model.connections()) {
            link.accept(c.from(), c.to());
        }
        for (Asset a : model.assets()) {
            if (a.requires() != null) {
                a.requires().forEachRef(r -> {
                    Connection c = connections.get(r);
                    if (c != null) {
                        link.accept(a.ref(), c.from());
                        link.accept(a.ref(), c.to());
                    } else {
                        link.accept(a.ref(), r);
                    }
                });
            }
        }
        Map<Ref, List<Asset>> members = new HashMap<>();
        for (Asset a : model.assets()) {
            if (!siteOf.containsKey(a.ref())) {
                a.zones().forEach(z -> members.computeIfAbsent(z, k -> new ArrayList<>()).add(a));
            }
        }
        List<Zone> outer = model.zones().stream().filter(z -> !otZones.contains(z.ref())).toList();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Zone z : outer) {
                if (siteOf.containsKey(z.ref())) {
                    continue;
                }
                Set<Integer> linked = new HashSet<>();
                List<Ref> parts = new ArrayList<>();
                parts.add(z.ref());
                members.getOrDefault(z.ref(), List.of()).forEach(a -> parts.add(a.ref()));
                for (Ref part : parts) {
                    for (Ref other : links.getOrDefault(part, List.of())) {
                        Integer site = siteOf.get(other);
                        if (site != null) {
                            linked.add(site);
                        }
                    }
                }
                if (linked.size() == 1) {
                    int site = linked.iterator().next();
                    siteOf.put(z.ref(), site);
                    for (Asset a : members.getOrDefault(z.ref(), List.of())) {
                        // an asset also in a zone of another site, or of none, stays shared
                        if (a.zones().stream().allMatch(x -> x.equals(z.ref()) || Integer.valueOf(site).equals(siteOf.get(x)))) {
                            siteOf.put(a.ref(), site);
                        }
                    }
                    changed = true;
                }
            }
        }
    }

    static Sites of(Model model) {
        return new Sites(model);
    }

    int count() {
        return sizes.length;
    }

    /**
     * The sites a change to {@code touched} reaches: those of the OT elements named, of a
     * connection's OT ends, of a service's OT needs, of the assets a control covers or a supplier
     * supplies, of what an account is used on. Empty when the change reaches no site: it is about
     * the shared part or the organisation alone, and only the whole model measures it.
     */
    Set<Integer> slice(List<Ref> touched) {
        Set<Integer> sites = new HashSet<>();
        for (Ref ref : touched) {
            switch (ref.kind()) {
                case ASSET, ZONE -> add(ref, sites);
                case CONNECTION -> connectionEnds.getOrDefault(ref, List.of()).forEach(e -> add(e, sites));
                case SERVICE -> serviceNeeds.getOrDefault(ref, Set.of()).forEach(e -> add(e, sites));
                case CONTROL -> controlTargets.getOrDefault(ref, Set.of()).forEach(e -> add(e, sites));
                case SUPPLIER -> suppliedBy.getOrDefault(ref, Set.of()).forEach(e -> add(e, sites));
                case ACCOUNT -> accountUse.getOrDefault(ref, List.of()).forEach(r -> {
                    add(r, sites);
                    connectionEnds.getOrDefault(r, List.of()).forEach(e -> add(e, sites));
                });
                default -> {
                    // people, units, the programme: the organisation, no site
                }
            }
        }
        return sites;
    }

    /**
     * The sites whose slice ({@link SiteSlice}) differs between {@code before} and {@code after},
     * a model changed from it; null when every slice may differ: the shared part, the organisation,
     * a supplier, a control or anything else each slice holds whole was changed. A change measured
     * on sites none of which is reached gives, after the change, exactly what it gave before.
     */
    Set<Integer> reached(Model before, Model after) {
        if (!ElementDiff.same(before.files(), after.files())
                || !java.util.Objects.equals(before.organization(), after.organization())
                || !ElementDiff.same(before.suppliers(), after.suppliers())
                || !ElementDiff.same(before.controls(), after.controls())
                || !ElementDiff.same(before.exceptions(), after.exceptions())
                || !ElementDiff.same(before.scenarios(), after.scenarios())
                || !ElementDiff.same(before.efforts(), after.efforts())) {
            return null;
        }
        Set<Integer> hit = new HashSet<>();
        boolean[] everywhere = {false};
        // an element of no site is in every slice (the shared part), or in none a site can tell
        java.util.function.Consumer<List<Ref>> reach = refs -> {
            boolean any = false;
            for (Ref ref : refs) {
                Integer site = siteOf.get(ref);
                if (site != null) {
                    hit.add(site);
                    any = true;
                }
            }
            everywhere[0] |= !any;
        };
        ElementDiff.changed(before.zones(), after.zones(), Zone::id, z -> reach.accept(List.of(z.ref())));
        ElementDiff.changed(before.assets(), after.assets(), Asset::id, a -> reach.accept(List.of(a.ref())));
        ElementDiff.changed(before.connections(), after.connections(), Connection::id,
                c -> reach.accept(List.of(c.from(), c.to())));
        ElementDiff.changed(before.services(), after.services(), Service::id, s -> reach.accept(needs(s.requires())));
        // a slice keeps an account used on anything it keeps: one used on the shared part is in every slice
        ElementDiff.changed(before.accounts(), after.accounts(), Account::id, a -> {
            for (Ref ref : a.usedOn()) {
                List<Ref> uses = new ArrayList<>();
                uses.add(ref);
                uses.addAll(connectionEnds.getOrDefault(ref, List.of()));
                reach.accept(uses);
            }
            if (a.usedOn().isEmpty()) {
                everywhere[0] = true;
            }
        });
        ElementDiff.changed(before.responsibilities(), after.responsibilities(), null,
                r -> reach.accept(needs(r.subject())));
        return everywhere[0] ? null : hit;
    }

    /** The OT elements a requirement or subject names, directly or as a connection's or service's ends. */
    private List<Ref> needs(Dependency requires) {
        List<Ref> refs = new ArrayList<>();
        if (requires != null) {
            requires.forEachRef(r -> refs.addAll(needs(r)));
        }
        return refs;
    }

    private List<Ref> needs(Ref ref) {
        List<Ref> refs = new ArrayList<>();
        refs.add(ref);
        refs.addAll(connectionEnds.getOrDefault(ref, List.of()));
        refs.addAll(serviceNeeds.getOrDefault(ref, Set.of()));
        return refs;
    }

    /** Assets in these sites; with the shared part, what measuring a change on them costs. */
    int assetsIn(Set<Integer> sites) {
        int sum = 0;
        for (int site : sites) {
            sum += sizes[site];
        }
        return sum;
    }

    int assets() {
        return assets;
    }

    /** The site of an OT zone or asset; null for the shared part. */
    Integer siteOf(Ref ref) {
        return siteOf.get(ref);
    }

    /** True for the shared part: a zone or asset of no OT site. */
    boolean shared(Ref ref) {
        return !siteOf.containsKey(ref);
    }

    private void add(Ref ref, Set<Integer> sites) {
        Integer site = siteOf.get(ref);
        if (site != null) {
            sites.add(site);
        }
    }

    private void joinAll(Ref owner, Dependency requires, Map<Ref, Integer> index, UnionFind union) {
        joinAll(owner, requires, index, union, new HashSet<>());
    }

    /** Joins the owner (when it is an OT element) and every OT element its requirement names, directly or by a connection. */
    private void joinAll(Ref owner, Dependency requires, Map<Ref, Integer> index, UnionFind union, Set<Ref> named) {
        if (requires == null) {
            return;
        }
        List<Integer> members = new ArrayList<>();
        Integer self = index.get(owner);
        if (self != null) {
            members.add(self);
        }
        for (Ref end : connectionEnds.getOrDefault(owner, List.of())) {
            members.add(index.get(end));
        }
        requires.forEachRef(ref -> {
            if (index.containsKey(ref)) {
                members.add(index.get(ref));
                named.add(ref);
            }
            for (Ref end : connectionEnds.getOrDefault(ref, List.of())) {
                members.add(index.get(end));
                named.add(end);
            }
        });
        for (int i = 1; i < members.size(); i++) {
            union.join(members.get(0), members.get(i));
        }
    }

    /** Disjoint sets with path halving and union by size. */
    private static final class UnionFind {
        private final int[] parent;
        private final int[] size;

        UnionFind(int n) {
            parent = new int[n];
            size = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
                size[i] = 1;
            }
        }

        int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        void join(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra == rb) {
                return;
            }
            if (size[ra] < size[rb]) {
                int t = ra;
                ra = rb;
                rb = t;
            }
            parent[rb] = ra;
            size[ra] += size[rb];
        }
    }
}
