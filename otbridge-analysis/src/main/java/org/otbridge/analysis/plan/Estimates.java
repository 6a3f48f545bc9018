package org.otbridge.analysis.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Finding;
import org.otbridge.model.Ref;

/**
 * A first guess of the risk a change removes, before it is measured: the weight of every open
 * problem with a finding that names an element the change edits. The planner measures changes in
 * the order of these guesses, so a good guess saves assessments; the plan's figures never rest on it.
 */
final class Estimates {

    /**
     * Knock-on effects are not in the guess: a change to the network cuts attack paths and
     * outages far from its subject, other changes rarely reach beyond it. These allow for them.
     */
    private static final double NETWORK_KNOCK_ON = 3;
    private static final double KNOCK_ON = 1.5;

    /** The open problems naming each element (a problem once per element, however many findings name it). */
    private final Map<Ref, List<Problem>> problemsNaming = new HashMap<>();

    Estimates(Assessment assessment) {
        Map<String, Finding> byId = new HashMap<>();
        assessment.findings().forEach(f -> byId.put(f.id(), f));
        for (Problem problem : assessment.problems()) {
            if (problem.accepted()) {
                continue;
            }
            for (String id : problem.findings()) {
                Finding f = byId.get(id);
                if (f != null) {
                    for (Ref r : f.subjects()) {
                        List<Problem> naming = problemsNaming.computeIfAbsent(r, k -> new ArrayList<>(1));
                        // a problem's findings come one after another: the last one added is the only repeat
                        if (naming.isEmpty() || naming.get(naming.size() - 1) != problem) {
                            naming.add(problem);
                        }
                    }
                }
            }
        }
    }

    int of(Change change) {
        // by identity: a problem is a record of lists, costly to hash, and each is one object here
        Set<Problem> touched = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Ref> refs = change.touches();
        for (Ref ref : refs) {
            touched.addAll(problemsNaming.getOrDefault(ref, List.of()));
        }
        int risk = 0;
        for (Problem p : touched) {
            risk += Figures.weight(p.severity());
        }
        boolean network = change instanceof Change.RemoveConnection || change instanceof Change.HardenConnection
                || change instanceof Change.LeaveZones || change instanceof Change.CloseInternetExposure
                || change instanceof Change.CutItDependencies || change instanceof Change.RouteThroughDmz;
        return (int) Math.ceil(risk * (network ? NETWORK_KNOCK_ON : KNOCK_ON));
    }
}
