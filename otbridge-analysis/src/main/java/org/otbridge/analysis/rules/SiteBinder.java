package org.otbridge.analysis.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Account;
import org.otbridge.model.Asset;
import org.otbridge.model.Connection;
import org.otbridge.model.Control;
import org.otbridge.model.Dependency;
import org.otbridge.model.Domain;
import org.otbridge.model.Impact;
import org.otbridge.model.ImpactLevel;
import org.otbridge.model.PurdueLevel;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.Service;
import org.otbridge.model.Supplier;
import org.otbridge.model.UsageTag;
import org.otbridge.model.YamlEnum;
import org.otbridge.model.Zone;
import org.otbridge.model.load.Scalars;

/**
 * Turns the model into the values rule conditions read ({@link RuleBindings}), for one
 * evaluation run. Zones, controls, services, connections and referenced elements are built once
 * and shared; an asset's value is built once per asset by the engine and dropped after it, so
 * memory stays bounded on large models. Costly fields are computed only when a condition reads
 * them. Not thread-safe: one binder per run.
 */
final class SiteBinder {

    private final SiteFacts facts;
    private final Instant now;
    private final Map<Ref, Bound> elements = new HashMap<>();
    private final Map<String, Bound> zones = new HashMap<>();
    private final Map<String, Bound> controls = new HashMap<>();
    private final Map<String, Bound> services = new HashMap<>();
    private final Map<String, Bound> connections = new HashMap<>();
    private Map<Ref, List<Connection>> passing;
    private Map<String, List<String>> assetsBySupplier;
    private Map<Ref, List<Account>> accountsByElement;

    SiteBinder(SiteFacts facts, LocalDate today) {
        this.facts = facts;
        this.now = instant(today);
    }

    SiteFacts facts() {
        return facts;
    }

    Instant now() {
        return now;
    }

    // ------------------------------------------------------------------ records

    /**
     * The value of an asset. Every field is computed when a condition first reads it: most
     * conditions read a few fields, and there is one value per asset and run.
     */
    Bound asset(Asset asset, List<Control> applied) {
        return new Bound(RuleBindings.ASSET, field -> switch (field) {
            case "id" -> asset.id();
            case "ref" -> asset.ref().key();
            case "name" -> nameOr(asset.name(), asset.id());
            case "type" -> asset.type().yamlName();
            case "usage" -> {
                List<String> usage = new ArrayList<>(asset.usage().size());
                for (UsageTag tag : asset.usage()) {
                    usage.add(tag.yamlName());
                }
                usage.sort(null);
                yield usage;
            }
            case "zones" -> asset.zones().stream().map(Ref::id).toList();
            case "domains" -> words(facts.zonesOf(asset).stream().map(Zone::domain).toList());
            case "multi_homed" -> asset.isMultiHomed();
            case "ips" -> asset.ips();
            case "vendor" -> asset.vendor();
            case "product" -> asset.product();
            case "version" -> asset.version();
            case "supplier" -> key(asset.supplier());
            case "owner" -> key(asset.owner());
            case "internet_exposed" -> asset.internetExposed();
            case "end_of_support" -> instant(asset.endOfSupport());
            case "os" -> asset.os();
            case "signed_firmware" -> asset.signedFirmware();
            case "management_zones" -> asset.managementZones().stream().map(Ref::id).toList();
            case "management_auth" -> asset.management() == null ? null : word(asset.management().auth());
            case "account_kinds" -> accountWords(asset, a -> a.kind());
            case "account_domains" -> accountWords(asset, a -> a.domain());
            case "backup_exists" -> asset.backup() == null ? null : asset.backup().exists();
            case "last_restore_test" -> asset.backup() == null ? null : instant(asset.backup().lastRestoreTest());
            case "spares_on_hand" -> asset.spares() == null || asset.spares().onHand() == null ? null
                    : (Object) (long) asset.spares().onHand();
            case "spares_lead_time" -> asset.spares() == null ? null : asset.spares().leadTime();
            case "requires" -> elementsOf(asset.requires());
            case "controls" -> applied.stream().map(Control::id).toList();
            case "control_kinds" -> controlKinds(applied);
            case "description" -> asset.description();
            default -> null;
        });
    }

