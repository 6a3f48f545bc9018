package org.otbridge.analysis.rules;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.cel.common.types.CelType;
import dev.cel.common.types.CelTypeProvider;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.NullableType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructType;
import dev.cel.common.types.StructTypeReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.otbridge.model.AccountDomain;
import org.otbridge.model.AccountKind;
import org.otbridge.model.AssetType;
import org.otbridge.model.AuthMethod;
import org.otbridge.model.ControlKind;
import org.otbridge.model.Domain;
import org.otbridge.model.ImpactLevel;
import org.otbridge.model.Initiator;
import org.otbridge.model.Protocol;
import org.otbridge.model.ProtocolCategory;
import org.otbridge.model.RefKind;
import org.otbridge.model.UsageTag;
import org.otbridge.model.YamlEnum;
import org.otbridge.model.spec.ControlParameters;
import org.otbridge.model.spec.FieldSpec;
import org.otbridge.model.spec.FieldType;

/**
 * What a rule condition can use: the record types (asset, zone, control, ...) with their typed
 * fields, and the variables of each {@link RuleScope}. One declaration serves the CEL type checker,
 * the values the engine binds ({@link SiteBinder}) and docs/rules.md, so the three cannot drift.
 *
 * <p>Values are the model's, in its own spelling: enum values as the lower-case words of the model,
 * references as {@code kind:id}, Purdue levels as numbers (3.5 for the DMZ), durations as CEL
 * durations and dates as CEL timestamps (midnight UTC). A field the model leaves empty reads as
 * {@code null} and {@code has(x.field)} is false for it; a comparison with null is an evaluation
 * error, which makes the condition not fire.
 */
public final class RuleBindings {

    private RuleBindings() {
    }

    /**
     * One field of a record type. {@code values} lists the words a string field holds; when
     * {@code closed}, a condition comparing the field with another word is an error (a control
     * parameter is open: kind {@code other} may use its own words).
     */
    public record Field(String name, CelType celType, String description, List<String> values, boolean closed) {
        public Field {
            values = List.copyOf(values);
        }

        /** The type as docs/rules.md shows it. */
        public String type() {
            return display(celType);
        }
    }

    /** A record type: its name in conditions (asset, zone, ...) and its fields. */
    public record Struct(String name, String description, List<Field> fields, StructType celType,
            Map<String, Field> byName) {

        public boolean has(Object field) {
            return byName.containsKey(field);
        }

        public Optional<Field> field(String name) {
            return Optional.ofNullable(byName.get(name));
        }
    }

    /** A variable of a condition and the scopes that declare it. */
    public record Variable(String name, CelType celType, String description, Set<RuleScope> scopes, List<String> values) {

        public String type() {
            return display(celType);
        }
    }

    private static final CelType STRING = SimpleType.STRING;
    private static final CelType OPT_STRING = NullableType.create(SimpleType.STRING);
    private static final CelType OPT_INT = NullableType.create(SimpleType.INT);
    private static final CelType OPT_BOOL = NullableType.create(SimpleType.BOOL);
    private static final CelType OPT_DOUBLE = NullableType.create(SimpleType.DOUBLE);
    private static final CelType STRINGS = ListType.create(SimpleType.STRING);

    static final String ELEMENT_TYPE = "otbridge.Element";
    static final String ASSET_TYPE = "otbridge.Asset";
    static final String ZONE_TYPE = "otbridge.Zone";
    static final String CONTROL_TYPE = "otbridge.Control";
    static final String CONNECTION_TYPE = "otbridge.Connection";
    static final String SUPPLIER_TYPE = "otbridge.Supplier";
    static final String SERVICE_TYPE = "otbridge.Service";

    /**
     * Control parameters the built-in rules read beyond those documented per kind in the model
     * (for kind {@code other} the practice is named by {@code name}; docs/model.md lists them).
     */
    static final List<Field> CATALOG_PARAMETERS = List.of(
            field("name", OPT_STRING, "Name of the control; for kind `other`, the practice the built-in rules "
                    + "know: no-shared-accounts, penetration-test, encrypt-all, it-hardening-baseline, disk-encryption, "
                    + "audit-failure-response, dual-approval, pam-approval, logon-hours, conditional-access, "
                    + "disable-inactive-accounts, pki-strict-revocation, auto-containment."),
            field("preboot_pin", OPT_BOOL, "Disk encryption asks for a PIN before the system boots (kind other)."),
            field("break_glass", OPT_BOOL, "An offline break-glass procedure exists (kind other, pam-approval)."),
            field("cloud_required", OPT_BOOL, "The tool needs its cloud service to work (any kind)."));

