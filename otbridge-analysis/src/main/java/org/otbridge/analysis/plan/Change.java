package org.otbridge.analysis.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.otbridge.model.Account;
import org.otbridge.model.AccountDomain;
import org.otbridge.model.Asset;
import org.otbridge.model.AuthMethod;
import org.otbridge.model.Backup;
import org.otbridge.model.Connection;
import org.otbridge.model.Control;
import org.otbridge.model.ControlKind;
import org.otbridge.model.Effort;
import org.otbridge.model.Fallback;
import org.otbridge.model.FallbackStaff;
import org.otbridge.model.Management;
import org.otbridge.model.Model;
import org.otbridge.model.Organization;
import org.otbridge.model.Person;
import org.otbridge.model.Protocol;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.Responsibility;
import org.otbridge.model.Service;
import org.otbridge.model.Spares;
import org.otbridge.model.Supplier;

/**
 * One concrete change to a model that an action proposes: applied to a copy of the model, it is
 * what the plan measures. Each names its kind (for the JSON and for effort overrides), its
 * subject, the effort it usually takes, and what it does in words.
 */
public sealed interface Change {

    /**
     * The elements a change names, in the order of their keys: they are often gathered in sets, and
     * the same plan must give the same titles and action ids on every run.
     */
    private static List<Ref> inOrder(List<Ref> refs) {
        return refs.stream().distinct().sorted(Ref.BY_KEY).toList();
    }


    /** The kind, lower case with hyphens: {@code remove-connection}. */
    String kind();

    /** The element the change is made to. */
    Ref subject();

    /** The usual effort of this kind of change. */
    Effort effort();

    /** What to do, as the first words of an action: "Remove connection:office-rdp". */
    String title();

    /** The model after the change; {@code today} dates what the change records as done. */
    Model apply(Model model, LocalDate today);

    /** The elements the change edits: the subject, and any others it names. */
    default List<Ref> touches() {
        return List.of(subject());
    }

    /**
     * The other elements the change names, besides its subject: the assets a control is taken off,
     * the broker and the second leg of a routed connection, the person made accountable...
     */
    default List<Ref> elements() {
        List<Ref> touched = touches();
        return touched.isEmpty() ? List.of() : touched.subList(1, touched.size());
    }

    /** The change's own settings, besides kind and subject: what makes two changes of a kind differ. */
    default Map<String, Object> details() {
        return Map.of();
    }

    /** Take a bypass or unneeded connection away. */
    record RemoveConnection(Ref subject) implements Change {
        public String kind() {
            return "remove-connection";
        }

        public Effort effort() {
            return Effort.DAYS;
        }

        public String title() {
            return "Remove " + subject.key();
        }

        public Model apply(Model model, LocalDate today) {
            Model without = ModelEdit.connections(model, ModelEdit.replace(model.connections(), Connection::id,
                    subject.id(), c -> null));
            return ModelEdit.forget(without, subject);
        }
    }

    /**
     * A flow that crossed the boundary in one hop now ends at a broker in the DMZ, and a second
     * flow carries it on: the connection keeps its id for the leg from its {@code from} end to the
     * broker, {@code <id>-dmz} is the leg from the broker on, and whatever needed the connection
     * needs both legs. Remote access through the broker is also made what it should be: MFA,
     * approval per session, opened on demand, an expiry date, and a plain remote-desktop session
     * from the jump host instead of remote-support software on the OT host.
     */
    record RouteThroughDmz(Ref subject, Ref broker, boolean remoteAccess) implements Change {
        public List<Ref> elements() {
            return List.of(broker, Ref.of(RefKind.CONNECTION, subject.id() + "-dmz"));
        }

        public String kind() {
            return "route-through-dmz";
        }

        public Effort effort() {
            return Effort.WEEKS;
        }

        public String title() {
            return "Route " + subject.key() + " through " + broker.key() + " in the DMZ"
                    + (remoteAccess ? ", with MFA, approval per session and an expiry date" : "");
        }

