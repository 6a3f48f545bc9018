package org.otbridge.analysis.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.otbridge.model.AcceptedRisk;
import org.otbridge.model.Account;
import org.otbridge.model.Asset;
import org.otbridge.model.Connection;
import org.otbridge.model.Control;
import org.otbridge.model.Dependency;
import org.otbridge.model.Model;
import org.otbridge.model.Organization;
import org.otbridge.model.Ref;
import org.otbridge.model.Responsibility;
import org.otbridge.model.Scenario;
import org.otbridge.model.Service;
import org.otbridge.model.Supplier;
import org.otbridge.model.Zone;

/** A model with one section replaced: the building block of every {@link Change}. */
final class ModelEdit {

    private ModelEdit() {
    }

    static Model connections(Model m, List<Connection> connections) {
        return new Model(m.files(), m.organization(), m.services(), m.zones(), m.assets(), connections, m.suppliers(),
                m.controls(), m.responsibilities(), m.scenarios(), m.exceptions(), m.accounts(), m.efforts());
    }

    static Model assets(Model m, List<Asset> assets) {
        return new Model(m.files(), m.organization(), m.services(), m.zones(), assets, m.connections(), m.suppliers(),
                m.controls(), m.responsibilities(), m.scenarios(), m.exceptions(), m.accounts(), m.efforts());
    }

    static Model controls(Model m, List<Control> controls) {
        return new Model(m.files(), m.organization(), m.services(), m.zones(), m.assets(), m.connections(),
                m.suppliers(), controls, m.responsibilities(), m.scenarios(), m.exceptions(), m.accounts(), m.efforts());
    }

    static Model responsibilities(Model m, List<Responsibility> responsibilities) {
        return new Model(m.files(), m.organization(), m.services(), m.zones(), m.assets(), m.connections(),
                m.suppliers(), m.controls(), responsibilities, m.scenarios(), m.exceptions(), m.accounts(), m.efforts());
    }

    static Model organization(Model m, Organization organization) {
        return new Model(m.files(), organization, m.services(), m.zones(), m.assets(), m.connections(), m.suppliers(),
                m.controls(), m.responsibilities(), m.scenarios(), m.exceptions(), m.accounts(), m.efforts());
    }

    static Model services(Model m, List<Service> services) {
        return new Model(m.files(), m.organization(), services, m.zones(), m.assets(), m.connections(), m.suppliers(),
                m.controls(), m.responsibilities(), m.scenarios(), m.exceptions(), m.accounts(), m.efforts());
    }

    static Model suppliers(Model m, List<Supplier> suppliers) {
        return new Model(m.files(), m.organization(), m.services(), m.zones(), m.assets(), m.connections(), suppliers,
                m.controls(), m.responsibilities(), m.scenarios(), m.exceptions(), m.accounts(), m.efforts());
    }

    static Model accounts(Model m, List<Account> accounts) {
        return new Model(m.files(), m.organization(), m.services(), m.zones(), m.assets(), m.connections(), m.suppliers(),
                m.controls(), m.responsibilities(), m.scenarios(), m.exceptions(), accounts, m.efforts());
    }

    /**
     * {@code requires} without the references in {@code gone}; an alternative left with nothing
     * to choose from is dropped as a whole rather than becoming unsatisfiable.
     */
    static Dependency without(Dependency requires, Set<Ref> gone) {
        Dependency kept = prune(requires, gone);
        if (kept == null && requires instanceof Dependency.AllOf && requires.items().isEmpty()) {
            return requires;
        }
        return kept != null ? kept : Dependency.none(requires.at());
    }

    private static Dependency prune(Dependency d, Set<Ref> gone) {
        if (d instanceof Dependency.On on) {
            return gone.contains(on.ref()) ? null : on;
        }
        // untouched, it stays the same object, and nothing is allocated for it: a changed copy of a
        // large model shares what it did not change
        List<Dependency> items = null;
        List<Dependency> all = d.items();
        for (int i = 0; i < all.size(); i++) {
            Dependency item = all.get(i);
            Dependency kept = prune(item, gone);
            if (kept != item && items == null) {
                items = new ArrayList<>(all.subList(0, i));
            }
            if (items != null && kept != null) {
                items.add(kept);
            }
        }
        if (items == null) {
            return all.isEmpty() ? null : d;
        }
        if (items.isEmpty()) {
            return null;
        }
        if (d instanceof Dependency.AnyOf any) {
            return new Dependency.AnyOf(items, any.at());
        }
        if (d instanceof Dependency.AtLeast least) {
            return new Dependency.AtLeast(Math.min(least.count(), items.size()), items, least.at());
        }
        return new Dependency.AllOf(items, d.at());
    }

    /**
     * The model without any mention of a removed element: responsibilities for it, exceptions on
     * it, controls', scenarios' and accounts' references to it, and requirements on it.
     */
    static Model forget(Model m, Ref gone) {
        return forget(m, Set.of(gone));
    }