    /** Field names of the control record that are not parameters. */
    static final Set<String> CONTROL_OWN_FIELDS = Set.of("id", "ref", "kind", "applies_to", "description", "params");

    private static final List<String> ASSET_TYPES = YamlEnum.names(AssetType.class);
    private static final List<String> DOMAINS = YamlEnum.names(Domain.class);
    private static final List<String> IMPACTS = YamlEnum.names(ImpactLevel.class);
    private static final List<String> CONTROL_KINDS = YamlEnum.names(ControlKind.class);

    /** An endpoint or other element a record refers to. */
    public static final Struct ELEMENT = struct("element", ELEMENT_TYPE,
            "A model element another record refers to: a requires entry, a connection end, a via asset.",
            field("ref", STRING, "The reference as written in models and reports: `asset:dc-1`, `internet`."),
            field("kind", STRING, "What it is.", endpointKinds()),
            field("id", STRING, "Its id; for `internet` and `removable-media` the kind itself."),
            field("type", OPT_STRING, "The asset type, for an asset; null otherwise.", ASSET_TYPES),
            field("domain", STRING, "Security domain: an asset's first zone's, a zone's own; `external` for "
                    + "suppliers, the internet, removable media and anything else outside every zone.", DOMAINS),
            field("level", OPT_DOUBLE, "Purdue level of that zone (0 to 5, 3.5 for a DMZ); 5 outside; null when "
                    + "the zone sets none."),
            field("zone", OPT_STRING, "The id of an asset's first zone, or of the zone itself; null otherwise."));

    public static final Struct ASSET = struct("asset", ASSET_TYPE, "An asset (docs/model.md, assets).",
            field("id", STRING, "The asset id."),
            field("ref", STRING, "`asset:<id>`."),
            field("name", STRING, "Its name (the id when the model gives none)."),
            field("type", STRING, "What it is.", ASSET_TYPES),
            field("usage", STRINGS, "Usage tags, sorted.", YamlEnum.names(UsageTag.class)),
            field("zones", STRINGS, "Ids of every zone it sits in, in the order written."),
            field("domains", STRINGS, "The domains of those zones.", DOMAINS),
            field("multi_homed", SimpleType.BOOL, "True when it sits in more than one zone."),
            field("ips", STRINGS, "IP addresses."),
            field("vendor", OPT_STRING, "Vendor, or null."),
            field("product", OPT_STRING, "Product, or null."),
            field("version", OPT_STRING, "Version, or null."),
            field("supplier", OPT_STRING, "`supplier:<id>` of its supplier, or null."),
            field("owner", OPT_STRING, "`person:<id>` or `unit:<id>` of its owner, or null."),
            field("internet_exposed", SimpleType.BOOL, "Declared reachable from the internet."),
            field("end_of_support", SimpleType.TIMESTAMP, "End of vendor support (midnight UTC); unset when "
                    + "not declared (test with `has(asset.end_of_support)`)."),
            field("os", OPT_STRING, "Operating system or firmware family as written, or null."),
            field("signed_firmware", OPT_BOOL, "Accepts only signed firmware or software updates; null when the "
                    + "model does not say."),
            field("management_zones", STRINGS, "Ids of the zones its management interface sits in (its own zones "
                    + "when `management` names none); empty without `management`."),
            field("management_auth", OPT_STRING, "How its management interface authenticates, or null.",
                    YamlEnum.names(AuthMethod.class)),
            field("account_kinds", STRINGS, "Kinds of the enabled accounts used on it (named in `used_on` directly "
                    + "or through one of its zones), sorted, each once.", YamlEnum.names(AccountKind.class)),
            field("account_domains", STRINGS, "Where those accounts are kept, sorted, each once.",
                    YamlEnum.names(AccountDomain.class)),
            field("backup_exists", OPT_BOOL, "Whether a backup exists; null when not declared."),
            field("last_restore_test", SimpleType.TIMESTAMP, "Last proven restore; unset when not declared."),
            field("spares_on_hand", OPT_INT, "Spares kept; null when not declared."),
            field("spares_lead_time", SimpleType.DURATION, "Lead time for a replacement; unset when not declared."),
            field("requires", ListType.create(StructTypeReference.create(ELEMENT_TYPE)), "Everything its own "
                    + "`requires` names, at any depth of all/any/at_least, as elements."),
            field("controls", STRINGS, "Ids of every control that applies to it (listed on it, or applying to it "
                    + "or one of its zones)."),
            field("control_kinds", STRINGS, "The kinds of those controls, sorted, each once: "
                    + "`'physical-access' in asset.control_kinds`.", CONTROL_KINDS),
            field("description", OPT_STRING, "Free text, or null."));

