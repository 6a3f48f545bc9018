package org.otbridge.model.load;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.otbridge.model.AcceptedRisk;
import org.otbridge.model.Account;
import org.otbridge.model.Asset;
import org.otbridge.model.Connection;
import org.otbridge.model.Control;
import org.otbridge.model.Dependency;
import org.otbridge.model.FallbackStaff;
import org.otbridge.model.Model;
import org.otbridge.model.Person;
import org.otbridge.model.Problem;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.Responsibility;
import org.otbridge.model.Scenario;
import org.otbridge.model.Service;
import org.otbridge.model.SourcePosition;
import org.otbridge.model.Supplier;
import org.otbridge.model.Unit;
import org.otbridge.model.Zone;

/**
 * Checks what spans elements: unique ids, references that resolve (with "did you mean"),
 * connections that join two different ends, and cycles in {@code requires}.
 */
final class ModelValidator {

    private final Consumer<Problem> problems;
    private final boolean allRead;
    private final Map<RefKind, IdSuggestions> suggestions = new EnumMap<>(RefKind.class);
    private final IdSuggestions.Budget budget = new IdSuggestions.Budget();
    private Model model;
    /** Every id by kind with where it was first defined; made only when a reference names nothing. */
    private Map<RefKind, Map<String, SourcePosition>> ids;

    /**
     * {@code allRead} is false when some file could not be read to its end (its syntax error is
     * reported); ids it defines after that point are unknown, so undefined references are then
     * not reported, rather than reported falsely.
     */
    ModelValidator(Consumer<Problem> problems, boolean allRead) {
        this.problems = problems;
        this.allRead = allRead;
    }

    void validate(Model model) {
        this.model = model;
        // The model indexes ids already (the first of equal ids kept); only a kind with fewer
        // distinct ids than elements has a duplicate to look for.
        if (anyDuplicate(model)) {
            duplicates(RefKind.UNIT, model.organization().units(), Unit::id, Unit::at);
            duplicates(RefKind.PERSON, model.organization().people(), Person::id, Person::at);
            duplicates(RefKind.SERVICE, model.services(), Service::id, Service::at);
            duplicates(RefKind.ZONE, model.zones(), Zone::id, Zone::at);
            duplicates(RefKind.ASSET, model.assets(), Asset::id, Asset::at);
            duplicates(RefKind.CONNECTION, model.connections(), Connection::id, Connection::at);
            duplicates(RefKind.SUPPLIER, model.suppliers(), Supplier::id, Supplier::at);
            duplicates(RefKind.CONTROL, model.controls(), Control::id, Control::at);
            duplicates(RefKind.ACCOUNT, model.accounts(), Account::id, Account::at);
        }

        // Plain loops rather than a lambda per list: each lambda is a class made at run time, a
        // cost every cold start of the tool pays.
        for (Person person : model.organization().people()) {
            check(person.unit());
            checkAll(person.mandate());
        }
        for (Service service : model.services()) {
            check(service.requires());
        }
        for (Zone zone : model.zones()) {
            check(zone.requires());
        }
        for (Asset asset : model.assets()) {
            checkAsset(asset);
        }
        for (Connection connection : model.connections()) {
            checkConnection(connection);
        }
        for (Supplier supplier : model.suppliers()) {
            check(supplier.contractOwner());
        }
        for (Control control : model.controls()) {
            checkAll(control.appliesTo());
        }
        for (Responsibility responsibility : model.responsibilities()) {
            checkResponsibility(responsibility);
        }
        for (Scenario scenario : model.scenarios()) {
            checkAll(scenario.fail());
            checkAll(scenario.compromise());
        }
        for (AcceptedRisk exception : model.exceptions()) {
            check(exception.subject());
            check(exception.approvedBy());
        }
        for (Account account : model.accounts()) {
            checkAll(account.usedOn());
            checkAll(account.holders());
        }
        for (Service service : model.services()) {
            if (service.fallback() != null) {
                for (FallbackStaff staff : service.fallback().staff()) {
                    check(staff.unit());
                }
            }
        }

        for (Problem cycle : RequiresCycles.find(requiresGraph(model))) {
            problems.accept(cycle);
        }
    }

    /** Whether some kind has fewer distinct ids than elements (its model index kept the first). */
    private static boolean anyDuplicate(Model model) {
        return model.distinctIds(RefKind.UNIT) != model.organization().units().size()
                || model.distinctIds(RefKind.PERSON) != model.organization().people().size()
                || model.distinctIds(RefKind.SERVICE) != model.services().size()
                || model.distinctIds(RefKind.ZONE) != model.zones().size()
                || model.distinctIds(RefKind.ASSET) != model.assets().size()
                || model.distinctIds(RefKind.CONNECTION) != model.connections().size()
                || model.distinctIds(RefKind.SUPPLIER) != model.suppliers().size()
                || model.distinctIds(RefKind.CONTROL) != model.controls().size()
                || model.distinctIds(RefKind.ACCOUNT) != model.accounts().size();
    }

    private <T> void duplicates(RefKind kind, List<T> elements, Function<T, String> id, Function<T, SourcePosition> at) {
        if (model.distinctIds(kind) == elements.size()) {
            return;
        }
        Map<String, SourcePosition> first = new HashMap<>();
        for (T element : elements) {
            SourcePosition where = at.apply(element);
            SourcePosition before = first.putIfAbsent(id.apply(element), where);
            if (before != null) {
                problems.accept(new Problem(where, "duplicate " + kind.yamlName() + " id '" + id.apply(element)
                        + "', first defined at " + before.file() + ":" + before.line()));
            }
        }
    }