        public List<Ref> touches() {
            return List.of(subject, broker);
        }

        public Model apply(Model model, LocalDate today) {
            if (model.connection(subject.id()).isEmpty()) {
                return model;
            }
            Ref second = Ref.of(RefKind.CONNECTION, subject.id() + "-dmz");
            List<Connection> connections = new ArrayList<>(model.connections().size() + 1);
            for (Connection c : model.connections()) {
                if (c.id().equals(subject.id())) {
                    connections.add(leg(c, c.id(), c.from(), broker, today));
                    connections.add(leg(c, second.id(), broker, c.to(), today));
                } else {
                    connections.add(c);
                }
            }
            Model routed = ModelEdit.requireAlso(ModelEdit.connections(model, connections), subject, second);
            if (!remoteAccess) {
                return routed;
            }
            List<Control> controls = new ArrayList<>(routed.controls());
            controls.add(new Control("plan-approval-" + subject.id(), ControlKind.REMOTE_ACCESS_APPROVAL,
                    List.of(subject, second), Map.of(), "Each session approved by the control room", null));
            return ModelEdit.controls(routed, controls);
        }

        private Connection leg(Connection c, String id, Ref from, Ref to, LocalDate today) {
            if (!remoteAccess) {
                return new Connection(id, c.name(), from, to, c.protocol(), c.ports(), c.initiator(), List.of(),
                        c.auth(), c.encrypted(), c.alwaysOn(), c.purpose(), c.justification(), c.expires(),
                        c.requires(), c.protocolCategory(), c.description(), c.at());
            }
            // remote-support software (named, or protocol other with its category) gives way to a plain RDP session
            boolean support = c.isRemoteSupport();
            return new Connection(id, c.name(), from, to, support ? Protocol.RDP : c.protocol(), c.ports(),
                    c.initiator(), List.of(), AuthMethod.MFA, true, false, c.purpose(), c.justification(),
                    c.expires() != null ? c.expires() : today.plusYears(1), c.requires(),
                    support ? null : c.protocolCategory(), c.description(), c.at());
        }

        public Map<String, Object> details() {
            return remoteAccess
                    ? Map.of("broker", broker.key(), "second_leg", "connection:" + subject.id() + "-dmz", "auth", "mfa",
                            "approval", true, "always_on", false)
                    : Map.of("broker", broker.key(), "second_leg", "connection:" + subject.id() + "-dmz");
        }
    }

    /** MFA, approval per session, opened on demand, an expiry date: the way remote access should be. */
    record HardenConnection(Ref subject) implements Change {
        public String kind() {
            return "harden-connection";
        }

        public Effort effort() {
            return Effort.WEEKS;
        }

        public String title() {
            return "Put " + subject.key() + " behind MFA, approval per session and an expiry date";
        }

        public Model apply(Model model, LocalDate today) {
            Model hardened = ModelEdit.connections(model, ModelEdit.replace(model.connections(), Connection::id,
                    subject.id(), c -> new Connection(c.id(), c.name(), c.from(), c.to(), c.protocol(), c.ports(),
                            c.initiator(), c.via(), AuthMethod.MFA, true, false, c.purpose(), c.justification(),
                            c.expires() != null ? c.expires() : today.plusYears(1), c.requires(),
                            c.protocolCategory(), c.description(), c.at())));
            List<Control> controls = new ArrayList<>(hardened.controls());
            controls.add(new Control("plan-approval-" + subject.id(), ControlKind.REMOTE_ACCESS_APPROVAL,
                    List.of(subject), Map.of(), "Each session approved by the control room", null));
            return ModelEdit.controls(hardened, controls);
        }

        public Map<String, Object> details() {
            return Map.of("auth", "mfa", "approval", true, "always_on", false);
        }
    }

    /** A host in zones of several domains or levels leaves the outer ones (a replica or broker takes its place there). */
    record LeaveZones(Ref subject, List<Ref> zones) implements Change {
        public LeaveZones {
            zones = inOrder(zones);
        }