    public static final Struct ZONE = struct("zone", ZONE_TYPE, "A zone (docs/model.md, zones).",
            field("id", STRING, "The zone id; empty for an asset that sits in no zone."),
            field("ref", STRING, "`zone:<id>`."),
            field("name", STRING, "Its name."),
            field("domain", STRING, "Security domain; `external` for an asset in no zone.", DOMAINS),
            field("level", OPT_DOUBLE, "Purdue level (0, 1, 2, 3, 3.5, 4, 5), or null when not declared. Compare "
                    + "with numbers: `zone.level <= 2`."),
            field("flat", SimpleType.BOOL, "Every asset in it reaches every other one."),
            field("target_sl", OPT_INT, "IEC 62443 target security level 1 to 4, or null."),
            field("asset_count", SimpleType.INT, "How many assets sit in it (multi-homed ones included)."),
            field("asset_types", STRINGS, "The types of those assets, sorted, each once.", ASSET_TYPES),
            field("control_kinds", STRINGS, "Kinds of the controls that apply to the zone itself, sorted, each once.",
                    CONTROL_KINDS),
            field("description", OPT_STRING, "Free text, or null."));

    public static final Struct CONTROL = struct("control", CONTROL_TYPE, "A control as configured (docs/model.md, "
            + "controls). Every parameter is in `params`; the parameters documented for any kind, and those the "
            + "built-in rules read, are also fields of their own, typed, and null when the control does not set them "
            + "or sets them to a value of another type.", controlFields());

    public static final Struct CONNECTION = struct("connection", CONNECTION_TYPE, "A connection (docs/model.md, "
            + "connections).",
            field("id", STRING, "The connection id."),
            field("ref", STRING, "`connection:<id>`."),
            field("name", STRING, "Its name (the id when the model gives none)."),
            field("from", StructTypeReference.create(ELEMENT_TYPE), "Where it starts."),
            field("to", StructTypeReference.create(ELEMENT_TYPE), "Where it ends."),
            field("protocol", STRING, "Application protocol.", YamlEnum.names(Protocol.class)),
            field("protocol_category", OPT_STRING, "The category declared for protocol other, or null.",
                    YamlEnum.names(ProtocolCategory.class)),
            field("category", OPT_STRING, "What it carries: the category of its protocol (`remote-support` for "
                    + "TeamViewer, AnyDesk and the like, `industrial`, `remote-desktop`, ...), else the declared "
                    + "`protocol_category`; null when neither says.", YamlEnum.names(ProtocolCategory.class)),
            field("ports", ListType.create(SimpleType.INT), "Ports."),
            field("initiator", STRING, "Which end opens it.", YamlEnum.names(Initiator.class)),
            field("via", ListType.create(StructTypeReference.create(ELEMENT_TYPE)), "Assets it passes, in order."),
            field("auth", OPT_STRING, "Authentication, or null when the model does not say.",
                    YamlEnum.names(AuthMethod.class)),
            field("encrypted", OPT_BOOL, "Encrypted, or null when the model does not say."),
            field("always_on", SimpleType.BOOL, "Permanently available."),
            field("purpose", OPT_STRING, "Purpose, or null."),
            field("justification", OPT_STRING, "Justification, or null."),
            field("expires", SimpleType.TIMESTAMP, "When it must be gone (midnight UTC); unset when not declared."),
            field("crosses_domains", SimpleType.BOOL, "Its two ends are in different domains."),
            field("control_kinds", STRINGS, "Kinds of the controls that apply to it, sorted, each once.",
                    CONTROL_KINDS),
            field("description", OPT_STRING, "Free text, or null."));

