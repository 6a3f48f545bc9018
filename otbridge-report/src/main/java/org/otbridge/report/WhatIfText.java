package org.otbridge.report;

import org.otbridge.model.text.Printable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.otbridge.analysis.Durations;
import org.otbridge.analysis.whatif.Reached;
import org.otbridge.analysis.whatif.ScenarioResult;
import org.otbridge.analysis.whatif.ServiceAtRisk;
import org.otbridge.analysis.whatif.ServiceImpact;
import org.otbridge.analysis.whatif.Unsupported;
import org.otbridge.analysis.whatif.WhatIfResult;
import org.otbridge.model.Asset;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.Scenario;
import org.otbridge.model.Spares;

/**
 * A what-if result as plain text for a terminal: what goes down, which services are lost or
 * degraded, and a timeline of what stops in what order and for how long; for a compromise, what
 * the attacker reaches and the services at risk with the cheapest path to each. No colours or
 * other escape codes. Long lists are cut; {@code --format json} has everything.
 */
public final class WhatIfText {

    /** Reached elements listed by name; the rest are counted. */
    static final int REACHED_SHOWN = 15;
    /** Down elements listed by name; the rest are counted. */
    static final int DOWN_SHOWN = 40;
    private static final int WIDTH = 100;

    /** The text, lines ending in {@code \n}; {@code scenario} is null for a case given on the command line. */
    public String render(Model model, Scenario scenario, WhatIfResult result) {
        List<String> lines = new ArrayList<>();
        String name = model.name() == null || model.name().isBlank() ? "Model" : Printable.escape(model.name());
        if (scenario != null) {
            lines.add(name + ": scenario " + scenario.id()
                    + (scenario.name() == null || scenario.name().equals(scenario.id()) ? ""
                            : ", " + Printable.escape(scenario.name())));
        } else {
            lines.add(name + ": what if " + headline(result));
        }
        if (!result.failed().isEmpty()) {
            lines.add("  fail:       " + keys(result.failed()));
        }
        if (!result.compromised().isEmpty()) {
            lines.add("  compromise: " + keys(result.compromised()));
        }
        result.notes().forEach(note -> lines.add("  note: " + note));
        if (!result.failed().isEmpty()) {
            failure(model, result, lines);
        }
        if (!result.compromised().isEmpty()) {
            compromise(result, lines);
        }
        lines.add("");
        lines.add("Use --format json for everything: every element down, everything reached, every path.");
        return String.join("\n", lines) + "\n";
    }

    private static String headline(WhatIfResult result) {
        List<String> parts = new ArrayList<>();
        if (!result.failed().isEmpty()) {
            parts.add(keys(result.failed()) + (result.failed().size() == 1 ? " fails" : " fail"));
        }
        if (!result.compromised().isEmpty()) {
            parts.add("an attacker holds " + keys(result.compromised()));
        }
        return String.join(" and ", parts);
    }

    // ---------------------------------------------------------------- failure

    private static void failure(Model model, WhatIfResult result, List<String> lines) {
        lines.add("");
        // Services are counted here and listed with their fate below, so the list matches its count.
        List<Ref> elements = result.down().stream().filter(r -> r.kind() != RefKind.SERVICE).toList();
        Map<RefKind, Long> byKind = new EnumMap<>(RefKind.class);
        elements.forEach(ref -> byKind.merge(ref.kind(), 1L, Long::sum));
        long downServices = result.down().size() - elements.size();
        lines.add("Down: " + plural(elements.size(), "element") + (byKind.isEmpty() ? "" : " ("
                + byKind.entrySet().stream().map(e -> plural(e.getValue(), e.getKey().yamlName()))
                        .collect(Collectors.joining(", ")) + ")")
                + (downServices == 0 ? "" : ", and " + plural(downServices, "service") + " (below)"));
        wrap(elements.stream().limit(DOWN_SHOWN).map(Ref::key).toList(), "  ", lines);
        if (elements.size() > DOWN_SHOWN) {
            lines.add("  ... and " + (elements.size() - DOWN_SHOWN) + " more");
        }

        lines.add("");
        if (result.lost().isEmpty() && result.degraded().isEmpty()) {
            lines.add("No service stops.");
        }
        if (!result.lost().isEmpty()) {
            lines.add("Services lost (no fallback):");
            result.lost().forEach(i -> lines.add(serviceLine(i)));
        }
        if (!result.degraded().isEmpty()) {
            lines.add("Services degraded (on their fallback):");
            result.degraded().forEach(i -> lines.add(serviceLine(i)));
        }
        if (!result.lost().isEmpty() || !result.degraded().isEmpty()) {
            lines.add("");
            lines.add("What stops, in order, if nothing is restored:");
            lines.addAll(timeline(result));
        }

        if (!result.unsupported().isEmpty()) {
            lines.add("");
            String suppliers = result.unsupported().stream().map(u -> u.supplier().key()).distinct()
                    .collect(Collectors.joining(", "));
            lines.add("Still running without their supplier (" + suppliers + "): nobody from it repairs,");
            lines.add("replaces or configures these at their next fault:");
            for (Unsupported u : result.unsupported()) {
                String services = u.services().isEmpty() ? "no service needs it"
                        : "needed by " + keys(u.services());
                lines.add("  " + u.asset().key() + ": " + spares(model, u.asset()) + "; " + services);
            }
        }
    }