    /** The zone value of an asset that sits in no zone. */
    Bound noZone() {
        return zones.computeIfAbsent("", id -> new Bound(RuleBindings.ZONE).with("id", "").with("ref", "")
                .with("name", "no zone").with("domain", Domain.EXTERNAL.yamlName()).with("flat", false)
                .with("asset_count", 0L).with("asset_types", List.of()).with("control_kinds", List.of()));
    }

    Bound zone(Zone zone) {
        return zones.computeIfAbsent(zone.id(), id -> new Bound(RuleBindings.ZONE, field -> switch (field) {
            case "asset_count" -> (long) facts.assetsIn(zone).size();
            case "asset_types" -> {
                Set<String> types = new TreeSet<>();
                facts.assetsIn(zone).forEach(a -> types.add(a.type().yamlName()));
                yield List.copyOf(types);
            }
            case "control_kinds" -> controlKinds(facts.controlsOn(zone.ref()));
            default -> null;
        }).with("id", zone.id()).with("ref", zone.ref().key()).with("name", nameOr(zone.name(), zone.id()))
                .with("domain", zone.domain().yamlName()).with("level", level(zone.level()))
                .with("flat", zone.flat()).with("target_sl", zone.targetSl() == null ? null : (long) zone.targetSl())
                .with("description", zone.description()));
    }

    Bound control(Control control) {
        return controls.computeIfAbsent(control.id(), id -> {
            Bound value = new Bound(RuleBindings.CONTROL).with("id", control.id()).with("ref", control.ref().key())
                    .with("kind", control.kind().yamlName())
                    .with("applies_to", control.appliesTo().stream().map(Ref::key).toList())
                    .with("description", control.description());
            Map<String, Object> params = new LinkedHashMap<>();
            for (Map.Entry<String, Object> parameter : control.parameters().entrySet()) {
                Object converted = celValue(parameter.getValue());
                if (converted == null) {
                    continue;
                }
                params.put(parameter.getKey(), converted);
                if (!RuleBindings.CONTROL_OWN_FIELDS.contains(parameter.getKey())) {
                    RuleBindings.CONTROL.field(parameter.getKey())
                            .ifPresent(field -> value.with(field.name(), fitting(field, converted)));
                }
            }
            return value.with("params", params);
        });
    }

    Bound connection(Connection connection) {
        return connections.computeIfAbsent(connection.id(), id -> {
            Bound from = element(connection.from());
            Bound to = element(connection.to());
            List<Long> ports = connection.ports().stream().map(Integer::longValue).toList();
            return new Bound(RuleBindings.CONNECTION, field -> field.equals("control_kinds")
                    ? controlKinds(facts.controlsOn(connection.ref())) : null)
                    .with("id", connection.id()).with("ref", connection.ref().key())
                    .with("name", nameOr(connection.name(), connection.id()))
                    .with("from", from).with("to", to)
                    .with("protocol", word(connection.protocol())).with("ports", ports)
                    .with("protocol_category", word(connection.protocolCategory()))
                    .with("category", word(connection.category()))
                    .with("initiator", word(connection.initiator()))
                    .with("via", connection.via().stream().map(this::element).toList())
                    .with("auth", word(connection.auth())).with("encrypted", connection.encrypted())
                    .with("always_on", connection.alwaysOn()).with("purpose", connection.purpose())
                    .with("justification", connection.justification()).with("expires", instant(connection.expires()))
                    .with("crosses_domains", !from.field("domain").equals(to.field("domain")))
                    .with("description", connection.description());
        });
    }

    Bound supplier(Supplier supplier) {
        return new Bound(RuleBindings.SUPPLIER, field -> field.equals("assets")
                ? assetsBySupplier().getOrDefault(supplier.id(), List.of()) : null)
                .with("id", supplier.id()).with("ref", supplier.ref().key())
                .with("name", nameOr(supplier.name(), supplier.id())).with("provides", supplier.provides())
                .with("support_sla", supplier.supportSla()).with("single_source", supplier.singleSource())
                .with("contract_owner", key(supplier.contractOwner())).with("description", supplier.description());
    }

