package org.otbridge.model.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.otbridge.model.AcceptedRisk;
import org.otbridge.model.Account;
import org.otbridge.model.AccountDomain;
import org.otbridge.model.AccountKind;
import org.otbridge.model.Asset;
import org.otbridge.model.AssetType;
import org.otbridge.model.AuthMethod;
import org.otbridge.model.Backup;
import org.otbridge.model.Connection;
import org.otbridge.model.Control;
import org.otbridge.model.ControlKind;
import org.otbridge.model.Dependency;
import org.otbridge.model.Discipline;
import org.otbridge.model.Domain;
import org.otbridge.model.Effort;
import org.otbridge.model.EffortOverride;
import org.otbridge.model.Fallback;
import org.otbridge.model.FallbackStaff;
import org.otbridge.model.Impact;
import org.otbridge.model.ImpactLevel;
import org.otbridge.model.Initiator;
import org.otbridge.model.Management;
import org.otbridge.model.Model;
import org.otbridge.model.Organization;
import org.otbridge.model.Person;
import org.otbridge.model.Problem;
import org.otbridge.model.Protocol;
import org.otbridge.model.ProtocolCategory;
import org.otbridge.model.PurdueLevel;
import org.otbridge.model.Ref;
import org.otbridge.model.Responsibility;
import org.otbridge.model.Scenario;
import org.otbridge.model.Service;
import org.otbridge.model.Spares;
import org.otbridge.model.Supplier;
import org.otbridge.model.Unit;
import org.otbridge.model.UsageTag;
import org.otbridge.model.Zone;

/**
 * Turns the checked fields of one file into model records, item by item as the file is read;
 * {@link #merge} joins the files' records in file order. Missing optional values get the
 * defaults of docs/model.md.
 */
final class ModelBinder {

    private final String file;
    private Fields organization;
    private final List<Unit> units = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private final List<Service> services = new ArrayList<>();
    private final List<Zone> zones = new ArrayList<>();
    private final List<Asset> assets = new ArrayList<>();
    private final List<Connection> connections = new ArrayList<>();
    private final List<Supplier> suppliers = new ArrayList<>();
    private final List<Control> controls = new ArrayList<>();
    private final List<Responsibility> responsibilities = new ArrayList<>();
    private final List<Scenario> scenarios = new ArrayList<>();
    private final List<AcceptedRisk> exceptions = new ArrayList<>();
    private final List<Account> accounts = new ArrayList<>();
    private final List<EffortOverride> efforts = new ArrayList<>();

    ModelBinder(String file) {
        this.file = file;
    }

    void addOrganization(Fields f) {
        if (organization == null) {
            organization = f;
        }
        // As in add(): a unit or person without its required id is reported, and cannot be bound.
        f.list("units", Fields.class).stream().filter(u -> u.has("id")).forEach(u -> units.add(new Unit(u.text("id"),
                u.textOr("name", u.text("id")), u.choice("discipline", Discipline.class),
                u.has("headcount") ? u.number("headcount").intValue() : null, u.text("description"), u.at())));
        f.list("people", Fields.class).stream().filter(p -> p.has("id")).forEach(p -> people.add(new Person(p.text("id"),
                p.textOr("name", p.text("id")), p.ref("unit"), p.text("title"), p.list("mandate", Ref.class),
                p.text("description"), p.at())));
    }

    /** Binds one item of a top-level section; items without their required id are skipped (reported). */
    void add(String section, Fields item) {
        if (item.spec().fieldOrNull("id") != null && !item.has("id")) {
            return;
        }
        switch (section) {
            case "services" -> services.add(service(item));
            case "zones" -> zones.add(zone(item));
            case "assets" -> assets.add(asset(item));
            case "connections" -> connections.add(connection(item));
            case "suppliers" -> suppliers.add(supplier(item));
            case "controls" -> controls.add(control(item));
            case "responsibilities" -> responsibilities.add(responsibility(item));
            case "scenarios" -> scenarios.add(scenario(item));
            case "exceptions" -> exceptions.add(exception(item));
            case "accounts" -> accounts.add(account(item));
            case "efforts" -> efforts.add(effort(item));
            default -> throw new IllegalArgumentException("no section " + section);
        }
    }