        public List<Ref> touches() {
            return concat(subject, zones);
        }

        public String kind() {
            return "leave-zones";
        }

        public Effort effort() {
            return Effort.WEEKS;
        }

        public String title() {
            return "Take " + subject.key() + " out of " + String.join(" and ", zones.stream().map(Ref::key).toList())
                    + " (a DMZ replica or broker serves that side)";
        }

        public Model apply(Model model, LocalDate today) {
            return ModelEdit.assets(model, ModelEdit.replace(model.assets(), Asset::id, subject.id(), a -> {
                List<Ref> kept = a.zones().stream().filter(z -> !zones.contains(z)).toList();
                return withZones(a, kept);
            }));
        }

        public Map<String, Object> details() {
            return Map.of("zones", zones.stream().map(Ref::key).toList());
        }
    }

    /** An OT asset no longer reachable from the internet. */
    record CloseInternetExposure(Ref subject) implements Change {
        public String kind() {
            return "close-internet-exposure";
        }

        public Effort effort() {
            return Effort.DAYS;
        }

        public String title() {
            return "Take " + subject.key() + " off the internet";
        }

        public Model apply(Model model, LocalDate today) {
            return ModelEdit.assets(model, ModelEdit.replace(model.assets(), Asset::id, subject.id(),
                    a -> new Asset(a.id(), a.name(), a.type(), a.zones(), a.ips(), a.macs(), a.vendor(), a.product(),
                            a.version(), a.usage(), a.controls(), a.requires(), a.supplier(), a.owner(), false,
                            a.spares(), a.backup(), a.endOfSupport(), a.os(), a.signedFirmware(), a.management(),
                            a.description(), a.at())));
        }
    }

    /**
     * An IT control taken off the assets where it harms operations, replaced there by the OT-fit
     * alternative its findings name; the control stays where it fits. {@code subject} is the control.
     */
    record WithdrawControl(Ref subject, List<Ref> from) implements Change {
        public WithdrawControl {
            from = inOrder(from);
        }

        public List<Ref> touches() {
            return concat(subject, from);
        }

        public String kind() {
            return "replace-control";
        }

        public Effort effort() {
            return Effort.DAYS;
        }

        public String title() {
            return "Replace " + subject.key() + " on " + org.otbridge.analysis.Sentences.refs(from, 4) + " with the OT-fit alternative";
        }

        public Model apply(Model model, LocalDate today) {
            java.util.Set<Ref> leaving = new java.util.HashSet<>(from);
            java.util.Set<Ref> zonesOfThem = new java.util.HashSet<>();
            List<Asset> assets = new ArrayList<>(model.assets().size());
            for (Asset a : model.assets()) {
                if (leaving.contains(a.ref())) {
                    zonesOfThem.addAll(a.zones());
                    assets.add(a.withControls(a.controls().stream().filter(c -> !c.equals(subject)).toList()));
                } else {
                    assets.add(a);
                }
            }
            // A control given to a whole zone stays on the zone's other assets: they list it instead.
            List<Ref> zonesLosing = new ArrayList<>();
            Model edited = ModelEdit.assets(model, assets);
            Control control = model.control(subject.id()).orElse(null);
            if (control == null) {
                return edited;
            }
            for (Ref target : control.appliesTo()) {
                if (target.kind() == RefKind.ZONE && zonesOfThem.contains(target)) {
                    zonesLosing.add(target);
                }
            }
            List<Ref> appliesTo = control.appliesTo().stream()
                    .filter(t -> !leaving.contains(t) && !zonesLosing.contains(t)).toList();
            if (!zonesLosing.isEmpty()) {
                assets = new ArrayList<>(edited.assets().size());
                for (Asset a : edited.assets()) {
                    boolean keeps = !leaving.contains(a.ref()) && a.zones().stream().anyMatch(zonesLosing::contains)
                            && !a.controls().contains(subject);
                    if (keeps) {
                        List<Ref> controls = new ArrayList<>(a.controls());
                        controls.add(subject);
                        assets.add(a.withControls(controls));
                    } else {
                        assets.add(a);
                    }
                }
                edited = ModelEdit.assets(edited, assets);
            }
            return ModelEdit.controls(edited, ModelEdit.replace(edited.controls(), Control::id, subject.id(),
                    c -> new Control(c.id(), c.kind(), appliesTo, c.parameters(), c.description(), c.at())));
        }