    public static final Struct SUPPLIER = struct("supplier", SUPPLIER_TYPE, "A supplier (docs/model.md, suppliers).",
            field("id", STRING, "The supplier id."),
            field("ref", STRING, "`supplier:<id>`."),
            field("name", STRING, "Its name."),
            field("provides", STRINGS, "What it provides, as written."),
            field("support_sla", SimpleType.DURATION, "Support response time; unset when not declared."),
            field("single_source", SimpleType.BOOL, "No other supplier can step in."),
            field("contract_owner", OPT_STRING, "`person:<id>` of the contract owner, or null."),
            field("assets", STRINGS, "`asset:<id>` of every asset that names it as supplier."),
            field("description", OPT_STRING, "Free text, or null."));

    public static final Struct SERVICE = struct("service", SERVICE_TYPE, "A service (docs/model.md, services).",
            field("id", STRING, "The service id."),
            field("ref", STRING, "`service:<id>`."),
            field("name", STRING, "Its name."),
            field("impact", MapType.create(SimpleType.STRING, SimpleType.STRING), "Impact level per dimension: "
                    + "`service.impact.supply`; keys safety, supply, environment, financial, society.", IMPACTS),
            field("max_impact", STRING, "The worst impact level of any dimension.", IMPACTS),
            field("max_impact_level", SimpleType.INT, "The same as a number: none 0, low 1, medium 2, high 3, "
                    + "critical 4."),
            field("critical", SimpleType.BOOL, "Some impact is high or critical: a critical service."),
            field("max_tolerable_downtime", SimpleType.DURATION, "Unset when not declared."),
            field("requires", ListType.create(StructTypeReference.create(ELEMENT_TYPE)), "Everything its "
                    + "`requires` names, at any depth, as elements."),
            field("has_fallback", SimpleType.BOOL, "A fallback is declared."),
            field("fallback_capacity", OPT_DOUBLE, "Fallback capacity in percent, or null."),
            field("fallback_sustainable_for", SimpleType.DURATION, "How long the fallback lasts; unset when not "
                    + "declared."),
            field("fallback_last_tested", SimpleType.TIMESTAMP, "Last fallback test; unset when not declared."),
            field("description", OPT_STRING, "Free text, or null."));

    /** Every record type, in the order docs/rules.md shows them. */
    public static final List<Struct> STRUCTS = List.of(ASSET, ZONE, CONTROL, CONNECTION, SUPPLIER, SERVICE, ELEMENT);

    private static final Set<RuleScope> ASSETS = EnumSet.of(RuleScope.ASSET, RuleScope.ASSET_CONTROL);
    private static final Set<RuleScope> ALL = EnumSet.allOf(RuleScope.class);
    private static final Set<RuleScope> NOT_SERVICE = EnumSet.complementOf(EnumSet.of(RuleScope.SERVICE));