    /** Joins the files' records in the order given; one organisation name across all files. */
    static Model merge(List<ModelBinder> files, Consumer<Problem> problems) {
        String name = null;
        Fields nameAt = null;
        List<String> names = new ArrayList<>();
        for (ModelBinder part : files) {
            names.add(part.file);
            String partName = part.organization == null ? null : part.organization.text("name");
            if (partName == null) {
                continue;
            }
            if (name == null) {
                name = partName;
                nameAt = part.organization;
            } else if (!name.equals(partName)) {
                problems.accept(new Problem(part.organization.at(), "organization name '" + partName
                        + "' differs from '" + name + "' given in " + nameAt.at().file() + ":" + nameAt.at().line()));
            }
        }
        ModelBinder all = new ModelBinder("");
        for (ModelBinder part : files) {
            all.units.addAll(part.units);
            all.people.addAll(part.people);
            all.services.addAll(part.services);
            all.zones.addAll(part.zones);
            all.assets.addAll(part.assets);
            all.connections.addAll(part.connections);
            all.suppliers.addAll(part.suppliers);
            all.controls.addAll(part.controls);
            all.responsibilities.addAll(part.responsibilities);
            all.scenarios.addAll(part.scenarios);
            all.exceptions.addAll(part.exceptions);
            all.accounts.addAll(part.accounts);
            all.efforts.addAll(part.efforts);
        }
        return new Model(names, new Organization(name, all.units, all.people), all.services, all.zones, all.assets,
                all.connections, all.suppliers, all.controls, all.responsibilities, all.scenarios, all.exceptions,
                all.accounts, all.efforts);
    }

    private static Dependency requires(Fields f) {
        Dependency requires = f.requires("requires");
        return requires != null ? requires : Dependency.none(f.at());
    }

    private Service service(Fields f) {
        Fields impact = f.nested("impact");
        Fields fallback = f.nested("fallback");
        return new Service(f.text("id"), f.textOr("name", f.text("id")), f.text("description"),
                impact == null ? Impact.NONE : impact(impact), f.duration("max_tolerable_downtime"), requires(f),
                fallback == null ? null : new Fallback(fallback.text("description"), fallback.percent("capacity"),
                        fallback.duration("sustainable_for"), fallback.date("last_tested"), staff(fallback),
                        fallback.at()),
                f.at());
    }

    private static List<FallbackStaff> staff(Fields fallback) {
        return fallback.list("staff", Fields.class).stream().filter(s -> s.has("unit"))
                .map(s -> new FallbackStaff(s.ref("unit"), s.has("count") ? s.number("count").intValue() : null,
                        s.date("last_drilled"), s.at()))
                .toList();
    }

    private static Impact impact(Fields f) {
        return new Impact(level(f, "safety"), level(f, "supply"), level(f, "environment"), level(f, "financial"),
                level(f, "society"));
    }

    private static ImpactLevel level(Fields f, String name) {
        ImpactLevel level = f.choice(name, ImpactLevel.class);
        return level == null ? ImpactLevel.NONE : level;
    }

    private Zone zone(Fields f) {
        Long targetSl = f.number("target_sl");
        return new Zone(f.text("id"), f.textOr("name", f.text("id")), f.choice("domain", Domain.class),
                f.choice("level", PurdueLevel.class), f.flagOr("flat", true),
                targetSl == null ? null : targetSl.intValue(), requires(f), f.text("description"), f.at());
    }

    private Asset asset(Fields f) {
        List<Ref> zoneRefs = f.has("zone") ? List.of(f.ref("zone")) : f.list("zones", Ref.class);
        Fields spares = f.nested("spares");
        Fields backup = f.nested("backup");
        List<UsageTag> usage = f.list("usage", UsageTag.class);
        Long onHand = spares == null ? null : spares.number("on_hand");
        return new Asset(f.text("id"), f.textOr("name", f.text("id")), f.choice("type", AssetType.class), zoneRefs,
                f.list("ips", String.class), f.list("macs", String.class), f.text("vendor"), f.text("product"),
                f.text("version"), setOf(usage),
                f.list("controls", Ref.class), requires(f), f.ref("supplier"), f.ref("owner"),
                f.flagOr("internet_exposed", false),
                spares == null ? null : new Spares(onHand == null ? null : onHand.intValue(),
                        spares.duration("lead_time"), spares.at()),
                backup == null ? null : new Backup(backup.flagOr("exists", true), backup.date("last_restore_test"),
                        backup.at()),
                f.date("end_of_support"), f.text("os"), f.flag("signed_firmware"), management(f.nested("management")),
                f.text("description"), f.at());
    }

