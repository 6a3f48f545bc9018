package org.otbridge.analysis.plan;

import java.util.List;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Ref;

/**
 * What is wrong with one subject, as one of the three mistakes: every finding on that subject
 * for that mistake, with the worst severity among them. A reader acts on problems; the findings
 * behind them keep their ids, rules and explanations.
 *
 * @param subjects the subject first, then every other element its findings name, each once
 * @param title    the worst finding's title
 * @param accepted every finding behind it is covered by a valid exception
 */
public record Problem(String id, Mistake mistake, Severity severity, List<Ref> subjects, String title,
        List<String> findings, List<String> rules, List<Ref> services, boolean accepted) {

    public Problem {
        subjects = List.copyOf(subjects);
        findings = List.copyOf(findings);
        rules = List.copyOf(rules);
        services = List.copyOf(services);
        if (subjects.isEmpty()) {
            throw new IllegalArgumentException("a problem has a subject: " + id);
        }
    }

    /** What the problem is about: the first subject of its findings. */
    public Ref subject() {
        return subjects.get(0);
    }
}
