package org.otbridge.analysis.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.architecture.SharedOrDormantRemoteAccessAccount;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Account;
import org.otbridge.model.Asset;
import org.otbridge.model.AssetType;
import org.otbridge.model.Connection;
import org.otbridge.model.Discipline;
import org.otbridge.model.Domain;
import org.otbridge.model.Model;
import org.otbridge.model.ProtocolCategory;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.Responsibility;
import org.otbridge.model.Service;
import org.otbridge.model.Supplier;
import org.otbridge.model.Unit;

/**
 * The candidate changes that could close the open problems of an assessment: for each rule the
 * change its recommendation asks for, made concrete on the problem's subject. Candidates are only
 * proposals; the {@link Planner} measures each one before it enters the plan. A rule with no
 * change here (an expired exception, concentrated accountability) is left to the reader.
 */
public final class Remedies {

    /** What remote access carries: these connections can be hardened instead of removed. */
    private static final Set<ProtocolCategory> REMOTE = EnumSet.of(ProtocolCategory.REMOTE_DESKTOP,
            ProtocolCategory.REMOTE_SUPPORT, ProtocolCategory.REMOTE_SHELL, ProtocolCategory.VPN);

    private final Model model;
    private final SiteFacts facts;
    private final LocalDate today;

    /** Elements something requires: removing one of them would break what needs it. */
    private final Set<Ref> required = new java.util.HashSet<>();
    /** Worked out on first use by {@link #operationsPerson()}. */
    private Optional<Ref> operationsPerson;
    /** The RACI entries of each subject, built on first use: a large model has thousands of each. */
    private Map<Ref, List<Responsibility>> responsibilitiesOf;

    /** Remedies for a model assessed on {@code today} (which decides whether an account is dormant). */
    public Remedies(Model model, LocalDate today) {
        this.model = model;
        this.facts = new SiteFacts(model);
        this.today = today;
        model.services().forEach(s -> addRequired(s.requires()));
        model.zones().forEach(z -> addRequired(z.requires()));
        model.assets().forEach(a -> addRequired(a.requires()));
        model.connections().forEach(c -> addRequired(c.requires()));
    }

    private void addRequired(org.otbridge.model.Dependency requires) {
        if (requires != null) {
            requires.forEachRef(required::add);
        }
    }

    /** Every distinct candidate for the open problems, in the problems' order. */
    public List<Change> candidates(List<Problem> problems, List<Finding> findings) {
        Map<String, Finding> byId = new HashMap<>();
        findings.forEach(f -> byId.put(f.id(), f));
        Map<Ref, Set<Ref>> unfitControls = new LinkedHashMap<>();
        Set<Ref> itDependent = new LinkedHashSet<>();
        Set<Ref> itElements = new LinkedHashSet<>();
        Map<String, Change> out = new LinkedHashMap<>();
        for (Problem problem : problems) {
            if (problem.accepted()) {
                continue;
            }
            for (String id : problem.findings()) {
                Finding f = byId.get(id);
                if (f == null || f.accepted()) {
                    continue;
                }
                String rule = f.rule();
                if (rule.startsWith("OTB-FIT-") && f.subjects().size() > 1
                        && f.subjects().get(1).kind() == RefKind.CONTROL) {
                    unfitControls.computeIfAbsent(f.subjects().get(1), k -> new LinkedHashSet<>())
                            .add(f.subjects().get(0));
                } else if (rule.equals("OTB-FIT-008") || rule.equals("OTB-ARCH-014")) {
                    itDependent.add(f.subjects().get(0));
                    itElements.addAll(itNeeds(f.subjects().get(0)));
                } else {
                    for (Change change : forFinding(f)) {
                        out.putIfAbsent(key(change), change);
                    }
                }
            }
        }
        unfitControls.forEach((control, assets) -> {
            Change change = new Change.WithdrawControl(control, List.copyOf(assets));
            out.putIfAbsent(key(change), change);
        });
        if (!itDependent.isEmpty() && !itElements.isEmpty()) {
            List<Ref> elements = List.copyOf(itElements);
            Change change = new Change.CutItDependencies(elements.get(0), List.copyOf(itDependent), elements);
            out.putIfAbsent(key(change), change);
        }
        return List.copyOf(out.values());
    }

