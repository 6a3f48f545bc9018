package org.otbridge.analysis.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.RuleFacts;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Asset;
import org.otbridge.model.Connection;
import org.otbridge.model.Discipline;
import org.otbridge.model.Domain;
import org.otbridge.model.Model;
import org.otbridge.model.Person;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.Responsibility;
import org.otbridge.model.Service;
import org.otbridge.model.Supplier;
import org.otbridge.model.Unit;
import org.otbridge.model.Zone;

/**
 * What the governance rules see of one model (docs/rule-reasoning.md, "Responsibility"): the
 * RACI lines merged per subject, the discipline of every party (a person's is their unit's),
 * who holds which mandate, and the subjects that need an owner.
 *
 * <p>Governed subjects. Every service, every zone on the OT side (domain ot, safety or dmz: the
 * OT DMZ is where the boundary is enforced, so it needs an owner like a control zone), every
 * IT/OT connection and every supplier. An IT/OT connection is a meeting point of
 * {@link org.otbridge.analysis.boundary.MeetingPoints} (ends in different domains) with one end
 * on the OT side and the other outside OT proper: IT, external, or the DMZ seen from OT. A link
 * between an OT zone and a safety zone is not one (no IT party belongs at that table), nor is one
 * between IT and the outside world.
 *
 * <p>A subject is critical when a service with high or critical impact needs it, judged on its
 * consequence scope: a zone with its assets, a connection with its ends and via hosts, a supplier
 * with the assets it supplies and its connections. Immutable after construction; the scope and
 * criticality caches make it not thread-safe.
 */
public final class GovernanceSite implements RuleFacts {

    /** The OT security programme, the one special subject (docs/model.md). */
    public static final Ref PROGRAMME = Ref.of(RefKind.PROGRAM, Ref.OT_SECURITY_PROGRAM);

    private static final Set<Domain> OT_SIDE = EnumSet.of(Domain.OT, Domain.SAFETY, Domain.DMZ);
    private static final Set<Domain> OT_PROPER = EnumSet.of(Domain.OT, Domain.SAFETY);

    /** A subject's responsibility lines merged: distinct parties per role, in the order written. */
    public record Raci(Ref subject, List<Responsibility> lines, List<Ref> accountable, List<Ref> responsible,
            List<Ref> consulted, List<Ref> informed) {

        public Raci {
            lines = List.copyOf(lines);
            accountable = List.copyOf(accountable);
            responsible = List.copyOf(responsible);
            consulted = List.copyOf(consulted);
            informed = List.copyOf(informed);
        }

        /** Accountable and responsible: the parties that own the subject. */
        public List<Ref> owners() {
            return union(accountable, responsible);
        }

        /** Accountable, responsible and consulted: informed does not count as being involved. */
        public List<Ref> involved() {
            return union(accountable, responsible, consulted);
        }

        public boolean declared() {
            return !lines.isEmpty();
        }

        @SafeVarargs
        private static List<Ref> union(List<Ref>... lists) {
            Set<Ref> all = new LinkedHashSet<>();
            for (List<Ref> list : lists) {
                all.addAll(list);
            }
            return List.copyOf(all);
        }
    }

    private final SiteFacts facts;
    private final LocalDate today;
    private final Map<Ref, Raci> raci;
    private final Map<Ref, List<Asset>> suppliedAssets;
    private final List<Zone> otZones;
    private final List<Connection> itOtConnections;
    private final Set<String> itOtIds;
    private final Map<Ref, List<Ref>> scopes = new HashMap<>();
    private final Map<Ref, Boolean> critical = new HashMap<>();

