package org.otbridge.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded, validated site model: every section merged across its files, in file order, with
 * lookup by id. Immutable; build it with {@code ModelLoader}.
 */
public final class Model {

    private final List<String> files;
    private final Organization organization;
    private final List<Service> services;
    private final List<Zone> zones;
    private final List<Asset> assets;
    private final List<Connection> connections;
    private final List<Supplier> suppliers;
    private final List<Control> controls;
    private final List<Responsibility> responsibilities;
    private final List<Scenario> scenarios;
    private final List<AcceptedRisk> exceptions;
    private final List<Account> accounts;
    private final List<EffortOverride> efforts;

    // The id lookups of each kind, built on the first lookup of that kind: a planner makes many
    // models from one by small edits, and most of them are only read in order or edited again.
    private final Lazy<Map<String, Service>> servicesById = new Lazy<>(() -> byId(services(), Service::id));
    private final Lazy<Map<String, Zone>> zonesById = new Lazy<>(() -> byId(zones(), Zone::id));
    private final Lazy<Map<String, Asset>> assetsById = new Lazy<>(() -> byId(assets(), Asset::id));
    private final Lazy<Map<String, Connection>> connectionsById = new Lazy<>(() -> byId(connections(), Connection::id));
    private final Lazy<Map<String, Supplier>> suppliersById = new Lazy<>(() -> byId(suppliers(), Supplier::id));
    private final Lazy<Map<String, Control>> controlsById = new Lazy<>(() -> byId(controls(), Control::id));
    private final Lazy<Map<String, Person>> peopleById = new Lazy<>(() -> byId(organization().people(), Person::id));
    private final Lazy<Map<String, Unit>> unitsById = new Lazy<>(() -> byId(organization().units(), Unit::id));
    private final Lazy<Map<String, Account>> accountsById = new Lazy<>(() -> byId(accounts(), Account::id));

    /** A model without accounts. */
    public Model(List<String> files, Organization organization, List<Service> services, List<Zone> zones,
            List<Asset> assets, List<Connection> connections, List<Supplier> suppliers, List<Control> controls,
            List<Responsibility> responsibilities, List<Scenario> scenarios, List<AcceptedRisk> exceptions) {
        this(files, organization, services, zones, assets, connections, suppliers, controls, responsibilities,
                scenarios, exceptions, List.of());
    }

    /** A model without the site's own effort classes. */
    public Model(List<String> files, Organization organization, List<Service> services, List<Zone> zones,
            List<Asset> assets, List<Connection> connections, List<Supplier> suppliers, List<Control> controls,
            List<Responsibility> responsibilities, List<Scenario> scenarios, List<AcceptedRisk> exceptions,
            List<Account> accounts) {
        this(files, organization, services, zones, assets, connections, suppliers, controls, responsibilities,
                scenarios, exceptions, accounts, List.of());
    }

    /** A model with its accounts and the site's own effort classes for planned actions. */
    public Model(List<String> files, Organization organization, List<Service> services, List<Zone> zones,
            List<Asset> assets, List<Connection> connections, List<Supplier> suppliers, List<Control> controls,
            List<Responsibility> responsibilities, List<Scenario> scenarios, List<AcceptedRisk> exceptions,
            List<Account> accounts, List<EffortOverride> efforts) {
        this.files = List.copyOf(files);
        this.organization = organization;
        this.services = List.copyOf(services);
        this.zones = List.copyOf(zones);
        this.assets = List.copyOf(assets);
        this.connections = List.copyOf(connections);
        this.suppliers = List.copyOf(suppliers);
        this.controls = List.copyOf(controls);
        this.responsibilities = List.copyOf(responsibilities);
        this.scenarios = List.copyOf(scenarios);
        this.exceptions = List.copyOf(exceptions);
        this.accounts = List.copyOf(accounts);
        this.efforts = List.copyOf(efforts);
    }

    /**
     * An id index: lookup only, never iterated or handed out, so a plain hash map; the first of
     * equal ids is kept.
     */
    private static <T> Map<String, T> byId(List<T> elements, java.util.function.Function<T, String> id) {
        Map<String, T> index = new HashMap<>(Math.max(16, elements.size() * 4 / 3 + 1));
        for (T element : elements) {
            index.putIfAbsent(id.apply(element), element);
        }
        return index;
    }