    static String key(Change change) {
        // sorted: Map.of iterates in an order that changes from run to run, and ids must not
        return change.kind() + "|" + change.subject().key() + "|" + new java.util.TreeMap<>(change.details());
    }

    private List<Change> forFinding(Finding f) {
        Ref subject = f.subjects().get(0);
        List<Change> changes = new ArrayList<>(2);
        switch (f.rule()) {
            // A connection that bypasses the design: take it away if nothing needs it, else route
            // it through a broker in the DMZ; remote access can also be made what it should be.
            case "OTB-ARCH-001", "OTB-ARCH-002", "OTB-ARCH-003", "OTB-ARCH-016", "OTB-ARCH-017", "OTB-ARCH-018",
                    "OTB-ARCH-019", "OTB-ARCH-020", "OTB-ARCH-026", "OTB-ARCH-027", "OTB-EXP-002", "OTB-ARCH-006",
                    "OTB-ARCH-007", "OTB-ARCH-008" -> {
                if (subject.kind() == RefKind.CONNECTION) {
                    if (!required.contains(subject)) {
                        changes.add(new Change.RemoveConnection(subject));
                    }
                    broker(subject).ifPresent(b -> changes.add(new Change.RouteThroughDmz(subject, b, isRemoteAccess(subject))));
                    if (isRemoteAccess(subject)) {
                        changes.add(new Change.HardenConnection(subject));
                    }
                } else if (f.rule().equals("OTB-EXP-002") && subject.kind() == RefKind.ASSET) {
                    leaveOuterZones(subject).ifPresent(changes::add);
                }
            }
            case "OTB-ARCH-005" -> {
                if (subject.kind() == RefKind.CONNECTION) {
                    changes.add(new Change.RemoveConnection(subject));
                } else if (subject.kind() == RefKind.ASSET) {
                    changes.add(new Change.CloseInternetExposure(subject));
                }
            }
            case "OTB-ARCH-004", "OTB-ARCH-025" -> leaveOuterZones(subject).ifPresent(changes::add);
            // a declared connection the traffic never shows, while it shows both ends: nobody uses it
            case "OTB-DRIFT-007" -> {
                if (subject.kind() == RefKind.CONNECTION && !required.contains(subject)) {
                    changes.add(new Change.RemoveConnection(subject));
                }
            }
            case "OTB-CONT-001", "OTB-CONT-009", "OTB-CONT-017" -> fallback(subject).ifPresent(changes::add);
            case "OTB-CONT-002" -> {
                for (Ref other : f.subjects().subList(1, f.subjects().size())) {
                    if (other.kind() == RefKind.ASSET) {
                        changes.add(new Change.HoldSpare(other));
                    }
                }
                fallback(subject).ifPresent(changes::add);
            }
            case "OTB-CONT-003", "OTB-CONT-004" -> {
                if (subject.kind() == RefKind.ASSET) {
                    changes.add(new Change.AddBackup(subject));
                }
            }
            case "OTB-CONT-005" -> {
                if (subject.kind() == RefKind.CONTROL) {
                    changes.add(new Change.SeparateOtBackup(subject, itCoveredBy(subject)));
                }
            }
            case "OTB-CONT-006", "OTB-CONT-007", "OTB-CONT-016", "OTB-CONT-021" -> {
                if (subject.kind() == RefKind.ASSET) {
                    changes.add(new Change.HoldSpare(subject));
                }
            }
            case "OTB-CONT-008" -> {
                if (subject.kind() == RefKind.SUPPLIER) {
                    changes.add(new Change.SecondSupplier(subject));
                }
            }
            case "OTB-CONT-010" -> changes.add(new Change.ExerciseIncidentPlan(subject));
            // the staff a fallback names drill it; a unit too small for it has no model change
            case "OTB-CONT-022" -> model.service(subject.id()).filter(s -> s.fallback() != null)
                    .ifPresent(s -> changes.add(new Change.ExerciseFallback(subject)));
            // a dormant account is disabled; a shared or default login has no one model change
            case "OTB-ARCH-028" -> model.account(subject.id()).filter(this::dormant)
                    .ifPresent(a -> changes.add(new Change.DisableAccount(subject)));
            case "OTB-ARCH-029" -> model.account(subject.id()).ifPresent(a -> {
                if (dormant(a)) {
                    changes.add(new Change.DisableAccount(subject));
                }
                changes.add(new Change.RequireAccountMfa(subject));
            });
            case "OTB-ARCH-030" -> {
                if (subject.kind() == RefKind.ACCOUNT) {
                    changes.add(new Change.SeparateOtAccount(subject));
                }
            }
            case "OTB-ARCH-032" -> {
                if (subject.kind() == RefKind.ASSET) {
                    changes.add(new Change.RequireSignedFirmware(subject));
                }
            }
            case "OTB-EXP-004" -> model.asset(subject.id()).ifPresent(a -> {
                List<Ref> away = a.managementZones().stream().filter(z -> !a.zones().contains(z)).toList();
                if (!away.isEmpty()) {
                    changes.add(new Change.MoveManagementInterface(subject, away));
                }
            });
            case "OTB-CONT-015" -> changes.add(new Change.KeepOfflineDocuments(subject));
            case "OTB-GOV-001", "OTB-GOV-002", "OTB-GOV-015" -> operationsPerson()
                    .ifPresent(p -> changes.add(new Change.NameAccountable(subject, p)));
            case "OTB-GOV-016" -> supplierOwner(subject).ifPresent(p -> changes.add(new Change.NameAccountable(subject, p)));
            case "OTB-GOV-003" -> missingDiscipline(subject).ifPresent(u -> changes.add(new Change.AddResponsible(subject, u)));
            case "OTB-GOV-017", "OTB-GOV-014" -> unitOf(Discipline.OPERATIONS)
                    .ifPresent(u -> changes.add(new Change.AddResponsible(subject, u)));
            case "OTB-GOV-009" -> unitOf(Discipline.SAFETY).ifPresent(u -> changes.add(new Change.AddResponsible(subject, u)));
            case "OTB-GOV-005" -> unitOf(Discipline.SUPPLIER_MANAGEMENT)
                    .ifPresent(u -> changes.add(new Change.AddResponsible(subject, u)));
            case "OTB-GOV-004" -> programmeLead(subject).ifPresent(p -> changes.add(new Change.GiveMandate(subject, p)));
            case "OTB-GOV-018" -> f.subjects().stream().filter(r -> r.kind() == RefKind.PERSON).findFirst()
                    .ifPresent(p -> changes.add(new Change.GiveMandate(subject, p)));
            default -> {
                // no concrete change for this rule: its recommendation is for the reader
            }
        }
        return changes;
    }