    public GovernanceSite(SiteFacts facts, LocalDate today) {
        this.facts = facts;
        this.today = today;
        this.raci = mergeLines(facts.model());
        this.suppliedAssets = indexSupplied(facts.model());
        this.otZones = facts.model().zones().stream().filter(GovernanceSite::isOtZone).toList();
        this.itOtConnections = facts.model().connections().stream().filter(c -> isItOtConnection(c, facts)).toList();
        this.itOtIds = itOtConnections.stream().map(Connection::id).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public SiteFacts facts() {
        return facts;
    }

    public Model model() {
        return facts.model();
    }

    /** The day exceptions are judged on. */
    public LocalDate today() {
        return today;
    }

    // ------------------------------------------------------------------ subjects

    /** A zone on the OT side: domain ot, safety or dmz. */
    public static boolean isOtZone(Zone zone) {
        return OT_SIDE.contains(zone.domain());
    }

    /** A connection where IT (or the outside) meets the OT side; see the class comment. */
    public static boolean isItOtConnection(Connection c, SiteFacts facts) {
        Domain from = facts.domainOf(c.from());
        Domain to = facts.domainOf(c.to());
        if (from == to) {
            return false;
        }
        if (OT_PROPER.contains(from) && OT_PROPER.contains(to)) {
            return false;
        }
        return OT_SIDE.contains(from) || OT_SIDE.contains(to);
    }

    /** The zones on the OT side, in model order. */
    public List<Zone> otZones() {
        return otZones;
    }

    /** The IT/OT connections, in model order. */
    public List<Connection> itOtConnections() {
        return itOtConnections;
    }

    /** An IT/OT connection of this model (see {@link #isItOtConnection}). */
    public boolean isItOt(Connection connection) {
        return itOtIds.contains(connection.id());
    }

    /**
     * Every subject that needs exactly one accountable person: services, OT-side zones, IT/OT
     * connections and suppliers, in that order and each in model order.
     */
    public List<Ref> governedSubjects() {
        List<Ref> subjects = new ArrayList<>();
        for (Service service : model().services()) {
            subjects.add(Ref.of(RefKind.SERVICE, service.id()));
        }
        otZones.forEach(z -> subjects.add(z.ref()));
        itOtConnections.forEach(c -> subjects.add(c.ref()));
        model().suppliers().forEach(s -> subjects.add(s.ref()));
        return subjects;
    }

    /** Subjects that have at least one responsibility line, in the order first written. */
    public Collection<Raci> declared() {
        return raci.values();
    }

    // ------------------------------------------------------------------ RACI

    /** The merged RACI of a subject; empty roles when no line names it. */
    public Raci raciOf(Ref subject) {
        Raci found = raci.get(key(subject));
        return found != null ? found : new Raci(key(subject), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * What keeps a subject from having exactly one accountable person, counted across all its
     * lines: no line, no accountable entry, only units, or more than one party. Empty when it has
     * exactly one.
     */
    public Optional<String> accountabilityGap(Ref subject) {
        Raci r = raciOf(subject);
        if (!r.declared()) {
            return Optional.of("no responsibility line names " + subject.key());
        }
        List<Ref> persons = r.accountable().stream().filter(p -> p.kind() == RefKind.PERSON).toList();
        List<Ref> units = r.accountable().stream().filter(p -> p.kind() == RefKind.UNIT).toList();
        if (r.accountable().isEmpty()) {
            return Optional.of("its responsibility line names no one as accountable");
        }
        if (persons.isEmpty()) {
            return Optional.of("only " + Words.refs(units, 4) + (units.size() == 1 ? " is" : " are")
                    + " named accountable, and a unit is not a person who can be asked to answer for it");
        }
        if (r.accountable().size() > 1) {
            String where = r.lines().size() > 1 ? " across " + r.lines().size() + " responsibility lines" : "";
            return Optional.of(r.accountable().size() + " parties are named accountable" + where + ": "
                    + Words.refs(r.accountable(), 5) + ", so each can assume the other decides");
        }
        return Optional.empty();
    }

    /** The single accountable person of a subject, when it has exactly one. */
    public Optional<Ref> accountablePerson(Ref subject) {
        Raci r = raciOf(subject);
        if (r.accountable().size() == 1 && r.accountable().get(0).kind() == RefKind.PERSON) {
            return Optional.of(r.accountable().get(0));
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ parties

    /** A unit's discipline, or a person's through their unit; empty for a person in no unit. */
    public Optional<Discipline> disciplineOf(Ref party) {
        return switch (party.kind()) {
            case UNIT -> model().unit(party.id()).map(Unit::discipline);
            case PERSON -> model().person(party.id()).map(Person::unit).flatMap(u -> model().unit(u.id()))
                    .map(Unit::discipline);
            default -> Optional.empty();
        };
    }

    /** The disciplines of some parties, in the order first met; parties without one are skipped. */
    public Set<Discipline> disciplinesOf(Collection<Ref> parties) {
        Set<Discipline> disciplines = new LinkedHashSet<>();
        for (Ref party : parties) {
            disciplineOf(party).ifPresent(disciplines::add);
        }
        return disciplines;
    }

    public boolean involves(Collection<Ref> parties, Discipline discipline) {
        for (Ref party : parties) {
            if (disciplineOf(party).orElse(null) == discipline) {
                return true;
            }
        }
        return false;
    }

    /** A person's mandate; empty for units and unknown people. */
    public List<Ref> mandateOf(Ref party) {
        if (party == null || party.kind() != RefKind.PERSON) {
            return List.of();
        }
        return model().person(party.id()).map(Person::mandate).orElse(List.of());
    }

    public boolean hasMandate(Ref party, Ref subject) {
        return mandateOf(party).contains(subject);
    }

    /** People whose mandate names the OT security programme, in model order. */
    public List<Ref> programmeMandates() {
        List<Ref> holders = new ArrayList<>();
        for (Person person : model().organization().people()) {
            if (person.mandate().contains(PROGRAMME)) {
                holders.add(Ref.of(RefKind.PERSON, person.id()));
            }
        }
        return holders;
    }

    /** "person:x (IT)", "unit:y (operations)" or "person:z (in no unit)". */
    public String describe(Ref party) {
        return party.key() + " (" + disciplineOf(party).map(Words::discipline).orElse(
                party.kind() == RefKind.PERSON ? "in no unit" : "no discipline") + ")";
    }

    /**
     * A subject with its context for a sentence: "zone:cc (ot zone, level 2)",
     * "connection:x (it to ot, rdp)"; other subjects as their key.
     */
    public String where(Ref subject) {
        return switch (subject.kind()) {
            case ZONE -> model().zone(subject.id()).map(z -> subject.key() + " (" + z.domain().yamlName() + " zone"
                    + (z.level() == null ? "" : ", level " + z.level().yamlName()) + ")").orElse(subject.key());
            case CONNECTION -> model().connection(subject.id()).map(c -> subject.key() + " ("
                    + facts.domainOf(c.from()).yamlName() + " to " + facts.domainOf(c.to()).yamlName()
                    + (c.protocol() == null ? "" : ", " + c.protocol().yamlName()) + ")").orElse(subject.key());
            default -> subject.key();
        };
    }

    // ------------------------------------------------------------------ consequence

    /** The assets a supplier supplies, in model order. */
    public List<Asset> suppliedBy(Ref supplier) {
        return suppliedAssets.getOrDefault(key(supplier), List.of());
    }

    /**
     * The elements whose services a finding about {@code subject} touches: a zone with its
     * assets, a connection with its ends and via hosts, a supplier with what it supplies and its
     * connections; anything else stands for itself.
     */
    public List<Ref> scopeOf(Ref subject) {
        return scopes.computeIfAbsent(key(subject), this::computeScope);
    }

    private List<Ref> computeScope(Ref subject) {
        List<Ref> scope = new ArrayList<>();
        scope.add(subject);
        switch (subject.kind()) {
            case ZONE -> model().zone(subject.id()).ifPresent(z -> facts.assetsIn(z).forEach(a -> scope.add(a.ref())));
            case CONNECTION -> model().connection(subject.id()).ifPresent(c -> scope.addAll(FindingBuilder.scopeOf(c)));
            case SUPPLIER -> {
                suppliedBy(subject).forEach(a -> scope.add(a.ref()));
                for (Connection c : facts.connectionsOf(subject)) {
                    scope.addAll(FindingBuilder.scopeOf(c));
                }
            }
            default -> { }
        }
        return List.copyOf(new LinkedHashSet<>(scope));
    }

    /** The services a finding about {@code subject} touches, sorted by id. */
    public List<Ref> servicesOf(Ref subject) {
        return facts.servicesOfAny(scopeOf(subject));
    }

    /** A service with high or critical impact needs the subject (or it is such a service). */
    public boolean isCritical(Ref subject) {
        return critical.computeIfAbsent(key(subject), s -> {
            for (Ref service : servicesOf(s)) {
                if (model().service(service.id()).map(SiteFacts::isCritical).orElse(false)) {
                    return true;
                }
            }
            return false;
        });
    }

    /** Every service of the model, as references sorted by id. */
    public List<Ref> allServices() {
        return model().services().stream().map(s -> Ref.of(RefKind.SERVICE, s.id()))
                .sorted(Comparator.comparing(Ref::id)).toList();
    }

    // ------------------------------------------------------------------ indexes

    /** References without their source position, so lookups never depend on where they were written. */
    static Ref key(Ref ref) {
        return ref.at() == null ? ref : Ref.of(ref.kind(), ref.id());
    }

    private static Map<Ref, Raci> mergeLines(Model model) {
        Map<Ref, List<Responsibility>> bySubject = new LinkedHashMap<>();
        for (Responsibility line : model.responsibilities()) {
            bySubject.computeIfAbsent(key(line.subject()), s -> new ArrayList<>()).add(line);
        }
        Map<Ref, Raci> merged = new LinkedHashMap<>(bySubject.size() * 2);
        for (Map.Entry<Ref, List<Responsibility>> entry : bySubject.entrySet()) {
            List<Responsibility> lines = entry.getValue();
            merged.put(entry.getKey(), new Raci(entry.getKey(), lines, collect(lines, Responsibility::accountable),
                    collect(lines, Responsibility::responsible), collect(lines, Responsibility::consulted),
                    collect(lines, Responsibility::informed)));
        }
        return merged;
    }

    private static List<Ref> collect(List<Responsibility> lines, Function<Responsibility, List<Ref>> role) {
        Set<Ref> parties = new LinkedHashSet<>();
        for (Responsibility line : lines) {
            for (Ref party : role.apply(line)) {
                parties.add(key(party));
            }
        }
        return List.copyOf(parties);
    }

    private static Map<Ref, List<Asset>> indexSupplied(Model model) {
        Map<Ref, List<Asset>> bySupplier = new HashMap<>();
        for (Asset asset : model.assets()) {
            if (asset.supplier() != null) {
                bySupplier.computeIfAbsent(key(asset.supplier()), s -> new ArrayList<>()).add(asset);
            }
        }
        return bySupplier;
    }

    /** The supplier a reference names, if it names one. */
    public Optional<Supplier> supplierOf(Ref ref) {
        return ref.kind() == RefKind.SUPPLIER ? model().supplier(ref.id()) : Optional.empty();
    }
}