    /** Every variable, with the scopes that declare it. */
    public static final List<Variable> VARIABLES = List.of(
            new Variable("asset", ASSET.celType(), "The asset the rule is evaluated for.", ASSETS, List.of()),
            new Variable("zone", ZONE.celType(), "In asset scopes: one zone of the asset; an asset in several zones "
                    + "is evaluated once per zone, and a rule reports it once. In zone scope: the zone.",
                    EnumSet.of(RuleScope.ASSET, RuleScope.ASSET_CONTROL, RuleScope.ZONE), List.of()),
            new Variable("control", CONTROL.celType(), "The control that applies to the asset.",
                    EnumSet.of(RuleScope.ASSET_CONTROL), List.of()),
            new Variable("connection", CONNECTION.celType(), "The connection.", EnumSet.of(RuleScope.CONNECTION),
                    List.of()),
            new Variable("supplier", SUPPLIER.celType(), "The supplier.", EnumSet.of(RuleScope.SUPPLIER), List.of()),
            new Variable("service", SERVICE.celType(), "The service.", EnumSet.of(RuleScope.SERVICE), List.of()),
            new Variable("controls", ListType.create(CONTROL.celType()), "Every control that applies to the subject "
                    + "(the asset, connection or zone; for a supplier, those naming it in applies_to).",
                    NOT_SERVICE, List.of()),
            new Variable("connections", ListType.create(CONNECTION.celType()), "Connections that start or end at "
                    + "the subject (the asset, zone or supplier).",
                    EnumSet.of(RuleScope.ASSET, RuleScope.ASSET_CONTROL, RuleScope.ZONE, RuleScope.SUPPLIER), List.of()),
            new Variable("via_connections", ListType.create(CONNECTION.celType()), "Connections that pass through "
                    + "the asset (list it in `via`).", ASSETS, List.of()),
            new Variable("services", ListType.create(SERVICE.celType()), "The services that need the subject, "
                    + "through `requires` and the implicit dependencies of the model (docs/model.md), sorted by id. For a connection: "
                    + "those needing it, its ends or its via assets; for a zone: those needing it or an asset in it.",
                    NOT_SERVICE, List.of()),
            new Variable("max_impact", STRING, "The worst impact level among `services`; `none` when no service "
                    + "needs the subject.", NOT_SERVICE, IMPACTS),
            new Variable("max_impact_level", SimpleType.INT, "The same as a number: none 0, low 1, medium 2, "
                    + "high 3, critical 4.", NOT_SERVICE, List.of()),
            new Variable("critical_service", SimpleType.BOOL, "Some service in `services` is critical (an impact "
                    + "high or critical).", NOT_SERVICE, List.of()),
            new Variable("now", SimpleType.TIMESTAMP, "The assessment day, midnight UTC: "
                    + "`asset.end_of_support < now`.", ALL, List.of()));

    private static List<Field> controlFields() {
        List<Field> fields = new ArrayList<>(List.of(
                field("id", STRING, "The control id."),
                field("ref", STRING, "`control:<id>`."),
                field("kind", STRING, "Its kind.", CONTROL_KINDS),
                field("applies_to", STRINGS, "References named in its `applies_to`."),
                field("description", OPT_STRING, "Free text, or null."),
                field("params", MapType.create(SimpleType.STRING, SimpleType.DYN), "Every parameter as written "
                        + "(durations and dates converted): `control.params.last_tested`; test with "
                        + "`has(control.params.x)` or read with `control.params.?x.orValue(false)`.")));
        Map<String, List<FieldSpec>> byName = new LinkedHashMap<>();
        Map<String, List<String>> kindsByName = new LinkedHashMap<>();
        for (ControlKind kind : ControlKind.values()) {
            for (FieldSpec spec : ControlParameters.of(kind)) {
                byName.computeIfAbsent(spec.name(), n -> new ArrayList<>()).add(spec);
                kindsByName.computeIfAbsent(spec.name(), n -> new ArrayList<>()).add(kind.yamlName());
            }
        }
        Map<String, Field> catalog = new LinkedHashMap<>();
        CATALOG_PARAMETERS.forEach(f -> catalog.put(f.name(), f));
        for (Map.Entry<String, List<FieldSpec>> entry : byName.entrySet()) {
            String name = entry.getKey();
            CelType type = null;
            List<String> values = new ArrayList<>();
            StringBuilder description = new StringBuilder();
            for (FieldSpec spec : entry.getValue()) {
                CelType one = celType(spec.type());
                type = type == null || type.equals(one) ? one : SimpleType.DYN;
                if (spec.type() instanceof FieldType.Words words) {
                    words.values().stream().filter(v -> !values.contains(v)).forEach(values::add);
                }
            }
            List<String> kinds = kindsByName.get(name);
            for (int i = 0; i < kinds.size(); i++) {
                description.append(i == 0 ? "" : " ").append(kinds.get(i)).append(": ")
                        .append(entry.getValue().get(i).description());
            }
            Field extra = catalog.remove(name);
            if (extra != null) {
                description.append(" Other kinds: ").append(extra.description());
            }
            fields.add(new Field(name, type, description.toString(), type == SimpleType.DYN ? List.of() : values, false));
        }
        fields.addAll(catalog.values());
        return fields;
    }

