package org.otbridge.model.spec;

import static org.otbridge.model.spec.FieldSpec.optional;
import static org.otbridge.model.spec.FieldSpec.required;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.otbridge.model.AccountDomain;
import org.otbridge.model.AccountKind;
import org.otbridge.model.AssetType;
import org.otbridge.model.AuthMethod;
import org.otbridge.model.ControlKind;
import org.otbridge.model.Discipline;
import org.otbridge.model.Domain;
import org.otbridge.model.Effort;
import org.otbridge.model.ImpactLevel;
import org.otbridge.model.Initiator;
import org.otbridge.model.Protocol;
import org.otbridge.model.ProtocolCategory;
import org.otbridge.model.PurdueLevel;
import org.otbridge.model.RefKind;
import org.otbridge.model.UsageTag;

/**
 * The grammar of the site model (docs/model.md, version 1): every section, object and field.
 * The loader reads by it and the JSON Schema is written from it.
 */
public final class ModelSpec {

    private ModelSpec() {
    }

    static final FieldType TEXT = new FieldType.Text();
    static final FieldType ID = new FieldType.Identifier();
    static final FieldType FLAG = new FieldType.Flag();
    static final FieldType DURATION = new FieldType.Span(List.of());
    static final FieldType DATE = new FieldType.Day();

    public static final Set<RefKind> ELEMENT_KINDS = EnumSet.of(
            RefKind.ASSET, RefKind.ZONE, RefKind.CONNECTION, RefKind.SUPPLIER, RefKind.SERVICE);
    public static final Set<RefKind> ENDPOINT_KINDS = EnumSet.of(
            RefKind.ASSET, RefKind.ZONE, RefKind.SUPPLIER, RefKind.INTERNET, RefKind.REMOVABLE_MEDIA);
    public static final Set<RefKind> ANY_SUBJECT = EnumSet.of(
            RefKind.ASSET, RefKind.ZONE, RefKind.CONNECTION, RefKind.SUPPLIER, RefKind.SERVICE, RefKind.PERSON,
            RefKind.UNIT, RefKind.CONTROL, RefKind.PROGRAM, RefKind.INTERNET, RefKind.REMOVABLE_MEDIA, RefKind.ACCOUNT);
    public static final Set<RefKind> PARTIES = EnumSet.of(RefKind.PERSON, RefKind.UNIT);
    public static final Set<RefKind> COMPROMISABLE = EnumSet.of(
            RefKind.ASSET, RefKind.ZONE, RefKind.SUPPLIER, RefKind.INTERNET, RefKind.REMOVABLE_MEDIA);

    static FieldType ref(RefKind kind, RefKind... more) {
        return new FieldType.Reference(EnumSet.of(kind, more));
    }

    static FieldType refs(Set<RefKind> kinds) {
        return new FieldType.ListOf(new FieldType.Reference(kinds), false);
    }

    static FieldType list(FieldType item) {
        return new FieldType.ListOf(item, false);
    }

    static FieldType choice(Class<? extends Enum<?>> type) {
        return new FieldType.Choice(type);
    }

    static FieldSpec id(String what) {
        return required("id", ID, "Unique id of this " + what + ", [a-z0-9][a-z0-9._-]*.");
    }

    static FieldSpec description() {
        return optional("description", TEXT, "Free text for readers of the model.");
    }

    static final FieldType REQUIRES = new FieldType.Requires(ELEMENT_KINDS);

    static FieldSpec requires(String what) {
        return optional("requires", REQUIRES, "What " + what + " needs to work: a list (all of), {any: [...]}, "
                + "{at_least: k, of: [...]}, nested freely, over assets, zones, connections, suppliers, services.");
    }

    public static final ObjectSpec UNIT = ObjectSpec.of("unit", "An organisational function.",
            id("unit"),
            optional("name", TEXT, "Display name."),
            required("discipline", choice(Discipline.class), "The function this unit belongs to."),
            optional("headcount", new FieldType.WholeNumber(0, Integer.MAX_VALUE),
                    "How many people the unit can call in, day or night; fallbacks that need more are reported."),
            description());

    public static final ObjectSpec PERSON = ObjectSpec.of("person", "A person and their mandate.",
            id("person"),
            optional("name", TEXT, "Full name."),
            optional("unit", ref(RefKind.UNIT), "The unit the person works in."),
            optional("title", TEXT, "Job title."),
            optional("mandate", refs(ANY_SUBJECT),
                    "Subjects the person has a formal mandate to drive, such as program:ot-security."),
            description());

