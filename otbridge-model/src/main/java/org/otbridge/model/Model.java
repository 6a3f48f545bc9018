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

    private final Map<String, Service> servicesById;
    private final Map<String, Zone> zonesById;
    private final Map<String, Asset> assetsById;
    private final Map<String, Connection> connectionsById;
    private final Map<String, Supplier> suppliersById;
    private final Map<String, Control> controlsById;
    private final Map<String, Person> peopleById;
    private final Map<String, Unit> unitsById;
    private final Map<String, Account> accountsById;

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
        // Loops rather than a method reference each: every load of a model makes one.
        this.servicesById = index(this.services.size());
        for (Service service : this.services) {
            servicesById.putIfAbsent(service.id(), service);
        }
        this.zonesById = index(this.zones.size());
        for (Zone zone : this.zones) {
            zonesById.putIfAbsent(zone.id(), zone);
        }
        this.assetsById = index(this.assets.size());
        for (Asset asset : this.assets) {
            assetsById.putIfAbsent(asset.id(), asset);
        }
        this.connectionsById = index(this.connections.size());
        for (Connection connection : this.connections) {
            connectionsById.putIfAbsent(connection.id(), connection);
        }
        this.suppliersById = index(this.suppliers.size());
        for (Supplier supplier : this.suppliers) {
            suppliersById.putIfAbsent(supplier.id(), supplier);
        }
        this.controlsById = index(this.controls.size());
        for (Control control : this.controls) {
            controlsById.putIfAbsent(control.id(), control);
        }
        this.peopleById = index(organization.people().size());
        for (Person person : organization.people()) {
            peopleById.putIfAbsent(person.id(), person);
        }
        this.unitsById = index(organization.units().size());
        for (Unit unit : organization.units()) {
            unitsById.putIfAbsent(unit.id(), unit);
        }
        this.accountsById = index(this.accounts.size());
        for (Account account : this.accounts) {
            accountsById.putIfAbsent(account.id(), account);
        }
    }

    /**
     * An id index for {@code size} elements: lookup only, never iterated or handed out, so a plain
     * hash map; the first of equal ids is kept.
     */
    private static <T> Map<String, T> index(int size) {
        return new HashMap<>(Math.max(16, size * 4 / 3 + 1));
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

    public Optional<Service> service(String id) { return Optional.ofNullable(servicesById.get(id)); }
    public Optional<Zone> zone(String id) { return Optional.ofNullable(zonesById.get(id)); }
    public Optional<Asset> asset(String id) { return Optional.ofNullable(assetsById.get(id)); }
    public Optional<Connection> connection(String id) { return Optional.ofNullable(connectionsById.get(id)); }
    public Optional<Supplier> supplier(String id) { return Optional.ofNullable(suppliersById.get(id)); }
    public Optional<Control> control(String id) { return Optional.ofNullable(controlsById.get(id)); }
    public Optional<Person> person(String id) { return Optional.ofNullable(peopleById.get(id)); }
    public Optional<Unit> unit(String id) { return Optional.ofNullable(unitsById.get(id)); }
    public Optional<Account> account(String id) { return Optional.ofNullable(accountsById.get(id)); }

    /** True when a reference names an element of this model (special endpoints always exist). */
    public boolean contains(Ref ref) {
        return switch (ref.kind()) {
            case ASSET -> assetsById.containsKey(ref.id());
            case ZONE -> zonesById.containsKey(ref.id());
            case CONNECTION -> connectionsById.containsKey(ref.id());
            case SUPPLIER -> suppliersById.containsKey(ref.id());
            case SERVICE -> servicesById.containsKey(ref.id());
            case PERSON -> peopleById.containsKey(ref.id());
            case UNIT -> unitsById.containsKey(ref.id());
            case CONTROL -> controlsById.containsKey(ref.id());
            case PROGRAM -> Ref.OT_SECURITY_PROGRAM.equals(ref.id());
            case ACCOUNT -> accountsById.containsKey(ref.id());
            case INTERNET, REMOVABLE_MEDIA -> true;
        };
    }

    /**
     * How many different ids of {@code kind} the model defines: fewer than its elements of that
     * kind when an id is given twice. Zero for the kinds that are not elements of the model.
     */
    public int distinctIds(RefKind kind) {
        return switch (kind) {
            case ASSET -> assetsById.size();
            case ZONE -> zonesById.size();
            case CONNECTION -> connectionsById.size();
            case SUPPLIER -> suppliersById.size();
            case SERVICE -> servicesById.size();
            case PERSON -> peopleById.size();
            case UNIT -> unitsById.size();
            case CONTROL -> controlsById.size();
            case ACCOUNT -> accountsById.size();
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