    /**
     * The DMZ host a boundary-crossing connection should end at: a jump host or remote-access
     * gateway for remote access, a historian or server for data; none when the model has no such
     * host in a DMZ or the connection does not cross between a DMZ-less pair of domains.
     */
    private Optional<Ref> broker(Ref connectionRef) {
        Optional<Connection> connection = model.connection(connectionRef.id());
        if (connection.isEmpty() || facts.domainsOf(connection.get().from()).contains(Domain.DMZ)
                || facts.domainsOf(connection.get().to()).contains(Domain.DMZ)) {
            return Optional.empty();
        }
        boolean remote = isRemoteAccess(connectionRef);
        List<AssetType> wanted = remote ? List.of(AssetType.JUMP_HOST, AssetType.REMOTE_ACCESS_GATEWAY)
                : List.of(AssetType.HISTORIAN, AssetType.SERVER);
        for (AssetType type : wanted) {
            for (Asset a : model.assets()) {
                if (a.type() == type && facts.domainsOf(a.ref()).equals(Set.of(Domain.DMZ))) {
                    return Optional.of(a.ref());
                }
            }
        }
        return Optional.empty();
    }

    private boolean isRemoteAccess(Ref connection) {
        return model.connection(connection.id())
                .map(c -> REMOTE.contains(c.category()) || c.from().kind() == RefKind.SUPPLIER).orElse(false);
    }