    Bound service(Service service) {
        return services.computeIfAbsent(service.id(), id -> {
            Impact impact = service.impact() == null ? Impact.NONE : service.impact();
            Map<String, Object> dimensions = new LinkedHashMap<>();
            dimensions.put("safety", word(impact.safety()));
            dimensions.put("supply", word(impact.supply()));
            dimensions.put("environment", word(impact.environment()));
            dimensions.put("financial", word(impact.financial()));
            dimensions.put("society", word(impact.society()));
            ImpactLevel worst = impact.max();
            Bound value = new Bound(RuleBindings.SERVICE, field -> field.equals("requires")
                    ? elementsOf(service.requires()) : null)
                    .with("id", service.id()).with("ref", service.ref().key())
                    .with("name", nameOr(service.name(), service.id())).with("impact", dimensions)
                    .with("max_impact", worst.yamlName()).with("max_impact_level", (long) worst.ordinal())
                    .with("critical", worst.compareTo(ImpactLevel.HIGH) >= 0)
                    .with("max_tolerable_downtime", service.maxTolerableDowntime())
                    .with("has_fallback", service.fallback() != null).with("description", service.description());
            if (service.fallback() != null) {
                value.with("fallback_capacity", service.fallback().capacity())
                        .with("fallback_sustainable_for", service.fallback().sustainableFor())
                        .with("fallback_last_tested", instant(service.fallback().lastTested()));
            }
            return value;
        });
    }

    /** An element a record refers to; built once per reference. */
    Bound element(Ref ref) {
        Ref key = Ref.of(ref.kind(), ref.id());
        Bound cached = elements.get(key);
        if (cached != null) {
            return cached;
        }
        Bound value = new Bound(RuleBindings.ELEMENT).with("ref", key.key()).with("kind", key.kind().yamlName())
                .with("id", key.id()).with("domain", facts.domainOf(key).yamlName())
                .with("level", facts.levelOf(key).map(SiteBinder::level).orElse(null));
        if (key.kind() == RefKind.ASSET) {
            facts.model().asset(key.id()).ifPresent(a -> value.with("type", a.type().yamlName())
                    .with("zone", a.zones().isEmpty() ? null : a.zones().get(0).id()));
        } else if (key.kind() == RefKind.ZONE) {
            value.with("zone", key.id());
        }
        elements.put(key, value);
        return value;
    }

    // ------------------------------------------------------------------ lists and helpers

    List<Object> controls(Collection<Control> applied) {
        List<Object> values = new ArrayList<>(applied.size());
        for (Control control : applied) {
            values.add(control(control));
        }
        return values;
    }

    List<Object> connections(Collection<Connection> list) {
        List<Object> values = new ArrayList<>(list.size());
        for (Connection connection : list) {
            values.add(connection(connection));
        }
        return values;
    }

    List<Object> services(Collection<Ref> refs) {
        List<Object> values = new ArrayList<>(refs.size());
        for (Ref ref : refs) {
            facts.model().service(ref.id()).ifPresent(s -> values.add(service(s)));
        }
        return values;
    }

    /** Connections that list the asset in {@code via}; indexed on first use. */
    List<Connection> passingThrough(Ref asset) {
        if (passing == null) {
            passing = new HashMap<>();
            for (Connection connection : facts.model().connections()) {
                for (Ref via : connection.via()) {
                    List<Connection> list = passing.computeIfAbsent(Ref.of(via.kind(), via.id()), r -> new ArrayList<>());
                    if (list.isEmpty() || list.get(list.size() - 1) != connection) {
                        list.add(connection);
                    }
                }
            }
        }
        return passing.getOrDefault(Ref.of(asset.kind(), asset.id()), List.of());
    }

    /** The words of the enabled accounts used on an asset, directly or through one of its zones. */
    private List<String> accountWords(Asset asset, java.util.function.Function<Account, YamlEnum> word) {
        Set<String> words = new TreeSet<>();
        for (Account account : accountsOn(asset)) {
            YamlEnum value = word.apply(account);
            if (value != null) {
                words.add(value.yamlName());
            }
        }
        return List.copyOf(words);
    }

    private List<Account> accountsOn(Asset asset) {
        if (accountsByElement == null) {
            accountsByElement = new HashMap<>();
            for (Account account : facts.model().accounts()) {
                if (!account.disabled()) {
                    for (Ref ref : account.usedOn()) {
                        accountsByElement.computeIfAbsent(Ref.of(ref.kind(), ref.id()), r -> new ArrayList<>())
                                .add(account);
                    }
                }
            }
        }
        List<Account> found = new ArrayList<>(accountsByElement.getOrDefault(asset.ref(), List.of()));
        for (Ref zone : asset.zones()) {
            for (Account account : accountsByElement.getOrDefault(Ref.of(RefKind.ZONE, zone.id()), List.of())) {
                if (!found.contains(account)) {
                    found.add(account);
                }
            }
        }
        return found;
    }