    /** The tags as the immutable set the record keeps (so it need not copy), without a hash set for one or two. */
    private static <T> Set<T> setOf(List<T> items) {
        return switch (items.size()) {
            case 0 -> Set.of();
            case 1 -> Set.of(items.get(0));
            case 2 -> items.get(0).equals(items.get(1)) ? Set.of(items.get(0)) : Set.of(items.get(0), items.get(1));
            default -> Set.copyOf(items);
        };
    }

    private static Management management(Fields f) {
        return f == null ? null : new Management(f.list("zones", Ref.class), f.list("protocols", Protocol.class),
                f.choice("auth", AuthMethod.class), f.at());
    }

    private Connection connection(Fields f) {
        List<Integer> ports = f.list("ports", Long.class).stream().map(Long::intValue).toList();
        return new Connection(f.text("id"), f.textOr("name", f.text("id")), f.ref("from"), f.ref("to"),
                f.choice("protocol", Protocol.class), ports,
                f.has("initiator") ? f.choice("initiator", Initiator.class) : Initiator.FROM,
                f.list("via", Ref.class), f.choice("auth", AuthMethod.class), f.flag("encrypted"),
                f.flagOr("always_on", false), f.text("purpose"), f.text("justification"), f.date("expires"),
                requires(f), f.choice("protocol_category", ProtocolCategory.class), f.text("description"), f.at());
    }

    private Supplier supplier(Fields f) {
        return new Supplier(f.text("id"), f.textOr("name", f.text("id")), f.list("provides", String.class),
                f.duration("support_sla"), f.flagOr("single_source", false), f.ref("contract_owner"),
                f.text("description"), f.at());
    }

    private Control control(Fields f) {
        // The name is also a parameter: for kind other it names the practice the rules look for
        // (docs/model.md lists them).
        java.util.Map<String, Object> parameters = new java.util.LinkedHashMap<>();
        if (f.text("name") != null) {
            parameters.put("name", f.text("name"));
        }
        parameters.putAll(f.parameters());
        return new Control(f.text("id"), f.choice("kind", ControlKind.class), f.list("applies_to", Ref.class),
                parameters, f.text("description"), f.at());
    }

    private Responsibility responsibility(Fields f) {
        return new Responsibility(f.ref("subject"), f.list("accountable", Ref.class), f.list("responsible", Ref.class),
                f.list("consulted", Ref.class), f.list("informed", Ref.class), f.at());
    }

    private Scenario scenario(Fields f) {
        return new Scenario(f.text("id"), f.textOr("name", f.text("id")), f.list("fail", Ref.class),
                f.list("compromise", Ref.class), f.text("description"), f.at());
    }

    private Account account(Fields f) {
        return new Account(f.text("id"), f.textOr("name", f.text("id")), f.choice("kind", AccountKind.class),
                f.choice("domain", AccountDomain.class), f.list("used_on", Ref.class), f.list("holders", Ref.class),
                f.flag("mfa"), f.flag("privileged"), f.date("last_used"), f.flagOr("disabled", false),
                f.text("description"), f.at());
    }

    private AcceptedRisk exception(Fields f) {
        return new AcceptedRisk(f.text("rule"), f.ref("subject"), f.text("reason"), f.ref("approved_by"),
                f.date("expires"), f.at(), f.at("rule"));
    }

    private EffortOverride effort(Fields f) {
        return new EffortOverride(f.text("action"), f.ref("subject"), f.choice("effort", Effort.class), f.text("reason"),
                f.at(), f.at("action"));
    }
}