    public static final ObjectSpec ORGANIZATION = ObjectSpec.of("organization", "The organisation, its units and people.",
            optional("name", TEXT, "Name of the organisation."),
            optional("units", list(new FieldType.Nested(UNIT)), "Organisational functions."),
            optional("people", list(new FieldType.Nested(PERSON)), "People and their mandates."),
            description());

    public static final ObjectSpec IMPACT = ObjectSpec.of("impact", "Consequence of losing the service, per dimension.",
            optional("safety", choice(ImpactLevel.class), "Harm to people."),
            optional("supply", choice(ImpactLevel.class), "Loss of delivery to customers."),
            optional("environment", choice(ImpactLevel.class), "Harm to the environment."),
            optional("financial", choice(ImpactLevel.class), "Financial loss."),
            optional("society", choice(ImpactLevel.class), "Harm to society and critical customers."));

    public static final ObjectSpec STAFF = ObjectSpec.of("staff", "People a fallback needs, from one unit.",
            required("unit", ref(RefKind.UNIT), "The unit the people come from."),
            optional("count", new FieldType.WholeNumber(1, Integer.MAX_VALUE),
                    "How many of its people the fallback needs at once."),
            optional("last_drilled", DATE, "When this unit last practised the fallback."));

    public static final ObjectSpec FALLBACK = ObjectSpec.of("fallback", "How the service keeps going when what it requires is down.",
            optional("description", TEXT, "What operators do instead."),
            optional("capacity", new FieldType.Percent(), "Share of normal delivery the fallback gives, such as 60%."),
            optional("sustainable_for", DURATION, "How long the fallback can be kept up."),
            optional("last_tested", DATE, "When the fallback was last exercised."),
            optional("staff", list(new FieldType.Nested(STAFF)),
                    "The people it needs: per unit, how many and when they last drilled it."));

    public static final ObjectSpec SERVICE = ObjectSpec.of("service", "What the organisation delivers; the anchor of every consequence.",
            id("service"),
            optional("name", TEXT, "Display name."),
            optional("impact", new FieldType.Nested(IMPACT), "Consequence of losing the service."),
            optional("max_tolerable_downtime", DURATION, "Longest outage the service can bear."),
            requires("the service"),
            optional("fallback", new FieldType.Nested(FALLBACK), "Degraded operation when the service is down."),
            description());

    public static final ObjectSpec ZONE = ObjectSpec.of("zone", "A network zone.",
            id("zone"),
            optional("name", TEXT, "Display name."),
            required("domain", choice(Domain.class), "Security domain: it, dmz, ot, safety or external."),
            optional("level", choice(PurdueLevel.class), "Purdue level: 0, 1, 2, 3, 3.5, 4 or 5."),
            optional("flat", FLAG, "Every asset in the zone can reach every other one (default true)."),
            optional("target_sl", new FieldType.WholeNumber(1, 4), "IEC 62443 target security level, 1 to 4."),
            requires("every asset of the zone"),
            description());

    public static final ObjectSpec SPARES = ObjectSpec.of("spares", "Spare parts for the asset.",
            optional("on_hand", new FieldType.WholeNumber(0, Integer.MAX_VALUE), "Spares in stock."),
            optional("lead_time", DURATION, "How long a replacement takes to arrive."));

    public static final ObjectSpec BACKUP = ObjectSpec.of("backup", "Backup of the asset.",
            optional("exists", FLAG, "Whether a backup exists."),
            optional("last_restore_test", DATE, "When a restore from it was last proven."));

    public static final ObjectSpec MANAGEMENT = ObjectSpec.of("management",
            "The asset's management interface: a UPS or PDU card, a switch's management port, a gateway's web page.",
            optional("zones", new FieldType.ListOf(new FieldType.Reference(EnumSet.of(RefKind.ZONE)), true),
                    "The zone or zones the interface sits in, such as a management network; default the asset's own."),
            optional("protocols", new FieldType.ListOf(choice(Protocol.class), true),
                    "How it is managed, such as https, snmp, ssh or telnet."),
            optional("auth", choice(AuthMethod.class), "Authentication: none, password, mfa or certificate."));

