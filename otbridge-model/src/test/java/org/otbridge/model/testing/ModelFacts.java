package org.otbridge.model.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.otbridge.model.AcceptedRisk;
import org.otbridge.model.Account;
import org.otbridge.model.Asset;
import org.otbridge.model.Connection;
import org.otbridge.model.Control;
import org.otbridge.model.Dependency;
import org.otbridge.model.Impact;
import org.otbridge.model.Model;
import org.otbridge.model.Person;
import org.otbridge.model.Ref;
import org.otbridge.model.Responsibility;
import org.otbridge.model.Scenario;
import org.otbridge.model.Service;
import org.otbridge.model.Supplier;
import org.otbridge.model.Unit;
import org.otbridge.model.YamlEnum;
import org.otbridge.model.Zone;

/**
 * Reads values out of a loaded {@link Model} in the form {@link RandomModels#facts()} records
 * them, so a test can compare what was generated with what was loaded. Also lists every
 * reference of a model.
 */
public final class ModelFacts {

    private ModelFacts() {
    }

    /** The mismatches between {@code facts} and {@code model}, as readable lines; empty when all match. */
    public static List<String> mismatches(Model model, Map<String, String> facts, boolean includeLines) {
        List<String> mismatches = new ArrayList<>();
        facts.forEach((key, expected) -> {
            int slash = key.lastIndexOf('/');
            String element = key.substring(0, slash);
            String field = key.substring(slash + 1);
            if (!includeLines && field.equals("line")) {
                return;
            }
            String actual;
            try {
                actual = actual(model, element, field);
            } catch (RuntimeException e) {
                actual = "<" + e + ">";
            }
            if (!expected.equals(actual)) {
                mismatches.add(key + ": expected <" + expected + "> but loaded <" + actual + ">");
            }
        });
        return mismatches;
    }

    /** The loaded value of {@code field} of {@code element} ("asset:plc-3", "responsibility#2"). */
    public static String actual(Model model, String element, String field) {
        int hash = element.indexOf('#');
        if (hash > 0) {
            int index = Integer.parseInt(element.substring(hash + 1));
            return switch (element.substring(0, hash)) {
                case "responsibility" -> responsibility(model.responsibilities().get(index), field);
                case "exception" -> exception(model.exceptions().get(index), field);
                default -> throw new IllegalArgumentException(element);
            };
        }
        int colon = element.indexOf(':');
        String kind = element.substring(0, colon);
        String id = element.substring(colon + 1);
        return switch (kind) {
            case "asset" -> asset(model.asset(id).orElseThrow(), field);
            case "zone" -> zone(model.zone(id).orElseThrow(), field);
            case "service" -> service(model.service(id).orElseThrow(), field);
            case "connection" -> connection(model.connection(id).orElseThrow(), field);
            case "supplier" -> supplier(model.supplier(id).orElseThrow(), field);
            case "control" -> control(model.control(id).orElseThrow(), field);
            case "unit" -> unit(model.unit(id).orElseThrow(), field);
            case "person" -> person(model.person(id).orElseThrow(), field);
            case "account" -> account(model.account(id).orElseThrow(), field);
            case "scenario" -> scenario(model.scenarios().stream().filter(s -> s.id().equals(id)).findFirst()
                    .orElseThrow(), field);
            default -> throw new IllegalArgumentException(element);
        };
    }

    private static String asset(Asset a, String field) {
        return switch (field) {
            case "line" -> String.valueOf(a.at().line());
            case "name" -> a.name();
            case "zones" -> refs(a.zones());
            case "ips" -> String.join(",", a.ips());
            case "macs" -> String.join(",", a.macs());
            case "version" -> String.valueOf(a.version());
            case "usage" -> a.usage().stream().map(YamlEnum::yamlName).collect(Collectors.toCollection(TreeSet::new))
                    .stream().collect(Collectors.joining(","));
            case "controls" -> refs(a.controls());
            case "requires" -> canonical(a.requires());
            case "supplier" -> key(a.supplier());
            case "owner" -> key(a.owner());
            case "internet_exposed" -> String.valueOf(a.internetExposed());
            case "spares" -> a.spares() == null ? "null" : a.spares().onHand() + "|" + a.spares().leadTime();
            case "backup" -> a.backup() == null ? "null" : a.backup().exists() + "|" + a.backup().lastRestoreTest();
            case "end_of_support" -> String.valueOf(a.endOfSupport());
            case "os" -> String.valueOf(a.os());
            case "signed_firmware" -> String.valueOf(a.signedFirmware());
            case "management" -> a.management() == null ? "null" : refs(a.management().zones()) + "|"
                    + a.management().protocols().stream().map(YamlEnum::yamlName).collect(Collectors.joining(","))
                    + "|" + a.management().auth().yamlName();
            case "description" -> a.description();
            default -> throw new IllegalArgumentException("asset field " + field);
        };
    }