    private Map<String, List<String>> assetsBySupplier() {
        if (assetsBySupplier == null) {
            assetsBySupplier = new HashMap<>();
            for (Asset asset : facts.model().assets()) {
                if (asset.supplier() != null) {
                    assetsBySupplier.computeIfAbsent(asset.supplier().id(), s -> new ArrayList<>()).add(asset.ref().key());
                }
            }
        }
        return assetsBySupplier;
    }

    /** The worst impact level among services, and whether one is critical. */
    ImpactLevel worst(Collection<Ref> serviceRefs) {
        ImpactLevel worst = ImpactLevel.NONE;
        for (Ref ref : serviceRefs) {
            Optional<Service> service = facts.model().service(ref.id());
            if (service.isPresent() && service.get().impact() != null) {
                ImpactLevel level = service.get().impact().max();
                if (level.compareTo(worst) > 0) {
                    worst = level;
                }
            }
        }
        return worst;
    }

    private List<Object> elementsOf(Dependency requires) {
        if (requires == null) {
            return List.of();
        }
        List<Object> values = new ArrayList<>();
        requires.forEachRef(ref -> values.add(element(ref)));
        return values;
    }

    private static List<String> controlKinds(List<Control> applied) {
        Set<String> kinds = new TreeSet<>();
        applied.forEach(c -> kinds.add(c.kind().yamlName()));
        return List.copyOf(kinds);
    }

    /**
     * A parameter value as CEL sees it: whole numbers as int, dates as timestamps, durations as
     * durations, lists as lists; null for what CEL cannot hold.
     */
    static Object celValue(Object value) {
        if (value instanceof Integer number) {
            return number.longValue();
        }
        if (value instanceof LocalDate date) {
            return instant(date);
        }
        if (value instanceof Long || value instanceof Double || value instanceof Boolean || value instanceof String
                || value instanceof Duration) {
            return value;
        }
        if (value instanceof Float number) {
            return number.doubleValue();
        }
        if (value instanceof YamlEnum word) {
            return word.yamlName();
        }
        if (value instanceof List<?> list) {
            List<Object> items = new ArrayList<>(list.size());
            for (Object item : list) {
                Object converted = celValue(item);
                if (converted != null) {
                    items.add(converted);
                }
            }
            return items;
        }
        return value == null ? null : value.toString();
    }

    /**
     * The value a typed control field gets from a parameter: the value when it has the field's
     * type, a free duration such as "30m" read as a duration, else nothing (the field reads null
     * and the value stays in {@code params}).
     */
    private static Object fitting(RuleBindings.Field field, Object value) {
        String type = field.type();
        if (type.startsWith("any")) {
            return value;
        }
        if (type.startsWith("string")) {
            return value instanceof String ? value : null;
        }
        if (type.startsWith("bool")) {
            return value instanceof Boolean ? value : null;
        }
        if (type.startsWith("int")) {
            return value instanceof Long ? value : null;
        }
        if (type.startsWith("double")) {
            return value instanceof Double || value instanceof Long ? ((Number) value).doubleValue() : null;
        }
        if (type.startsWith("duration")) {
            if (value instanceof Duration) {
                return value;
            }
            return value instanceof String text ? Scalars.duration(text).orElse(null) : null;
        }
        if (type.startsWith("timestamp")) {
            return value instanceof Instant ? value : null;
        }
        if (type.startsWith("list")) {
            return value instanceof List<?> ? value : null;
        }
        return null;
    }

    static Instant instant(LocalDate date) {
        return date == null ? null : date.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    static Double level(PurdueLevel level) {
        return level == null ? null : level.value();
    }

    private static String word(YamlEnum value) {
        return value == null ? null : value.yamlName();
    }

    private static List<String> words(List<? extends YamlEnum> values) {
        List<String> words = new ArrayList<>(values.size());
        values.forEach(v -> words.add(v.yamlName()));
        return words;
    }

    private static String key(Ref ref) {
        return ref == null ? null : ref.key();
    }

    private static String nameOr(String name, String id) {
        return name == null || name.isBlank() ? id : name;
    }
}