        public Map<String, Object> details() {
            return Map.of("from", from.stream().map(Ref::key).toList());
        }
    }

    /**
     * OT hosts no longer need IT services (the enterprise directory above all): a directory and
     * the services they need inside OT take their place. {@code subject} is the first IT element given up.
     */
    record CutItDependencies(Ref subject, List<Ref> assets, List<Ref> itElements) implements Change {
        public CutItDependencies {
            assets = inOrder(assets);
            itElements = inOrder(itElements);
        }

        public List<Ref> touches() {
            List<Ref> all = new ArrayList<>(assets);
            all.addAll(itElements);
            return all;
        }

        public String kind() {
            return "cut-it-dependencies";
        }

        public Effort effort() {
            return Effort.WEEKS;
        }

        public String title() {
            return "Serve " + org.otbridge.analysis.Sentences.refs(assets, 4) + " from inside OT, not from " + org.otbridge.analysis.Sentences.refs(itElements, 4);
        }

        public Model apply(Model model, LocalDate today) {
            java.util.Set<Ref> gone = new java.util.HashSet<>(itElements);
            java.util.Set<Ref> mine = new java.util.HashSet<>(assets);
            List<Asset> edited = new ArrayList<>(model.assets().size());
            for (Asset a : model.assets()) {
                edited.add(mine.contains(a.ref()) ? withRequires(a, ModelEdit.without(a.requires(), gone)) : a);
            }
            return ModelEdit.assets(model, edited);
        }

        public Map<String, Object> details() {
            return Map.of("assets", assets.stream().map(Ref::key).toList(),
                    "instead_of", itElements.stream().map(Ref::key).toList());
        }
    }

    /** Exactly one accountable person for a subject. */
    record NameAccountable(Ref subject, Ref person) implements Change {
        public List<Ref> elements() {
            return List.of(person);
        }

        public String kind() {
            return "name-accountable";
        }

        public Effort effort() {
            return Effort.HOURS;
        }

        public String title() {
            return "Make " + person.key() + " the one accountable for " + subject.key();
        }

        public Model apply(Model model, LocalDate today) {
            return ModelEdit.responsibilities(model, editRaci(model, subject, r -> new Responsibility(r.subject(),
                    List.of(person), r.responsible(), r.consulted(), r.informed(), r.at())));
        }

        public Map<String, Object> details() {
            return Map.of("accountable", person.key());
        }
    }

    /** A unit of the missing discipline made responsible too: operations for an OT zone, IT and operations together at a meeting point. */
    record AddResponsible(Ref subject, Ref unit) implements Change {
        public List<Ref> elements() {
            return List.of(unit);
        }

        public String kind() {
            return "add-responsible";
        }

        public Effort effort() {
            return Effort.HOURS;
        }

        public String title() {
            return "Make " + unit.key() + " responsible for " + subject.key() + " too";
        }

        public Model apply(Model model, LocalDate today) {
            return ModelEdit.responsibilities(model, editRaci(model, subject, r -> {
                List<Ref> responsible = new ArrayList<>(r.responsible());
                if (!responsible.contains(unit)) {
                    responsible.add(unit);
                }
                return new Responsibility(r.subject(), r.accountable(), responsible, r.consulted(), r.informed(), r.at());
            }));
        }

        public Map<String, Object> details() {
            return Map.of("responsible", unit.key());
        }
    }

    /** A formal mandate for the OT security programme, and accountability for it. */
    record GiveMandate(Ref subject, Ref person) implements Change {
        public List<Ref> elements() {
            return List.of(person);
        }

        public String kind() {
            return "give-mandate";
        }

        public Effort effort() {
            return Effort.DAYS;
        }

