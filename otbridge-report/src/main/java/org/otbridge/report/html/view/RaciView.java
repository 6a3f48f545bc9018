package org.otbridge.report.html.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.otbridge.analysis.governance.RaciMatrix;
import org.otbridge.model.Ref;

/**
 * The RACI matrix: subjects down, parties across, gaps marked. A gap is a subject nobody is
 * accountable for, or several parties are. In a large model the rows with gaps come first and only
 * the parties that hold a role in the rows shown get a column.
 */
public record RaciView(List<String> parties, Shown<Row> rows, int gaps, int totalParties) {

    /** {@code gap} is "" for a subject with exactly one accountable party. */
    public record Row(String subject, List<String> cells, String gap) {
    }

    static final int ROWS_SHOWN = 400;
    static final int PARTIES_SHOWN = 40;

    public RaciView {
        parties = List.copyOf(parties);
    }

    public static RaciView of(RaciMatrix raci) {
        List<RaciMatrix.Row> all = new ArrayList<>(raci.rows());
        boolean large = all.size() > ROWS_SHOWN || raci.parties().size() > PARTIES_SHOWN;
        if (large) {
            all.sort(Comparator.comparing((RaciMatrix.Row r) -> gap(r).isEmpty()));
        }
        List<RaciMatrix.Row> shown = all.subList(0, Math.min(ROWS_SHOWN, all.size()));
        List<Ref> parties = raci.parties();
        if (large) {
            Set<Ref> holding = new LinkedHashSet<>();
            for (Ref party : raci.parties()) {
                if (shown.stream().anyMatch(r -> !r.roleOf(party).isEmpty())) {
                    holding.add(party);
                }
            }
            parties = new ArrayList<>(holding).subList(0, Math.min(PARTIES_SHOWN, holding.size()));
        }
        List<Row> rows = new ArrayList<>(shown.size());
        for (RaciMatrix.Row row : shown) {
            List<String> cells = new ArrayList<>(parties.size());
            for (Ref party : parties) {
                cells.add(row.roleOf(party));
            }
            rows.add(new Row(row.subject().key(), cells, gap(row)));
        }
        int gaps = (int) raci.rows().stream().filter(r -> !gap(r).isEmpty()).count();
        return new RaciView(parties.stream().map(Ref::key).toList(), new Shown<>(rows, raci.rows().size()), gaps,
                raci.parties().size());
    }

    static String gap(RaciMatrix.Row row) {
        if (row.isEmpty()) {
            return "nobody";
        }
        long accountable = row.roles().values().stream().filter(l -> l.contains("A")).count();
        return accountable == 1 ? "" : accountable == 0 ? "no one accountable" : accountable + " accountable";
    }
}
