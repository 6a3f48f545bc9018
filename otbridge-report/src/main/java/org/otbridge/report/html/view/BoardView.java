package org.otbridge.report.html.view;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Durations;
import org.otbridge.analysis.exposure.Outage;
import org.otbridge.analysis.plan.Action;
import org.otbridge.analysis.plan.MistakeScore;
import org.otbridge.analysis.plan.Problem;
import org.otbridge.analysis.plan.Scorecard;
import org.otbridge.model.Ref;
import org.otbridge.report.view.Words;

/**
 * Page one's decisions: the three-mistake scorecard, the first actions with what each buys, and
 * the attacks that could stop a critical service faster than it tolerates.
 */
public record BoardView(List<Score> scores, List<Step> steps, int moreActions, List<Attack> attacks) {

    /** Actions shown on page one. */
    static final int TOP_ACTIONS = 5;

    public record Score(String mistake, String title, String state, String stateWords, int problems, int accepted,
            List<String> top, String numbers) {
        public Score {
            top = List.copyOf(top);
        }
    }

    public record Step(int rank, String title, String effort, String value, String buys) {
    }

    public record Attack(String entry, String service, String when, String tolerates, String cost, boolean cheap) {
    }

    public BoardView {
        scores = List.copyOf(scores);
        steps = List.copyOf(steps);
        attacks = List.copyOf(attacks);
    }

    /** The attack cost below which an attack counts as cheap, as the page writes it. */
    public String cheapBelow() {
        return String.format(Locale.ROOT, "%.0f", org.otbridge.analysis.exposure.ExposureLevel.CHEAP_BELOW);
    }

    public static BoardView of(Assessment a) {
        Map<String, Problem> problems = new HashMap<>();
        a.problems().forEach(p -> problems.put(p.id(), p));
        List<Score> scores = a.scorecard().stream().map(s -> score(s, problems)).toList();
        List<Action> actions = a.actions();
        List<Step> steps = actions.stream().limit(TOP_ACTIONS).map(x -> new Step(x.rank(), Words.oneLine(x.title()),
                x.effort().yamlName(), x.value().yamlName(), x.buys())).toList();
        Set<Ref> critical = Scorecard.criticalServices(a.model());
        List<Attack> attacks = a.outages().stream().filter(Outage::fasterThanTolerated)
                .filter(o -> critical.contains(o.service()))
                .sorted(java.util.Comparator.comparingDouble(Outage::cost).thenComparing(o -> o.service().id())
                        .thenComparing(o -> o.entry().key()))
                .map(o -> new Attack(o.entry().key(), o.service().key(),
                        o.timeToImpact().isZero() ? "at once" : "within " + Durations.words(o.timeToImpact()),
                        o.tolerable() == null ? "" : Durations.words(o.tolerable()),
                        String.format(Locale.ROOT, "%.1f", o.cost()), Scorecard.isCheapStop(o, critical)))
                .toList();
        return new BoardView(scores, steps, Math.max(0, actions.size() - TOP_ACTIONS), attacks);
    }

    private static Score score(MistakeScore s, Map<String, Problem> problems) {
        List<String> top = s.top().stream().map(problems::get).filter(java.util.Objects::nonNull)
                .map(p -> p.severity().yamlName() + ": " + p.subject().key() + ": " + Words.oneLine(p.title())).toList();
        MistakeScore.IntegrationNumbers n = s.numbers();
        String numbers = n == null ? "" : "IT and OT meet at " + n.meetingPoints() + " points, " + n.bypassingDmz()
                + " bypassing the DMZ; " + n.shortcuts() + " shortcuts; critical services depend on "
                + n.criticalDependencies() + " elements, " + (n.fragileServices() == 1
                        ? "1 stops on one failure or outlasts its fallback; "
                        : n.fragileServices() + " stop on one failure or outlast their fallback; ")
                + Words.plural(n.attacksStoppingServices(), "cheap attack") + " could stop one faster than it tolerates.";
        return new Score(s.mistake().yamlName(), s.mistake().title(), s.state().yamlName(), s.state().words(),
                s.problems(), s.accepted(), top, numbers);
    }
}
