package org.otbridge.analysis.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Model;
import org.otbridge.model.Person;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.Unit;

/**
 * The RACI matrix of a model: subjects against units and people, with the letters each party
 * holds. The subjects are every responsibility subject plus every governed subject (service,
 * OT-side zone, IT/OT connection, supplier; see {@link GovernanceSite}), so a subject nobody
 * answers for shows as an empty row. Parties are every unit, then every person, in model order,
 * so a party with no role shows as an empty column.
 *
 * <p>Rows are ordered by kind (the programme, services, zones, connections, suppliers, assets,
 * then the rest) and within a kind in model order. Letters are written in the order R, A, C, I:
 * a party both responsible and accountable holds {@code "RA"}.
 */
public record RaciMatrix(List<Ref> parties, List<Row> rows) {

    /** One subject and the letters of the parties that hold a role for it, in party order. */
    public record Row(Ref subject, Map<Ref, String> roles) {

        public Row {
            roles = Collections.unmodifiableMap(new LinkedHashMap<>(roles));
        }

        /** Nobody holds any role for the subject. */
        public boolean isEmpty() {
            return roles.isEmpty();
        }

        /** The letters a party holds, or "" when none. */
        public String roleOf(Ref party) {
            return roles.getOrDefault(GovernanceSite.key(party), "");
        }
    }

    private static final List<RefKind> KIND_ORDER = List.of(RefKind.PROGRAM, RefKind.SERVICE, RefKind.ZONE,
            RefKind.CONNECTION, RefKind.SUPPLIER, RefKind.ASSET, RefKind.CONTROL, RefKind.UNIT, RefKind.PERSON,
            RefKind.INTERNET, RefKind.REMOVABLE_MEDIA);

    public RaciMatrix {
        parties = List.copyOf(parties);
        rows = List.copyOf(rows);
    }

    /** A matrix with no parties and no rows, for results that carry none. */
    public static RaciMatrix empty() {
        return new RaciMatrix(List.of(), List.of());
    }

    /** The matrix of a model. */
    public static RaciMatrix of(SiteFacts facts) {
        // The day only matters to the exception rules, which the matrix does not use.
        return of(new GovernanceSite(facts, LocalDate.EPOCH));
    }

    public static RaciMatrix of(GovernanceSite site) {
        return of(site, site.model());
    }

    /**
     * The matrix of {@code site}, its rows in the order of {@code model}'s elements: the model being
     * assessed, which a re-assessment's kept governance site (it reads no controls) may predate by a
     * control or two.
     */
    public static RaciMatrix of(GovernanceSite site, Model model) {
        List<Ref> parties = new ArrayList<>();
        for (Unit unit : model.organization().units()) {
            parties.add(Ref.of(RefKind.UNIT, unit.id()));
        }
        for (Person person : model.organization().people()) {
            parties.add(Ref.of(RefKind.PERSON, person.id()));
        }
        Map<Ref, Integer> partyIndex = new HashMap<>();
        for (int i = 0; i < parties.size(); i++) {
            partyIndex.putIfAbsent(parties.get(i), i);
        }

        Set<Ref> subjects = new LinkedHashSet<>();
        site.declared().forEach(r -> subjects.add(r.subject()));
        subjects.addAll(site.governedSubjects());
        Map<Ref, Integer> order = modelOrder(model, subjects);
        List<Ref> sorted = new ArrayList<>(subjects);
        sorted.sort(Comparator.comparing((Ref r) -> KIND_ORDER.indexOf(r.kind()))
                .thenComparing(r -> order.getOrDefault(r, Integer.MAX_VALUE))
                .thenComparing(Ref::id));

        List<Row> rows = new ArrayList<>(sorted.size());
        for (Ref subject : sorted) {
            GovernanceSite.Raci raci = site.raciOf(subject);
            Map<Ref, StringBuilder> letters = new HashMap<>();
            add(letters, raci.responsible(), 'R');
            add(letters, raci.accountable(), 'A');
            add(letters, raci.consulted(), 'C');
            add(letters, raci.informed(), 'I');
            List<Ref> holders = new ArrayList<>(letters.keySet());
            holders.sort(Comparator.comparing((Ref p) -> partyIndex.getOrDefault(p, Integer.MAX_VALUE))
                    .thenComparing(Ref::key));
            Map<Ref, String> roles = new LinkedHashMap<>();
            for (Ref holder : holders) {
                roles.put(holder, letters.get(holder).toString());
            }
            rows.add(new Row(GovernanceSite.key(subject), roles));
        }
        return new RaciMatrix(parties, rows);
    }

    /** The row of a subject. */
    public Optional<Row> row(Ref subject) {
        Ref key = GovernanceSite.key(subject);
        return rows.stream().filter(r -> r.subject().equals(key)).findFirst();
    }

    /** The letters a party holds for a subject, or "" when none (or the subject has no row). */
    public String roleOf(Ref subject, Ref party) {
        return row(subject).map(r -> r.roleOf(party)).orElse("");
    }

    private static void add(Map<Ref, StringBuilder> letters, List<Ref> parties, char letter) {
        for (Ref party : parties) {
            StringBuilder held = letters.computeIfAbsent(GovernanceSite.key(party), p -> new StringBuilder(4));
            if (held.indexOf(String.valueOf(letter)) < 0) {
                held.append(letter);
            }
        }
    }

    /**
     * The position of each of {@code subjects} within its kind, in model order: the rows are few,
     * the elements of a large model a hundred thousand, so only the subjects' positions are kept.
     */
    private static Map<Ref, Integer> modelOrder(Model model, Set<Ref> subjects) {
        Map<Ref, Integer> order = new HashMap<>();
        position(order, subjects, RefKind.SERVICE, model.services(), s -> s.id());
        position(order, subjects, RefKind.ZONE, model.zones(), z -> z.id());
        position(order, subjects, RefKind.CONNECTION, model.connections(), c -> c.id());
        position(order, subjects, RefKind.SUPPLIER, model.suppliers(), s -> s.id());
        position(order, subjects, RefKind.ASSET, model.assets(), a -> a.id());
        position(order, subjects, RefKind.CONTROL, model.controls(), c -> c.id());
        position(order, subjects, RefKind.UNIT, model.organization().units(), u -> u.id());
        position(order, subjects, RefKind.PERSON, model.organization().people(), p -> p.id());
        return order;
    }

    private static <T> void position(Map<Ref, Integer> order, Set<Ref> subjects, RefKind kind, List<T> elements,
            java.util.function.Function<T, String> id) {
        if (subjects.stream().noneMatch(subject -> subject.kind() == kind)) {
            return;
        }
        for (int i = 0; i < elements.size(); i++) {
            Ref ref = Ref.of(kind, id.apply(elements.get(i)));
            if (subjects.contains(ref)) {
                order.putIfAbsent(ref, i);
            }
        }
    }
}