    /** The CEL type of a documented control parameter; nullable, since any parameter may be left out. */
    private static CelType celType(FieldType type) {
        if (type instanceof FieldType.Flag) {
            return OPT_BOOL;
        }
        if (type instanceof FieldType.WholeNumber) {
            return OPT_INT;
        }
        if (type instanceof FieldType.Span span) {
            return span.words().isEmpty() ? SimpleType.DURATION : SimpleType.DYN;
        }
        if (type instanceof FieldType.Day) {
            return SimpleType.TIMESTAMP;
        }
        if (type instanceof FieldType.ListOf) {
            return STRINGS;
        }
        if (type instanceof FieldType.Percent) {
            return OPT_DOUBLE;
        }
        if (type instanceof FieldType.Free) {
            return SimpleType.DYN;
        }
        return OPT_STRING;
    }

    private static List<String> endpointKinds() {
        List<String> kinds = new ArrayList<>();
        for (RefKind kind : RefKind.values()) {
            kinds.add(kind.yamlName());
        }
        return kinds;
    }

    private static Field field(String name, CelType type, String description) {
        return new Field(name, type, description, List.of(), false);
    }

    private static Field field(String name, CelType type, String description, List<String> values) {
        return new Field(name, type, description, values, true);
    }

    private static Struct struct(String name, String celName, String description, Field... fields) {
        return struct(name, celName, description, List.of(fields));
    }

    private static Struct struct(String name, String celName, String description, List<Field> fields) {
        Map<String, Field> byName = new LinkedHashMap<>();
        for (Field field : fields) {
            if (byName.put(field.name(), field) != null) {
                throw new IllegalStateException("field declared twice: " + name + "." + field.name());
            }
        }
        Map<String, CelType> types = new LinkedHashMap<>();
        byName.forEach((n, f) -> types.put(n, f.celType()));
        StructType celType = StructType.create(celName, ImmutableSet.copyOf(types.keySet()),
                n -> Optional.ofNullable(types.get(n)));
        return new Struct(name, description, List.copyOf(fields), celType, Collections.unmodifiableMap(byName));
    }

    /** The record types for the CEL checker and runtime. */
    static CelTypeProvider typeProvider() {
        Map<String, CelType> types = new LinkedHashMap<>();
        for (Struct struct : STRUCTS) {
            types.put(struct.celType().name(), struct.celType());
        }
        ImmutableList<CelType> all = ImmutableList.copyOf(types.values());
        return new CelTypeProvider() {
            @Override
            public ImmutableCollection<CelType> types() {
                return all;
            }

            @Override
            public Optional<CelType> findType(String typeName) {
                return Optional.ofNullable(types.get(typeName));
            }
        };
    }

    /** The record type of a CEL type name, if it is one of ours. */
    static Optional<Struct> structNamed(String celName) {
        for (Struct struct : STRUCTS) {
            if (struct.celType().name().equals(celName)) {
                return Optional.of(struct);
            }
        }
        return Optional.empty();
    }

    /** The variables a scope declares, in declaration order. */
    public static List<Variable> variables(RuleScope scope) {
        return VARIABLES.stream().filter(v -> v.scopes().contains(scope)).toList();
    }

    /** A CEL type as docs/rules.md and messages show it: {@code string or null}, {@code list(asset)}. */
    static String display(CelType type) {
        if (type instanceof NullableType nullable) {
            return display(nullable.targetType()) + " or null";
        }
        if (type instanceof ListType list) {
            return "list(" + display(list.elemType()) + ")";
        }
        if (type instanceof MapType map) {
            return "map(" + display(map.keyType()) + ", " + display(map.valueType()) + ")";
        }
        Optional<Struct> struct = structNamed(type.name());
        if (struct.isPresent()) {
            return struct.get().name();
        }
        if (type == SimpleType.DYN) {
            return "any";
        }
        return type.name().replace("google.protobuf.", "").toLowerCase(java.util.Locale.ROOT);
    }
}