        public String title() {
            return "Give " + person.key() + " the mandate for the OT security programme";
        }

        public Model apply(Model model, LocalDate today) {
            Organization o = model.organization();
            List<Person> people = ModelEdit.replace(o.people(), Person::id, person.id(), p -> {
                List<Ref> mandate = new ArrayList<>(p.mandate());
                if (!mandate.contains(subject)) {
                    mandate.add(subject);
                }
                return new Person(p.id(), p.name(), p.unit(), p.title(), mandate, p.description(), p.at());
            });
            Model mandated = ModelEdit.organization(model, new Organization(o.name(), o.units(), people));
            return ModelEdit.responsibilities(mandated, editRaci(mandated, subject, r -> new Responsibility(r.subject(),
                    List.of(person), r.responsible(), r.consulted(), r.informed(), r.at())));
        }

        public Map<String, Object> details() {
            return Map.of("person", person.key());
        }
    }

    /** The service's fallback exercised with the people who would run it. */
    record ExerciseFallback(Ref subject) implements Change {
        public String kind() {
            return "exercise-fallback";
        }

        public Effort effort() {
            return Effort.DAYS;
        }

        public String title() {
            return "Exercise the fallback of " + subject.key() + " with the shift";
        }

        public Model apply(Model model, LocalDate today) {
            return ModelEdit.services(model, ModelEdit.replace(model.services(), Service::id, subject.id(), s -> {
                Fallback f = s.fallback();
                return f == null ? s : new Service(s.id(), s.name(), s.description(), s.impact(),
                        s.maxTolerableDowntime(), s.requires(), new Fallback(f.description(), f.capacity(),
                                f.sustainableFor(), today, drilled(f.staff(), today), f.at()), s.at());
            }));
        }
    }

    /**
     * A manual or degraded way to keep the service going, agreed with operations and exercised,
     * that lasts as long as {@code lasts} (the longest realistic restore, or the tolerable downtime).
     */
    record AddFallback(Ref subject, Duration lasts) implements Change {
        public String kind() {
            return "add-fallback";
        }

        public Effort effort() {
            return Effort.WEEKS;
        }

        public String title() {
            return "Agree and exercise a manual fallback for " + subject.key() + " that lasts "
                    + org.otbridge.analysis.Durations.words(lasts);
        }

        public Model apply(Model model, LocalDate today) {
            return ModelEdit.services(model, ModelEdit.replace(model.services(), Service::id, subject.id(),
                    s -> new Service(s.id(), s.name(), s.description(), s.impact(), s.maxTolerableDowntime(),
                            s.requires(), new Fallback("manual operation (planned)", null, lasts, today, null),
                            s.at())));
        }

        public Map<String, Object> details() {
            return Map.of("sustainable_for", org.otbridge.analysis.Durations.words(lasts));
        }
    }

    /** A spare on the shelf for an asset whose loss stops a service. */
    record HoldSpare(Ref subject) implements Change {
        public String kind() {
            return "hold-spare";
        }

        public Effort effort() {
            return Effort.WEEKS;
        }

        public String title() {
            return "Hold a spare for " + subject.key();
        }

        public Model apply(Model model, LocalDate today) {
            return ModelEdit.assets(model, ModelEdit.replace(model.assets(), Asset::id, subject.id(), a -> {
                Duration lead = a.spares() == null ? null : a.spares().leadTime();
                return withSparesAndBackup(a, new Spares(1, lead, null), a.backup());
            }));
        }
    }

    /** A backup of the asset, with a restore proven. */
    record AddBackup(Ref subject) implements Change {
        public String kind() {
            return "add-backup";
        }

        public Effort effort() {
            return Effort.DAYS;
        }

        public String title() {
            return "Back up " + subject.key() + " offline and prove a restore";
        }

        public Model apply(Model model, LocalDate today) {
            return ModelEdit.assets(model, ModelEdit.replace(model.assets(), Asset::id, subject.id(),
                    a -> withSparesAndBackup(a, a.spares(), new Backup(true, today, null))));
        }
    }