    private static String account(Account a, String field) {
        return switch (field) {
            case "kind" -> a.kind().yamlName();
            case "domain" -> a.domain().yamlName();
            case "used_on" -> refs(a.usedOn());
            case "holders" -> refs(a.holders());
            case "mfa" -> String.valueOf(a.mfa());
            case "last_used" -> String.valueOf(a.lastUsed());
            default -> throw new IllegalArgumentException("account field " + field);
        };
    }

    private static String zone(Zone z, String field) {
        return switch (field) {
            case "line" -> String.valueOf(z.at().line());
            case "domain" -> z.domain().yamlName();
            case "level" -> z.level() == null ? "null" : z.level().yamlName();
            case "flat" -> String.valueOf(z.flat());
            case "target_sl" -> String.valueOf(z.targetSl());
            case "requires" -> canonical(z.requires());
            default -> throw new IllegalArgumentException("zone field " + field);
        };
    }

    private static String service(Service s, String field) {
        return switch (field) {
            case "line" -> String.valueOf(s.at().line());
            case "impact" -> impact(s.impact());
            case "max_tolerable_downtime" -> String.valueOf(s.maxTolerableDowntime());
            case "requires" -> canonical(s.requires());
            case "fallback" -> s.fallback() == null ? "null" : s.fallback().capacity() + "|"
                    + s.fallback().sustainableFor() + "|" + s.fallback().lastTested();
            case "staff" -> s.fallback() == null ? "" : s.fallback().staff().stream()
                    .map(f -> f.unit().key() + "|" + f.count() + "|" + f.lastDrilled()).collect(Collectors.joining(","));
            default -> throw new IllegalArgumentException("service field " + field);
        };
    }

    private static String impact(Impact i) {
        return String.join(",", i.safety().yamlName(), i.supply().yamlName(), i.environment().yamlName(),
                i.financial().yamlName(), i.society().yamlName());
    }

    private static String connection(Connection c, String field) {
        return switch (field) {
            case "line" -> String.valueOf(c.at().line());
            case "from" -> key(c.from());
            case "to" -> key(c.to());
            case "protocol" -> c.protocol().yamlName();
            case "ports" -> c.ports().stream().map(String::valueOf).collect(Collectors.joining(","));
            case "initiator" -> c.initiator().yamlName();
            case "auth" -> c.auth() == null ? "null" : c.auth().yamlName();
            case "encrypted" -> String.valueOf(c.encrypted());
            case "always_on" -> String.valueOf(c.alwaysOn());
            case "via" -> refs(c.via());
            case "expires" -> String.valueOf(c.expires());
            case "protocol_category" -> c.protocolCategory() == null ? "null" : c.protocolCategory().yamlName();
            case "requires" -> canonical(c.requires());
            default -> throw new IllegalArgumentException("connection field " + field);
        };
    }

    private static String supplier(Supplier s, String field) {
        return switch (field) {
            case "line" -> String.valueOf(s.at().line());
            case "provides" -> String.join(",", s.provides());
            case "support_sla" -> String.valueOf(s.supportSla());
            case "single_source" -> String.valueOf(s.singleSource());
            case "contract_owner" -> key(s.contractOwner());
            default -> throw new IllegalArgumentException("supplier field " + field);
        };
    }