    public static final ObjectSpec ASSET = ObjectSpec.of("asset", "A device, host or external dependency.",
            id("asset"),
            optional("name", TEXT, "Display name."),
            required("type", choice(AssetType.class), "What the asset is."),
            optional("zone", ref(RefKind.ZONE), "The zone the asset sits in."),
            optional("zones", refs(EnumSet.of(RefKind.ZONE)), "All zones of a multi-homed asset."),
            optional("ips", list(new FieldType.IpAddress()), "IP addresses, as used to match observed traffic."),
            optional("macs", list(new FieldType.MacAddress()), "MAC addresses, for hosts seen only at layer 2."),
            optional("vendor", TEXT, "Manufacturer."),
            optional("product", TEXT, "Product name."),
            optional("version", TEXT, "Firmware or software version."),
            optional("usage", list(choice(org.otbridge.model.UsageTag.class)),
                    "How the asset is used in operations; decides which controls fit."),
            optional("controls", refs(EnumSet.of(RefKind.CONTROL)), "Controls configured on the asset."),
            requires("the asset"),
            optional("supplier", ref(RefKind.SUPPLIER), "Who supplies and supports the asset."),
            optional("owner", ref(RefKind.PERSON, RefKind.UNIT), "Who owns the asset."),
            optional("internet_exposed", FLAG, "Reachable from the internet."),
            optional("spares", new FieldType.Nested(SPARES), "Spare parts."),
            optional("backup", new FieldType.Nested(BACKUP), "Backup and restore test."),
            optional("end_of_support", DATE, "When vendor support ends."),
            optional("os", TEXT, "Operating system or firmware family and release, such as Windows Server 2012 R2 "
                    + "or VxWorks 6.9."),
            optional("signed_firmware", FLAG,
                    "Whether it accepts only signed (authenticated) firmware or software updates."),
            optional("management", new FieldType.Nested(MANAGEMENT),
                    "Its management interface: where it sits and how it authenticates."),
            description())
            .withExactlyOne("zone", "zones");

    public static final ObjectSpec CONNECTION = ObjectSpec.of("connection", "A conduit or data flow; where IT and OT meet.",
            id("connection"),
            optional("name", TEXT, "Display name."),
            required("from", new FieldType.Reference(ENDPOINT_KINDS), "One end: asset, zone, supplier, internet or removable-media."),
            required("to", new FieldType.Reference(ENDPOINT_KINDS), "The other end."),
            optional("protocol", choice(Protocol.class), "Application protocol."),
            optional("protocol_category", choice(ProtocolCategory.class), "What a connection with protocol other "
                    + "carries, such as remote-support for a remote administration tool the model does not name."),
            optional("ports", list(new FieldType.WholeNumber(0, 65535)), "Server ports."),
            optional("initiator", choice(Initiator.class), "Who opens the connection: from, to or both."),
            optional("via", refs(EnumSet.of(RefKind.ASSET)), "Assets the flow passes through, in order."),
            optional("auth", choice(AuthMethod.class), "Authentication: none, password, mfa or certificate."),
            optional("encrypted", FLAG, "Whether the traffic is encrypted."),
            optional("always_on", FLAG, "Up all the time rather than opened on demand."),
            optional("purpose", TEXT, "What the connection is for."),
            optional("justification", TEXT, "Why it is allowed."),
            optional("expires", DATE, "When the permission for it ends."),
            requires("the connection"),
            description())
            .withOnlyWith("protocol_category", "protocol", "other");

    public static final ObjectSpec SUPPLIER = ObjectSpec.of("supplier", "A supplier of products, support or services.",
            id("supplier"),
            optional("name", TEXT, "Display name."),
            optional("provides", list(TEXT), "What it provides, such as remote-support, spare-parts, software."),
            optional("support_sla", DURATION, "Contracted time to respond or restore."),
            optional("single_source", FLAG, "No other supplier can take over."),
            optional("contract_owner", ref(RefKind.PERSON), "Who owns the contract."),
            description());

    public static final ObjectSpec CONTROL = ObjectSpec.of("control",
            "A security control as configured. Parameters are free per kind; the documented ones are checked.",
            id("control"),
            required("kind", choice(ControlKind.class), "Kind of control."),
            optional("name", TEXT, "Display name."),
            optional("applies_to", refs(EnumSet.of(RefKind.ASSET, RefKind.ZONE, RefKind.CONNECTION)),
                    "Assets, zones (all their assets) or connections the control applies to."),
            description())
            .withParameters();

    public static final ObjectSpec RESPONSIBILITY = ObjectSpec.of("responsibility", "A RACI line for one subject.",
            required("subject", new FieldType.Reference(ANY_SUBJECT), "Any reference, or program:ot-security."),
            optional("accountable", new FieldType.ListOf(new FieldType.Reference(PARTIES), true),
                    "Who is accountable: one person (a list is accepted, and reported when longer than one)."),
            optional("responsible", new FieldType.ListOf(new FieldType.Reference(PARTIES), true), "Who does the work."),
            optional("consulted", new FieldType.ListOf(new FieldType.Reference(PARTIES), true), "Who is asked."),
            optional("informed", new FieldType.ListOf(new FieldType.Reference(PARTIES), true), "Who is told."));

