package org.otbridge.analysis.rules;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.runtime.CelRuntime;
import java.util.Set;
import org.otbridge.analysis.RuleMetadata;
import org.otbridge.model.ControlKind;
import org.otbridge.model.SourcePosition;

/**
 * One catalog rule: its metadata, the scope it is evaluated in, its condition compiled once, and
 * for asset-control rules the control kinds it can fire for (from its {@code kinds:} field or the
 * {@code control.kind} tests of its condition; empty means any kind).
 */
public final class Rule {

    private final RuleMetadata metadata;
    private final RuleScope scope;
    private final String when;
    private final Set<ControlKind> kinds;
    private final String itControl;
    private final SourcePosition at;
    private final SourcePosition whenAt;
    private final CelRuntime.Program program;
    private final CelAbstractSyntaxTree ast;

    Rule(RuleMetadata metadata, RuleScope scope, String when, Set<ControlKind> kinds, String itControl,
            SourcePosition at, SourcePosition whenAt, CelRuntime.Program program, CelAbstractSyntaxTree ast) {
        this.metadata = metadata;
        this.scope = scope;
        this.when = when;
        this.kinds = Set.copyOf(kinds);
        this.itControl = itControl;
        this.at = at;
        this.whenAt = whenAt;
        this.program = program;
        this.ast = ast;
    }

    public String id() {
        return metadata.id();
    }

    public RuleMetadata metadata() {
        return metadata;
    }

    public RuleScope scope() {
        return scope;
    }

    /** The condition as written. */
    public String when() {
        return when;
    }

    /** For asset-control rules: the control kinds it is evaluated for; empty for any kind. */
    public Set<ControlKind> kinds() {
        return kinds;
    }

    /** The IT control the rule is about, in words; null when the rule does not say. */
    public String itControl() {
        return itControl;
    }

    /** Where the rule was written (its first field). */
    public SourcePosition at() {
        return at;
    }

    /** Where its condition was written (the {@code when:} key). */
    public SourcePosition whenAt() {
        return whenAt;
    }

    /** The condition planned with the default {@link RuleLimits}. */
    CelRuntime.Program program() {
        return program;
    }

    /** The checked condition, to plan it again for other limits. */
    CelAbstractSyntaxTree ast() {
        return ast;
    }

    @Override
    public String toString() {
        return id() + " (" + scope.yamlName() + ", " + at + ")";
    }
}