    /** A second supplier able to take over, so that losing one is not losing the service. */
    record SecondSupplier(Ref subject) implements Change {
        public String kind() {
            return "second-supplier";
        }

        public Effort effort() {
            return Effort.PROJECT;
        }

        public String title() {
            return "Contract a second supplier beside " + subject.key();
        }

        public Model apply(Model model, LocalDate today) {
            return ModelEdit.suppliers(model, ModelEdit.replace(model.suppliers(), Supplier::id, subject.id(),
                    s -> new Supplier(s.id(), s.name(), s.provides(), s.supportSla(), false, s.contractOwner(),
                            s.description(), s.at())));
        }
    }

    /**
     * An OT incident plan exercised with operations, safety and IT, recorded as tested today: the
     * plan {@code subject} names, or a new one (a control of kind incident-plan, scope ot).
     */
    record ExerciseIncidentPlan(Ref subject) implements Change {
        public String kind() {
            return "exercise-incident-plan";
        }

        public Effort effort() {
            return Effort.WEEKS;
        }

        public String title() {
            return subject.kind() == RefKind.CONTROL
                    ? "Exercise " + subject.key() + " with operations, safety and IT"
                    : "Write and exercise an OT incident plan with operations, safety and IT";
        }

        public Model apply(Model model, LocalDate today) {
            List<Control> controls = new ArrayList<>(model.controls());
            if (subject.kind() == RefKind.CONTROL && model.control(subject.id()).isPresent()) {
                return ModelEdit.controls(model, ModelEdit.replace(controls, Control::id, subject.id(), c -> {
                    Map<String, Object> parameters = new LinkedHashMap<>(c.parameters());
                    parameters.put("scope", "ot");
                    parameters.put("last_tested", today);
                    return new Control(c.id(), c.kind(), c.appliesTo(), parameters, c.description(), c.at());
                }));
            }
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("scope", "ot");
            parameters.put("last_tested", today);
            controls.add(new Control("plan-ot-incident-plan", ControlKind.INCIDENT_PLAN, List.of(), parameters,
                    "OT incident plan exercised with operations, safety and IT", null));
            return ModelEdit.controls(model, controls);
        }
    }

    /**
     * The OT part of a backup kept as an offline gold copy of its own, apart from the IT backup.
     * {@code subject} is the backup control; {@code itElements} are what it stops covering.
     */
    record SeparateOtBackup(Ref subject, List<Ref> itElements) implements Change {
        public SeparateOtBackup {
            itElements = inOrder(itElements);
        }

        public List<Ref> touches() {
            return concat(subject, itElements);
        }

        public String kind() {
            return "separate-ot-backup";
        }

        public Effort effort() {
            return Effort.WEEKS;
        }

        public String title() {
            return "Keep an offline gold copy of what " + subject.key() + " backs up in OT, apart from the IT backup";
        }

        public Model apply(Model model, LocalDate today) {
            java.util.Set<Ref> it = new java.util.HashSet<>(itElements);
            Model edited = ModelEdit.controls(model, ModelEdit.replace(model.controls(), Control::id, subject.id(),
                    c -> {
                        Map<String, Object> parameters = new LinkedHashMap<>(c.parameters());
                        parameters.put("offline_copy", true);
                        return new Control(c.id(), c.kind(),
                                c.appliesTo().stream().filter(t -> !it.contains(t)).toList(), parameters,
                                c.description(), c.at());
                    }));
            List<Asset> assets = new ArrayList<>(edited.assets().size());
            for (Asset a : edited.assets()) {
                assets.add(it.contains(a.ref())
                        ? a.withControls(a.controls().stream().filter(c -> !c.equals(subject)).toList()) : a);
            }
            return ModelEdit.assets(edited, assets);
        }

        public Map<String, Object> details() {
            return Map.of("offline_copy", true, "stops_covering", itElements.stream().map(Ref::key).toList());
        }
    }