    private static String serviceLine(ServiceImpact i) {
        String fallback = "";
        if (i.fallback() != null && i.fallback().capacity() != null) {
            fallback = " (fallback at " + percent(i.fallback().capacity()) + ")";
        }
        return "  " + i.service().key() + " [" + i.impact().yamlName() + "]" + fallback + ": " + i.timeToImpact();
    }

    /** The moments things change, earliest first; events at the same moment in the order services are listed. */
    public static List<String> timeline(WhatIfResult result) {
        record Event(Duration at, String text) {
        }
        List<Event> events = new ArrayList<>();
        for (ServiceImpact i : result.lost()) {
            events.add(new Event(Duration.ZERO, i.service().key() + " lost (no fallback)"));
        }
        for (ServiceImpact i : result.degraded()) {
            String capacity = i.fallback().capacity() == null ? "" : " at " + percent(i.fallback().capacity());
            events.add(new Event(Duration.ZERO, i.service().key() + " degraded: on its fallback" + capacity
                    + (i.lostAfter() == null ? ", with no stated limit" : "")));
        }
        for (ServiceImpact i : result.degraded()) {
            if (i.lostAfter() != null) {
                events.add(new Event(i.lostAfter(), i.service().key() + " lost: its fallback lasts "
                        + Durations.words(i.lostAfter())));
            }
        }
        List<ServiceImpact> all = new ArrayList<>(result.lost());
        all.addAll(result.degraded());
        for (ServiceImpact i : all) {
            if (i.restoreWithin() != null) {
                events.add(new Event(i.restoreWithin(), i.service().key() + " down longer than it can tolerate ("
                        + Durations.words(i.tolerable()) + ")"));
            }
        }
        events.sort(Comparator.comparing(Event::at)); // stable: same moment keeps the order above
        List<String> lines = new ArrayList<>(events.size());
        for (Event e : events) {
            String at = e.at().isZero() ? "at once" : "after " + Durations.words(e.at());
            lines.add(String.format(Locale.ROOT, "  %-14s %s", at, e.text()));
        }
        return lines;
    }

    private static String spares(Model model, Ref asset) {
        Spares spares = model.asset(asset.id()).map(Asset::spares).orElse(null);
        if (spares == null) {
            return "spares not stated";
        }
        String onHand = spares.onHand() == null ? "spares on hand not stated"
                : spares.onHand() == 0 ? "no spares" : plural(spares.onHand(), "spare");
        return onHand + (spares.leadTime() == null ? "" : ", lead time " + Durations.words(spares.leadTime()));
    }

    // ---------------------------------------------------------------- compromise