    /** Unused for longer than OTB-ARCH-028 allows a remote-access account to lie idle. */
    private boolean dormant(Account account) {
        return !account.disabled() && account.lastUsed() != null && today != null
                && ChronoUnit.DAYS.between(account.lastUsed(), today) > SharedOrDormantRemoteAccessAccount.DORMANT_DAYS;
    }

    /** A host in zones of several domains keeps the most protected one; a replica serves the others. */
    private Optional<Change> leaveOuterZones(Ref assetRef) {
        Optional<Asset> asset = model.asset(assetRef.id());
        if (asset.isEmpty() || asset.get().zones().size() < 2) {
            return Optional.empty();
        }
        Ref keep = asset.get().zones().stream()
                .min(Comparator.comparingInt((Ref z) -> model.zone(z.id()).map(Remedies::protection).orElse(9))
                        .thenComparing(Ref::id))
                .orElseThrow();
        List<Ref> leave = asset.get().zones().stream().filter(z -> !z.equals(keep)).toList();
        return Optional.of(new Change.LeaveZones(assetRef, leave));
    }

    /** Lower is more protected: safety and OT before the DMZ, the DMZ before IT and the outside. */
    private static int protection(org.otbridge.model.Zone zone) {
        Domain d = zone.domain();
        return d == Domain.SAFETY ? 0 : d == Domain.OT ? 1 : d == Domain.DMZ ? 2 : 3;
    }

    private Optional<Change> fallback(Ref serviceRef) {
        if (serviceRef.kind() != RefKind.SERVICE) {
            return Optional.empty();
        }
        Optional<Service> service = model.service(serviceRef.id());
        if (service.isEmpty()) {
            return Optional.empty();
        }
        Service s = service.get();
        if (s.fallback() != null && s.fallback().lastTested() == null) {
            return Optional.of(new Change.ExerciseFallback(serviceRef));
        }
        if (s.fallback() != null) {
            return Optional.empty();
        }
        // A fallback that carries the service through a realistic restore: a week, or the tolerable downtime if longer.
        Duration lasts = s.maxTolerableDowntime() != null && s.maxTolerableDowntime().compareTo(Duration.ofDays(7)) > 0
                ? s.maxTolerableDowntime() : Duration.ofDays(7);
        return Optional.of(new Change.AddFallback(serviceRef, lasts));
    }

    private List<Ref> itNeeds(Ref assetRef) {
        List<Ref> it = new ArrayList<>();
        for (Ref need : facts.directNeeds(assetRef)) {
            if (need.kind() == RefKind.ASSET && facts.domainsOf(need).contains(Domain.IT)
                    && !facts.domainsOf(need).contains(Domain.OT)) {
                it.add(need);
            }
        }
        return it;
    }

    private List<Ref> itCoveredBy(Ref controlRef) {
        List<Ref> it = new ArrayList<>();
        model.control(controlRef.id()).ifPresent(c -> c.appliesTo().stream()
                .filter(r -> facts.domainsOf(r).contains(Domain.IT)).forEach(it::add));
        for (Asset a : model.assets()) {
            if (a.controls().contains(controlRef) && facts.domainsOf(a.ref()).contains(Domain.IT)) {
                it.add(a.ref());
            }
        }
        return it;
    }