    /** Recovery documents kept offline, where operations can reach them when the network is down. */
    record KeepOfflineDocuments(Ref subject) implements Change {
        public String kind() {
            return "keep-offline-documents";
        }

        public Effort effort() {
            return Effort.DAYS;
        }

        public String title() {
            return "Keep drawings and restore procedures offline in the control room";
        }

        public Model apply(Model model, LocalDate today) {
            List<Control> controls = new ArrayList<>(model.controls());
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("location", "control room");
            parameters.put("last_reviewed", today);
            controls.add(new Control("plan-offline-docs", ControlKind.OFFLINE_RECOVERY_DOCS, List.of(), parameters,
                    "Printed drawings and restore procedures", null));
            return ModelEdit.controls(model, controls);
        }
    }

    /** A remote-access account nobody has used for months, disabled: nobody misses it, and no attacker can use it. */
    record DisableAccount(Ref subject) implements Change {
        public String kind() {
            return "disable-account";
        }

        public Effort effort() {
            return Effort.HOURS;
        }

        public String title() {
            return "Disable " + subject.key() + ", which nobody has used for months";
        }

        public Model apply(Model model, LocalDate today) {
            return ModelEdit.accounts(model, ModelEdit.replace(model.accounts(), Account::id, subject.id(),
                    a -> withAccount(a, a.domain(), a.mfa(), true)));
        }
    }

    /** The account's exemption from the second factor its conduit demands of everyone else, removed. */
    record RequireAccountMfa(Ref subject) implements Change {
        public String kind() {
            return "require-account-mfa";
        }

        public Effort effort() {
            return Effort.DAYS;
        }

        public String title() {
            return "Remove the MFA exemption of " + subject.key();
        }

        public Model apply(Model model, LocalDate today) {
            return ModelEdit.accounts(model, ModelEdit.replace(model.accounts(), Account::id, subject.id(),
                    a -> withAccount(a, a.domain(), true, a.disabled())));
        }

        public Map<String, Object> details() {
            return Map.of("mfa", true);
        }
    }

    /**
     * The account's logons on OT hosts kept by a directory of OT's own (or locally), no longer by
     * the corporate domain: separate OT accounts for the same people.
     */
    record SeparateOtAccount(Ref subject) implements Change {
        public String kind() {
            return "separate-ot-account";
        }

        public Effort effort() {
            return Effort.WEEKS;
        }

        public String title() {
            return "Give the holders of " + subject.key() + " separate OT accounts, not accounts of the IT domain";
        }

        public Model apply(Model model, LocalDate today) {
            return ModelEdit.accounts(model, ModelEdit.replace(model.accounts(), Account::id, subject.id(),
                    a -> withAccount(a, AccountDomain.OT, a.mfa(), a.disabled())));
        }

        public Map<String, Object> details() {
            return Map.of("domain", "ot");
        }
    }

    /**
     * A device's management interface taken off the office or facilities network and into the
     * device's own zone, where only what already reaches the device reaches it.
     */
    record MoveManagementInterface(Ref subject, List<Ref> from) implements Change {
        public MoveManagementInterface {
            from = inOrder(from);
        }

        public List<Ref> touches() {
            return concat(subject, from);
        }

        public String kind() {
            return "move-management-interface";
        }

        public Effort effort() {
            return Effort.DAYS;
        }

        public String title() {
            return "Move the management interface of " + subject.key() + " out of "
                    + String.join(" and ", from.stream().map(Ref::key).toList()) + " into the device's own zone";
        }

        public Model apply(Model model, LocalDate today) {
            return ModelEdit.assets(model, ModelEdit.replace(model.assets(), Asset::id, subject.id(), a -> {
                Management m = a.management();
                return m == null ? a : withManagement(a, new Management(List.of(), m.protocols(), m.auth(), m.at()));
            }));
        }

        public Map<String, Object> details() {
            return Map.of("from", from.stream().map(Ref::key).toList());
        }
    }

    /** A device that accepts only signed firmware: its signature check turned on, or a release that has one. */
    record RequireSignedFirmware(Ref subject) implements Change {
        public String kind() {
            return "require-signed-firmware";
        }