    /** The model without any mention of the removed elements {@code set}. */
    static Model forget(Model m, Set<Ref> set) {
        List<Responsibility> raci = m.responsibilities().stream().filter(r -> r.subject() == null || !set.contains(r.subject())).toList();
        List<AcceptedRisk> exceptions = m.exceptions().stream().filter(e -> e.subject() == null || !set.contains(e.subject())).toList();
        List<Control> controls = m.controls().stream().map(c -> c.appliesTo().stream().anyMatch(set::contains)
                ? new Control(c.id(), c.kind(), c.appliesTo().stream().filter(r -> !set.contains(r)).toList(),
                        c.parameters(), c.description(), c.at()) : c).toList();
        List<Scenario> scenarios = m.scenarios().stream()
                .map(s -> s.fail().stream().anyMatch(set::contains) || s.compromise().stream().anyMatch(set::contains)
                        ? new Scenario(s.id(), s.name(), s.fail().stream().filter(r -> !set.contains(r)).toList(),
                                s.compromise().stream().filter(r -> !set.contains(r)).toList(), s.description(), s.at())
                        : s).toList();
        List<Account> accounts = m.accounts().stream()
                .map(a -> a.usedOn().stream().anyMatch(set::contains) || a.holders().stream().anyMatch(set::contains)
                        ? new Account(a.id(), a.name(), a.kind(), a.domain(),
                                a.usedOn().stream().filter(r -> !set.contains(r)).toList(),
                                a.holders().stream().filter(r -> !set.contains(r)).toList(), a.mfa(), a.privileged(),
                                a.lastUsed(), a.disabled(), a.description(), a.at())
                        : a).toList();
        Model cleaned = new Model(m.files(), m.organization(), m.services(), m.zones(), m.assets(), m.connections(),
                m.suppliers(), controls, raci, scenarios, exceptions, accounts, m.efforts());
        return mapRequires(cleaned, d -> without(d, set));
    }

    /** Wherever the model requires {@code ref}, it requires {@code also} as well. */
    static Model requireAlso(Model m, Ref ref, Ref also) {
        return mapRequires(m, d -> alsoRequire(d, ref, also));
    }

    private static Dependency alsoRequire(Dependency d, Ref ref, Ref also) {
        if (d instanceof Dependency.On on) {
            return on.ref().equals(ref) ? new Dependency.AllOf(List.of(on, new Dependency.On(also, on.at())), on.at()) : on;
        }
        List<Dependency> items = d.items().stream().map(i -> alsoRequire(i, ref, also)).toList();
        boolean same = true;
        for (int i = 0; i < items.size(); i++) {
            same &= items.get(i) == d.items().get(i);
        }
        if (same) {
            return d;
        }
        if (d instanceof Dependency.AnyOf any) {
            return new Dependency.AnyOf(items, any.at());
        }
        if (d instanceof Dependency.AtLeast least) {
            return new Dependency.AtLeast(least.count(), items, least.at());
        }
        return new Dependency.AllOf(items, d.at());
    }

    /** The model with {@code change} made to every requirement; an element whose requirement it leaves as it is stays as it is. */
    private static Model mapRequires(Model m, UnaryOperator<Dependency> change) {
        UnaryOperator<Dependency> edit = d -> d == null ? null : change.apply(d);
        List<Service> services = m.services().stream().map(s -> {
            Dependency requires = edit.apply(s.requires());
            return requires == s.requires() ? s : new Service(s.id(), s.name(), s.description(), s.impact(),
                    s.maxTolerableDowntime(), requires, s.fallback(), s.at());
        }).toList();
        List<Zone> zones = m.zones().stream().map(z -> {
            Dependency requires = edit.apply(z.requires());
            return requires == z.requires() ? z : new Zone(z.id(), z.name(), z.domain(), z.level(), z.flat(),
                    z.targetSl(), requires, z.description(), z.at());
        }).toList();
        List<Asset> assets = m.assets().stream().map(a -> {
            Dependency requires = edit.apply(a.requires());
            return requires == a.requires() ? a : new Asset(a.id(), a.name(), a.type(), a.zones(), a.ips(), a.macs(),
                    a.vendor(), a.product(), a.version(), a.usage(), a.controls(), requires, a.supplier(), a.owner(),
                    a.internetExposed(), a.spares(), a.backup(), a.endOfSupport(), a.os(), a.signedFirmware(),
                    a.management(), a.description(), a.at());
        }).toList();
        List<Connection> connections = m.connections().stream().map(c -> {
            Dependency requires = edit.apply(c.requires());
            return requires == c.requires() ? c : new Connection(c.id(), c.name(), c.from(), c.to(), c.protocol(),
                    c.ports(), c.initiator(), c.via(), c.auth(), c.encrypted(), c.alwaysOn(), c.purpose(),
                    c.justification(), c.expires(), requires, c.protocolCategory(), c.description(), c.at());
        }).toList();
        if (same(services, m.services()) && same(zones, m.zones()) && same(assets, m.assets())
                && same(connections, m.connections())) {
            return m;
        }
        return new Model(m.files(), m.organization(), services, zones, assets, connections, m.suppliers(),
                m.controls(), m.responsibilities(), m.scenarios(), m.exceptions(), m.accounts(), m.efforts());
    }

    /** Whether two lists hold the very same elements in the same order. */
    private static <T> boolean same(List<T> a, List<T> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** {@code items} with the one whose id is {@code id} replaced (or removed, when the edit gives null). */
    static <T> List<T> replace(List<T> items, java.util.function.Function<T, String> idOf, String id,
            UnaryOperator<T> edit) {
        List<T> result = new ArrayList<>(items.size());
        for (T item : items) {
            if (idOf.apply(item).equals(id)) {
                T edited = edit.apply(item);
                if (edited != null) {
                    result.add(edited);
                }
            } else {
                result.add(item);
            }
        }
        return result;
    }
}