    private Optional<Ref> unitOf(Discipline discipline) {
        return model.organization().units().stream().filter(u -> u.discipline() == discipline).map(u -> Ref.of(RefKind.UNIT, u.id()))
                .findFirst();
    }

    private Optional<Discipline> disciplineOf(Ref party) {
        if (party.kind() == RefKind.UNIT) {
            return model.unit(party.id()).map(Unit::discipline);
        }
        if (party.kind() == RefKind.PERSON) {
            return model.person(party.id()).flatMap(p -> Optional.ofNullable(p.unit()))
                    .flatMap(u -> model.unit(u.id())).map(Unit::discipline);
        }
        return Optional.empty();
    }

    /**
     * The operations person to be accountable: the one already accountable for the most, since
     * that is whom the organisation already trusts with operations; ties by id.
     */
    private Optional<Ref> operationsPerson() {
        // the same person for every subject: worked out once, a large model has thousands of such findings
        if (operationsPerson == null) {
            operationsPerson = mostTrustedOperationsPerson();
        }
        return operationsPerson;
    }

    private Optional<Ref> mostTrustedOperationsPerson() {
        Map<Ref, Integer> load = new HashMap<>();
        for (Responsibility r : model.responsibilities()) {
            r.accountable().forEach(p -> load.merge(p, 1, Integer::sum));
        }
        return model.organization().people().stream()
                .filter(p -> disciplineOf(Ref.of(RefKind.PERSON, p.id())).filter(d -> d == Discipline.OPERATIONS).isPresent())
                .map(p -> Ref.of(RefKind.PERSON, p.id()))
                .max(Comparator.comparingInt((Ref p) -> load.getOrDefault(p, 0))
                        .thenComparing(Ref::id, Comparator.reverseOrder()));
    }

    private Optional<Ref> supplierOwner(Ref supplierRef) {
        Optional<Ref> owner = model.supplier(supplierRef.id()).map(Supplier::contractOwner)
                .filter(o -> o.kind() == RefKind.PERSON);
        if (owner.isPresent()) {
            return owner;
        }
        return model.organization().people().stream()
                .filter(p -> disciplineOf(Ref.of(RefKind.PERSON, p.id())).filter(d -> d == Discipline.SUPPLIER_MANAGEMENT).isPresent())
                .map(p -> Ref.of(RefKind.PERSON, p.id())).findFirst().or(() -> operationsPerson());
    }

    /** The discipline a single-discipline meeting point lacks: operations, or IT when operations is alone. */
    private Optional<Ref> missingDiscipline(Ref subject) {
        if (responsibilitiesOf == null) {
            responsibilitiesOf = new HashMap<>();
            model.responsibilities().forEach(r -> responsibilitiesOf.computeIfAbsent(r.subject(),
                    k -> new ArrayList<>()).add(r));
        }
        Set<Discipline> present = new LinkedHashSet<>();
        for (Responsibility r : responsibilitiesOf.getOrDefault(subject, List.of())) {
            for (List<Ref> parties : List.of(r.accountable(), r.responsible())) {
                parties.forEach(p -> disciplineOf(p).ifPresent(present::add));
            }
        }
        if (!present.contains(Discipline.OPERATIONS)) {
            return unitOf(Discipline.OPERATIONS);
        }
        return unitOf(Discipline.IT);
    }

    /** Who should hold the programme's mandate: its accountable person, else someone in management. */
    private Optional<Ref> programmeLead(Ref programme) {
        for (Responsibility r : model.responsibilities()) {
            if (r.subject().equals(programme) && r.accountable().size() == 1
                    && r.accountable().get(0).kind() == RefKind.PERSON) {
                return Optional.of(r.accountable().get(0));
            }
        }
        return model.organization().people().stream()
                .filter(p -> disciplineOf(Ref.of(RefKind.PERSON, p.id())).filter(d -> d == Discipline.MANAGEMENT).isPresent())
                .map(p -> Ref.of(RefKind.PERSON, p.id())).findFirst();
    }
}