    private static void compromise(WhatIfResult result, List<String> lines) {
        lines.add("");
        Map<RefKind, Long> byKind = new EnumMap<>(RefKind.class);
        result.reached().forEach(r -> byKind.merge(r.element().kind(), 1L, Long::sum));
        lines.add("The attacker holds or reaches " + result.reachedCount() + (byKind.isEmpty() ? "" : " ("
                + byKind.entrySet().stream().map(e -> plural(e.getValue(), e.getKey().yamlName()))
                        .collect(Collectors.joining(", ")) + ")") + (result.reachedCount() > 0 ? ", cheapest first:" : ""));
        for (Reached r : result.reached().subList(0, Math.min(REACHED_SHOWN, result.reachedCount()))) {
            lines.add(String.format(Locale.ROOT, "  %5s  %s%s", cost(r.cost()), r.element().key(),
                    r.type() == null ? "" : " (" + r.type().yamlName() + ")"));
        }
        if (result.reachedCount() > REACHED_SHOWN) {
            lines.add("  ... and " + (result.reachedCount() - REACHED_SHOWN) + " more");
        }
        // a service can be stopped without a path to what it needs: through a UPS's or a switch's
        // management interface, say; never claim "no service" while there is one to stop
        if (result.servicesAtRisk().isEmpty() && result.stoppable().isEmpty()) {
            lines.add("No service needs an asset the attacker reaches.");
            return;
        }
        if (!result.stoppable().isEmpty()) {
            lines.add("");
            lines.add("Services the attacker could stop by making fail what they hold, soonest lost first:");
            List<org.otbridge.analysis.exposure.Outage> stoppable = new ArrayList<>(result.stoppable());
            stoppable.sort(java.util.Comparator.comparing(org.otbridge.analysis.exposure.Outage::timeToImpact,
                    java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                    .thenComparing(o -> o.service().id()));
            for (org.otbridge.analysis.exposure.Outage o : stoppable) {
                String when = o.timeToImpact() == null ? "degraded indefinitely (its fallback has no limit)"
                        : o.timeToImpact().isZero() ? "lost at once"
                        : "degraded at once, lost after " + Durations.words(o.timeToImpact());
                lines.add("  " + o.service().key() + ": " + when + (o.tolerable() == null ? ""
                        : "; tolerates " + Durations.words(o.tolerable())) + "; cost " + cost(o.cost())
                        + ", by taking down");
                wrap(o.elements().stream().map(Ref::key).toList(), "      ", lines);
            }
        }
        if (result.servicesAtRisk().isEmpty()) {
            return;
        }
        lines.add("");
        lines.add("Services at risk (controllers and safety systems first), with the cheapest path:");
        for (ServiceAtRisk s : result.servicesAtRisk()) {
            lines.add("  " + s.service().key() + " [" + s.impact().yamlName() + "]: " + s.target().key()
                    + (s.targetType() == null ? "" : " (" + s.targetType().yamlName() + ")") + " at cost "
                    + cost(s.cost()) + "; " + plural(s.assetsReached(), "needed asset") + " reached");
            wrap(arrows(s.path().steps()), "      ", lines);
            if (!s.path().techniques().isEmpty()) {
                lines.add("      ATT&CK for ICS: " + String.join(", ", s.path().techniques()));
            }
        }
    }

    /** Steps joined by arrows, as words for {@link #wrap}. */
    private static List<String> arrows(List<Ref> steps) {
        List<String> words = new ArrayList<>(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            words.add(steps.get(i).key() + (i + 1 < steps.size() ? " ->" : ""));
        }
        return words;
    }

    // ---------------------------------------------------------------- helpers

    /** Words separated by ", " (or by " " after an arrow), wrapped to the width with {@code indent}. */
    private static void wrap(List<String> words, String indent, List<String> lines) {
        StringBuilder line = new StringBuilder(indent);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean last = i + 1 == words.size();
            String piece = word + (last || word.endsWith("->") ? "" : ",");
            if (line.length() > indent.length() && line.length() + 1 + piece.length() > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(piece);
        }
        if (line.length() > indent.length()) {
            lines.add(line.toString());
        }
    }

    /** One line for a scenario in the assessment summary: what it loses, degrades and reaches. */
    public static String scenarioLine(ScenarioResult s) {
        List<String> parts = new ArrayList<>();
        s.lost().forEach(i -> parts.add(i.service().id() + " lost at once"));
        s.degraded().forEach(i -> parts.add(i.service().id() + " degraded"
                + (i.lostAfter() == null ? "" : " (lost " + when(i.lostAfter()) + ")")));
        if (!s.fail().isEmpty() && s.lost().isEmpty() && s.degraded().isEmpty()) {
            parts.add("no service stops");
        }
        if (!s.compromise().isEmpty()) {
            parts.add("reaches " + s.reachedCount() + (s.servicesAtRisk().isEmpty() ? ", no service at risk"
                    : ", at risk: " + s.servicesAtRisk().stream().map(Ref::id).collect(Collectors.joining(", "))));
        }
        return s.id() + ": " + String.join("; ", parts);
    }

    private static String when(Duration at) {
        return at.isZero() ? "at once" : "after " + Durations.words(at);
    }

    private static String keys(List<Ref> refs) {
        return refs.stream().map(Ref::key).collect(Collectors.joining(", "));
    }

    private static String percent(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f%%", value)
                : String.format(Locale.ROOT, "%.1f%%", value);
    }

    private static String cost(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.1f", value) : "-";
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
