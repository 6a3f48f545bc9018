package org.otbridge.report.html.view;

import java.util.List;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.exposure.AttackPath;
import org.otbridge.report.view.Words;

/** Attack paths and shortcuts as tables; a path row can be shown on the diagram. */
public record AttackPathsView(Shown<PathRow> paths, Shown<ShortcutRow> shortcuts, int drawable) {

    /** {@code index} is the path's option on the diagram, or -1 when it is not offered there. */
    public record PathRow(int index, String entry, String target, String cost, String rank, String services,
            String steps, String techniques) {
    }

    public record ShortcutRow(String element, String bypasses, String entry, String target, String costWith,
            String baselineCost, boolean newWay) {
    }

    static final int SHOWN = 500;

    public static AttackPathsView of(Assessment assessment, int drawable) {
        List<AttackPath> all = assessment.attackPaths();
        List<PathRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < Math.min(SHOWN, all.size()); i++) {
            AttackPath p = all.get(i);
            rows.add(new PathRow(i < drawable ? i : -1, p.entry().key(), p.target().key(), Words.cost(p.cost()),
                    p.rank() == 0 ? "cheapest" : "alternative " + p.rank(), Words.someKeys(p.services(), 4),
                    DiagramView.steps(p.steps()), String.join(", ", p.techniques())));
        }
        List<ShortcutRow> shortcuts = assessment.shortcuts().stream().map(s -> new ShortcutRow(s.element().key(),
                s.bypasses(), s.entry().key(), s.target().key(), Words.cost(s.costWith()),
                Words.cost(s.baselineCost()), s.opensNewWay())).toList();
        return new AttackPathsView(new Shown<>(rows, all.size()), Shown.first(shortcuts, SHOWN), drawable);
    }
}