        public Effort effort() {
            return Effort.WEEKS;
        }

        public String title() {
            return "Make " + subject.key() + " accept only signed firmware (turn the check on, or update to a release"
                    + " that has it)";
        }

        public Model apply(Model model, LocalDate today) {
            return ModelEdit.assets(model, ModelEdit.replace(model.assets(), Asset::id, subject.id(),
                    a -> new Asset(a.id(), a.name(), a.type(), a.zones(), a.ips(), a.macs(), a.vendor(), a.product(),
                            a.version(), a.usage(), a.controls(), a.requires(), a.supplier(), a.owner(),
                            a.internetExposed(), a.spares(), a.backup(), a.endOfSupport(), a.os(), true,
                            a.management(), a.description(), a.at())));
        }
    }

    // ---------------------------------------------------------------- helpers

    private static Account withAccount(Account a, AccountDomain domain, Boolean mfa, boolean disabled) {
        return new Account(a.id(), a.name(), a.kind(), domain, a.usedOn(), a.holders(), mfa, a.privileged(),
                a.lastUsed(), disabled, a.description(), a.at());
    }

    private static Asset withManagement(Asset a, Management management) {
        return new Asset(a.id(), a.name(), a.type(), a.zones(), a.ips(), a.macs(), a.vendor(), a.product(), a.version(),
                a.usage(), a.controls(), a.requires(), a.supplier(), a.owner(), a.internetExposed(), a.spares(),
                a.backup(), a.endOfSupport(), a.os(), a.signedFirmware(), management, a.description(), a.at());
    }

    private static List<Ref> concat(Ref first, List<Ref> rest) {
        List<Ref> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static List<Responsibility> editRaci(Model model, Ref subject,
            java.util.function.UnaryOperator<Responsibility> edit) {
        List<Responsibility> result = new ArrayList<>();
        boolean found = false;
        for (Responsibility r : model.responsibilities()) {
            if (r.subject().equals(subject)) {
                found = true;
                result.add(edit.apply(r));
            } else {
                result.add(r);
            }
        }
        if (!found) {
            result.add(edit.apply(new Responsibility(subject, List.of(), List.of(), List.of(), List.of(), null)));
        }
        return result;
    }

    /** The staff a fallback names, each recorded as having drilled it {@code today}. */
    private static List<FallbackStaff> drilled(List<FallbackStaff> staff, LocalDate today) {
        return staff.stream().map(p -> new FallbackStaff(p.unit(), p.count(), today, p.at())).toList();
    }

    private static Asset withZones(Asset a, List<Ref> zones) {
        return new Asset(a.id(), a.name(), a.type(), zones, a.ips(), a.macs(), a.vendor(), a.product(), a.version(),
                a.usage(), a.controls(), a.requires(), a.supplier(), a.owner(), a.internetExposed(), a.spares(),
                a.backup(), a.endOfSupport(), a.os(), a.signedFirmware(), a.management(), a.description(), a.at());
    }

    private static Asset withRequires(Asset a, org.otbridge.model.Dependency requires) {
        return new Asset(a.id(), a.name(), a.type(), a.zones(), a.ips(), a.macs(), a.vendor(), a.product(),
                a.version(), a.usage(), a.controls(), requires, a.supplier(), a.owner(), a.internetExposed(),
                a.spares(), a.backup(), a.endOfSupport(), a.os(), a.signedFirmware(), a.management(), a.description(),
                a.at());
    }

    private static Asset withSparesAndBackup(Asset a, Spares spares, Backup backup) {
        return new Asset(a.id(), a.name(), a.type(), a.zones(), a.ips(), a.macs(), a.vendor(), a.product(),
                a.version(), a.usage(), a.controls(), a.requires(), a.supplier(), a.owner(), a.internetExposed(),
                spares, backup, a.endOfSupport(), a.os(), a.signedFirmware(), a.management(), a.description(), a.at());
    }
}
