package org.otbridge.analysis.registry;

import java.util.List;
import java.util.Optional;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleMetadata;
import org.otbridge.analysis.rules.Rule;
import org.otbridge.model.SourcePosition;

/**
 * One rule as the registry knows it, whatever it is written in.
 *
 * @param metadata  id, category, severity, title, explanation, recommendation, references, ATT&amp;CK ids
 * @param family    the built-in family, or {@link RuleFamily#USER}
 * @param mistake   which of the three classic mistakes it is about
 * @param reads     what it reads: model fields ({@code connection.purpose}, {@code control.backup.offline_copy})
 *                  for a Java rule, condition variables ({@code asset.usage}, {@code services}) for a CEL rule
 * @param condition the compiled CEL rule; empty for a rule written in Java
 * @param javaClass the class of a Java rule; empty for a CEL rule
 */
public record RegisteredRule(RuleMetadata metadata, RuleFamily family, Mistake mistake, List<String> reads,
        Optional<Rule> condition, Optional<Class<?>> javaClass) {

    public RegisteredRule {
        reads = List.copyOf(reads);
    }

    public String id() {
        return metadata.id();
    }

    /** Shipped with OT Bridge, as opposed to read from a user's rule file. */
    public boolean builtIn() {
        return family != RuleFamily.USER;
    }

    /** Where a CEL rule was written (built-in ones as {@code built-in:FILE}); empty for Java rules. */
    public Optional<SourcePosition> at() {
        return condition.map(Rule::at);
    }

    /** The rule in words, for messages: "the built-in rule OTB-GOV-004 (Nobody holds a mandate ...)". */
    public String describe() {
        if (javaClass.isPresent()) {
            return "the built-in rule " + id() + " (" + metadata.title() + ")";
        }
        return (builtIn() ? "the built-in rule at " : "the rule at ") + condition.orElseThrow().at();
    }
}