    public List<String> files() { return files; }
    public Organization organization() { return organization; }
    public String name() { return organization.name(); }
    public List<Service> services() { return services; }
    public List<Zone> zones() { return zones; }
    public List<Asset> assets() { return assets; }
    public List<Connection> connections() { return connections; }
    public List<Supplier> suppliers() { return suppliers; }
    public List<Control> controls() { return controls; }
    public List<Responsibility> responsibilities() { return responsibilities; }
    public List<Scenario> scenarios() { return scenarios; }
    public List<AcceptedRisk> exceptions() { return exceptions; }
    public List<Account> accounts() { return accounts; }
    public List<EffortOverride> efforts() { return efforts; }

    public Optional<Service> service(String id) { return Optional.ofNullable(servicesById.get().get(id)); }
    public Optional<Zone> zone(String id) { return Optional.ofNullable(zonesById.get().get(id)); }
    public Optional<Asset> asset(String id) { return Optional.ofNullable(assetsById.get().get(id)); }
    public Optional<Connection> connection(String id) { return Optional.ofNullable(connectionsById.get().get(id)); }
    public Optional<Supplier> supplier(String id) { return Optional.ofNullable(suppliersById.get().get(id)); }
    public Optional<Control> control(String id) { return Optional.ofNullable(controlsById.get().get(id)); }
    public Optional<Person> person(String id) { return Optional.ofNullable(peopleById.get().get(id)); }
    public Optional<Unit> unit(String id) { return Optional.ofNullable(unitsById.get().get(id)); }
    public Optional<Account> account(String id) { return Optional.ofNullable(accountsById.get().get(id)); }

    /** True when a reference names an element of this model (special endpoints always exist). */
    public boolean contains(Ref ref) {
        return switch (ref.kind()) {
            case ASSET -> assetsById.get().containsKey(ref.id());
            case ZONE -> zonesById.get().containsKey(ref.id());
            case CONNECTION -> connectionsById.get().containsKey(ref.id());
            case SUPPLIER -> suppliersById.get().containsKey(ref.id());
            case SERVICE -> servicesById.get().containsKey(ref.id());
            case PERSON -> peopleById.get().containsKey(ref.id());
            case UNIT -> unitsById.get().containsKey(ref.id());
            case CONTROL -> controlsById.get().containsKey(ref.id());
            case PROGRAM -> Ref.OT_SECURITY_PROGRAM.equals(ref.id());
            case ACCOUNT -> accountsById.get().containsKey(ref.id());
            case INTERNET, REMOVABLE_MEDIA -> true;
        };
    }

    /**
     * How many different ids of {@code kind} the model defines: fewer than its elements of that
     * kind when an id is given twice. Zero for the kinds that are not elements of the model.
     */
    public int distinctIds(RefKind kind) {
        return switch (kind) {
            case ASSET -> assetsById.get().size();
            case ZONE -> zonesById.get().size();
            case CONNECTION -> connectionsById.get().size();
            case SUPPLIER -> suppliersById.get().size();
            case SERVICE -> servicesById.get().size();
            case PERSON -> peopleById.get().size();
            case UNIT -> unitsById.get().size();
            case CONTROL -> controlsById.get().size();
            case ACCOUNT -> accountsById.get().size();
            case PROGRAM, INTERNET, REMOVABLE_MEDIA -> 0;
        };
    }

    /** Element counts for summaries, in a fixed order. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("assets", assets.size());
        counts.put("zones", zones.size());
        counts.put("connections", connections.size());
        counts.put("services", services.size());
        counts.put("suppliers", suppliers.size());
        counts.put("controls", controls.size());
        counts.put("people", organization.people().size());
        counts.put("units", organization.units().size());
        counts.put("responsibilities", responsibilities.size());
        counts.put("scenarios", scenarios.size());
        counts.put("exceptions", exceptions.size());
        return Collections.unmodifiableMap(counts);
    }
}