    /** The ids of every kind, as suggestions need them, in the order they were defined. */
    private Map<RefKind, Map<String, SourcePosition>> ids() {
        if (ids == null) {
            ids = new EnumMap<>(RefKind.class);
            model.organization().units().forEach(u -> define(RefKind.UNIT, u.id(), u.at()));
            model.organization().people().forEach(p -> define(RefKind.PERSON, p.id(), p.at()));
            model.services().forEach(s -> define(RefKind.SERVICE, s.id(), s.at()));
            model.zones().forEach(z -> define(RefKind.ZONE, z.id(), z.at()));
            model.assets().forEach(a -> define(RefKind.ASSET, a.id(), a.at()));
            model.connections().forEach(c -> define(RefKind.CONNECTION, c.id(), c.at()));
            model.suppliers().forEach(s -> define(RefKind.SUPPLIER, s.id(), s.at()));
            model.controls().forEach(c -> define(RefKind.CONTROL, c.id(), c.at()));
            model.accounts().forEach(a -> define(RefKind.ACCOUNT, a.id(), a.at()));
            define(RefKind.PROGRAM, Ref.OT_SECURITY_PROGRAM, null);
        }
        return ids;
    }

    private void define(RefKind kind, String id, SourcePosition at) {
        ids.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(id, at);
    }

    private void checkAll(List<Ref> refs) {
        for (Ref ref : refs) {
            check(ref);
        }
    }

    private void checkAsset(Asset asset) {
        checkAll(asset.zones());
        if (asset.management() != null) {
            checkAll(asset.management().zones());
        }
        checkAll(asset.controls());
        check(asset.requires());
        check(asset.supplier());
        check(asset.owner());
    }

    private void checkConnection(Connection connection) {
        check(connection.from());
        check(connection.to());
        checkAll(connection.via());
        check(connection.requires());
        if (connection.from() != null && connection.from().equals(connection.to())) {
            problems.accept(new Problem(connection.to().at(), "connection '" + connection.id()
                    + "' goes from " + connection.from().key() + " to itself"));
        }
    }

    private void checkResponsibility(Responsibility responsibility) {
        check(responsibility.subject());
        checkAll(responsibility.accountable());
        checkAll(responsibility.responsible());
        checkAll(responsibility.consulted());
        checkAll(responsibility.informed());
    }

    private void check(Dependency dependency) {
        if (dependency != null) {
            dependency.forEachRef(this::check);
        }
    }

    /** Reports a reference that names nothing, suggesting the closest id of its kind. */
    private void check(Ref ref) {
        if (ref == null || ref.kind().isEndpoint()) {
            return;
        }
        if (model.contains(ref)) {
            return;
        }
        if (ref.kind() == RefKind.PROGRAM) {
            problems.accept(new Problem(ref.at(), "unknown programme '" + ref.key()
                    + "': the only programme is program:" + Ref.OT_SECURITY_PROGRAM));
            return;
        }
        if (allRead) {
            problems.accept(new Problem(ref.at(), ref.key() + " is not defined" + suggestion(ref)));
        }
    }

    private String suggestion(Ref ref) {
        for (RefKind other : RefKind.values()) {
            if (other != ref.kind() && ids().getOrDefault(other, Map.of()).containsKey(ref.id())) {
                return "; " + other.yamlName() + ":" + ref.id() + " exists, did you mean that?";
            }
        }
        IdSuggestions.Suggestion suggestion = suggestions.computeIfAbsent(ref.kind(),
                kind -> new IdSuggestions(ids().getOrDefault(kind, Map.of()).keySet(), budget)).suggest(ref.id());
        if (suggestion == null) {
            return "; no " + ref.kind().yamlName() + " is defined";
        }
        String name = ref.kind().yamlName();
        return suggestion.typo() ? "; did you mean " + name + ":" + suggestion.id() + "?"
                // Nothing that looks like a typo: still name the nearest id, so the fix is one look away.
                : "; the closest " + name + " id is " + name + ":" + suggestion.id();
    }

    /**
     * The elements that require something, with what they require. An element that requires
     * nothing cannot be on a cycle, so it is left out: in a large model that is most of them.
     */
    private static List<RequiresCycles.Node> requiresGraph(Model model) {
        List<RequiresCycles.Node> nodes = new ArrayList<>();
        for (Service service : model.services()) {
            if (requiresSomething(service.requires())) {
                nodes.add(new RequiresCycles.Node(service.ref(), RequiresCycles.refsOf(service.requires())));
            }
        }
        for (Zone zone : model.zones()) {
            if (requiresSomething(zone.requires())) {
                nodes.add(new RequiresCycles.Node(zone.ref(), RequiresCycles.refsOf(zone.requires())));
            }
        }
        for (Asset asset : model.assets()) {
            if (requiresSomething(asset.requires())) {
                nodes.add(new RequiresCycles.Node(asset.ref(), RequiresCycles.refsOf(asset.requires())));
            }
        }
        for (Connection connection : model.connections()) {
            if (requiresSomething(connection.requires())) {
                nodes.add(new RequiresCycles.Node(connection.ref(), RequiresCycles.refsOf(connection.requires())));
            }
        }
        return nodes;
    }

    private static boolean requiresSomething(Dependency requires) {
        return requires instanceof Dependency.On || !requires.items().isEmpty();
    }
}