    private static String control(Control c, String field) {
        return switch (field) {
            case "line" -> String.valueOf(c.at().line());
            case "applies_to" -> refs(c.appliesTo());
            case "parameters" -> c.parameters().toString();
            default -> throw new IllegalArgumentException("control field " + field);
        };
    }

    private static String unit(Unit u, String field) {
        return switch (field) {
            case "discipline" -> u.discipline().yamlName();
            case "headcount" -> String.valueOf(u.headcount());
            default -> throw new IllegalArgumentException("unit field " + field);
        };
    }

    private static String person(Person p, String field) {
        return switch (field) {
            case "unit" -> key(p.unit());
            case "mandate" -> refs(p.mandate());
            default -> throw new IllegalArgumentException("person field " + field);
        };
    }

    private static String responsibility(Responsibility r, String field) {
        return switch (field) {
            case "line" -> String.valueOf(r.at().line());
            case "subject" -> key(r.subject());
            case "accountable" -> refs(r.accountable());
            case "responsible" -> refs(r.responsible());
            case "consulted" -> refs(r.consulted());
            case "informed" -> refs(r.informed());
            default -> throw new IllegalArgumentException("responsibility field " + field);
        };
    }

    private static String scenario(Scenario s, String field) {
        return switch (field) {
            case "fail" -> refs(s.fail());
            case "compromise" -> refs(s.compromise());
            default -> throw new IllegalArgumentException("scenario field " + field);
        };
    }

    private static String exception(AcceptedRisk e, String field) {
        return switch (field) {
            case "rule" -> e.rule();
            case "subject" -> key(e.subject());
            case "approved_by" -> key(e.approvedBy());
            case "expires" -> String.valueOf(e.expires());
            default -> throw new IllegalArgumentException("exception field " + field);
        };
    }

    /** {@code all(a,any(b,c),atleast2(d,e))}: the shape of a dependency expression. */
    public static String canonical(Dependency d) {
        if (d instanceof Dependency.On on) {
            return on.ref().key();
        }
        String items = d.items().stream().map(ModelFacts::canonical).collect(Collectors.joining(",", "(", ")"));
        if (d instanceof Dependency.AnyOf) {
            return "any" + items;
        }
        if (d instanceof Dependency.AtLeast atLeast) {
            return "atleast" + atLeast.count() + items;
        }
        return "all" + items;
    }

    private static String refs(List<Ref> refs) {
        return refs.stream().map(Ref::key).collect(Collectors.joining(","));
    }

    private static String key(Ref ref) {
        return ref == null ? "null" : ref.key();
    }

    /** Every reference written anywhere in the model. */
    public static List<Ref> allRefs(Model model) {
        List<Ref> refs = new ArrayList<>();
        Consumer<Ref> add = ref -> refs.add(Objects.requireNonNull(ref, "null reference in a list"));
        Consumer<Ref> optional = ref -> {
            if (ref != null) {
                refs.add(ref);
            }
        };
        for (Person p : model.organization().people()) {
            optional.accept(p.unit());
            p.mandate().forEach(add);
        }
        model.services().forEach(s -> s.requires().forEachRef(add));
        model.zones().forEach(z -> z.requires().forEachRef(add));
        for (Asset a : model.assets()) {
            a.zones().forEach(add);
            a.controls().forEach(add);
            a.requires().forEachRef(add);
            optional.accept(a.supplier());
            optional.accept(a.owner());
        }
        for (Connection c : model.connections()) {
            add.accept(c.from());
            add.accept(c.to());
            c.via().forEach(add);
            c.requires().forEachRef(add);
        }
        model.suppliers().forEach(s -> optional.accept(s.contractOwner()));
        model.controls().forEach(c -> c.appliesTo().forEach(add));
        for (Responsibility r : model.responsibilities()) {
            add.accept(r.subject());
            r.accountable().forEach(add);
            r.responsible().forEach(add);
            r.consulted().forEach(add);
            r.informed().forEach(add);
        }
        for (Scenario s : model.scenarios()) {
            s.fail().forEach(add);
            s.compromise().forEach(add);
        }
        for (AcceptedRisk e : model.exceptions()) {
            add.accept(e.subject());
            optional.accept(e.approvedBy());
        }
        return refs;
    }
}