    public static final ObjectSpec SCENARIO = ObjectSpec.of("scenario", "A named what-if case.",
            id("scenario"),
            optional("name", TEXT, "Display name."),
            optional("fail", refs(ELEMENT_KINDS), "Elements that stop working."),
            optional("compromise", refs(COMPROMISABLE), "Elements an attacker holds."),
            description());

    public static final ObjectSpec EXCEPTION = ObjectSpec.of("exception", "An accepted risk.",
            required("rule", TEXT, "The rule id whose finding is accepted, such as OTB-FIT-001."),
            required("subject", new FieldType.Reference(ANY_SUBJECT), "The subject of the accepted finding."),
            optional("reason", TEXT, "Why it is accepted, and what compensates."),
            optional("approved_by", ref(RefKind.PERSON), "Who approved it."),
            optional("expires", DATE, "When the acceptance ends."))
            .withPositions();

    public static final ObjectSpec ACCOUNT = ObjectSpec.of("account",
            "An account that logs on in the site: who uses it, where it is kept, where it logs on.",
            id("account"),
            optional("name", TEXT, "Display name, such as the login name."),
            required("kind", choice(AccountKind.class), "Whose account it is: personal, shared, service, vendor, "
                    + "vendor-default (a published default password never changed) or emergency (break-glass)."),
            optional("domain", choice(AccountDomain.class), "Where it is kept: it (the corporate directory), ot (a "
                    + "directory of OT's own), local (on the host or device) or cloud (a vendor portal, a cloud "
                    + "directory)."),
            optional("used_on", refs(EnumSet.of(RefKind.ASSET, RefKind.ZONE, RefKind.CONNECTION)),
                    "Where it logs on: assets, zones (every asset in them) and connections (remote access)."),
            optional("holders", refs(EnumSet.of(RefKind.PERSON, RefKind.UNIT, RefKind.SUPPLIER)),
                    "Who uses it: people, units, suppliers."),
            optional("mfa", FLAG, "Whether its logon needs a second factor."),
            optional("privileged", FLAG, "Whether it has administrator rights where it logs on."),
            optional("last_used", DATE, "When it was last used."),
            optional("disabled", FLAG, "Disabled: it cannot log on (default false)."),
            description());
    public static final ObjectSpec EFFORT = ObjectSpec.of("effort entry",
            "The site's own effort class for a kind of action the plan proposes.",
            required("action", TEXT, "The kind of action, as the plan names it: remove-connection, route-through-dmz, "
                    + "replace-control and the others listed in the plan documentation."),
            optional("subject", new FieldType.Reference(ANY_SUBJECT),
                    "Only for the action on this element; without it, for every action of that kind."),
            required("effort", choice(Effort.class), "hours, days, weeks or project."),
            optional("reason", TEXT, "Why the site's effort differs from the usual one."))
            .withPositions();

    public static final ObjectSpec ROOT = ObjectSpec.of("model", "An OT Bridge site model (version 1).",
            optional("organization", new FieldType.Nested(ORGANIZATION), "The organisation."),
            optional("services", list(new FieldType.Nested(SERVICE)), "Operational services."),
            optional("zones", list(new FieldType.Nested(ZONE)), "Network zones."),
            optional("assets", list(new FieldType.Nested(ASSET)), "Assets."),
            optional("connections", list(new FieldType.Nested(CONNECTION)), "Connections and data flows."),
            optional("suppliers", list(new FieldType.Nested(SUPPLIER)), "Suppliers."),
            optional("controls", list(new FieldType.Nested(CONTROL)), "Security controls."),
            optional("responsibilities", list(new FieldType.Nested(RESPONSIBILITY)), "Who is accountable for what."),
            optional("scenarios", list(new FieldType.Nested(SCENARIO)), "Named what-if cases."),
            optional("exceptions", list(new FieldType.Nested(EXCEPTION)), "Accepted risks."),
            optional("accounts", list(new FieldType.Nested(ACCOUNT)), "Accounts: shared, vendor, default, dormant "
                    + "and where they log on."),
            optional("efforts", list(new FieldType.Nested(EFFORT)), "The site's own effort classes for planned actions."));

    /** Keys with this prefix are extensions: accepted anywhere, never checked. */
    public static final String EXTENSION_PREFIX = "x-";

    /** Allowed usage tags, for documentation. */
    public static List<String> usageTags() {
        return org.otbridge.model.YamlEnum.names(UsageTag.class);
    }
}
