package org.otbridge.analysis.rules;

import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.navigation.CelNavigableAst;
import dev.cel.common.navigation.CelNavigableExpr;
import java.util.EnumSet;
import java.util.Set;
import org.otbridge.model.ControlKind;

/**
 * Which controls a catalog rule's result depends on, read from its compiled condition: an
 * asset-control rule depends on the controls of its kinds (it is evaluated once per such control);
 * a condition that reads {@code controls}, or a {@code controls} or {@code control_kinds} field,
 * depends on every control; any other rule on none. A change to controls of other kinds leaves the
 * rule's findings as they were.
 */
final class ControlReads {

    /** The names through which a condition sees every control of its subject. */
    private static final Set<String> EVERY_CONTROL = Set.of("controls", "control_kinds");

    private ControlReads() {
    }

    static Set<ControlKind> controlKinds(Rule rule) {
        Set<ControlKind> kinds = EnumSet.noneOf(ControlKind.class);
        if (rule.scope() == RuleScope.ASSET_CONTROL) {
            kinds.addAll(rule.kinds().isEmpty() ? EnumSet.allOf(ControlKind.class) : rule.kinds());
        }
        for (CelNavigableExpr node : CelNavigableAst.fromAst(rule.ast()).getRoot().allNodes().toList()) {
            if (namesEveryControl(node.expr())) {
                return EnumSet.allOf(ControlKind.class);
            }
        }
        return kinds;
    }

    /**
     * The {@code controls} variable, or a {@code controls} or {@code control_kinds} field however it
     * is read: selected ({@code asset.control_kinds}) or optionally ({@code asset.?control_kinds}, a
     * call with the name as a string). Any string that spells one of the names counts: a rule that
     * only compares such a word reads more than it needs, never less.
     */
    private static boolean namesEveryControl(CelExpr expr) {
        return switch (expr.getKind()) {
            case IDENT -> expr.ident().name().equals("controls");
            case SELECT -> EVERY_CONTROL.contains(expr.select().field());
            case CONSTANT -> expr.constant().getKind() == CelConstant.Kind.STRING_VALUE
                    && EVERY_CONTROL.contains(expr.constant().stringValue());
            default -> false;
        };
    }
}
