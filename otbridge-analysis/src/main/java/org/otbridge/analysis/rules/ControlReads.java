package org.otbridge.analysis.rules;

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

    private ControlReads() {
    }

    static Set<ControlKind> controlKinds(Rule rule) {
        Set<ControlKind> kinds = EnumSet.noneOf(ControlKind.class);
        if (rule.scope() == RuleScope.ASSET_CONTROL) {
            kinds.addAll(rule.kinds().isEmpty() ? EnumSet.allOf(ControlKind.class) : rule.kinds());
        }
        for (CelNavigableExpr node : CelNavigableAst.fromAst(rule.ast()).getRoot().allNodes().toList()) {
            CelExpr expr = node.expr();
            boolean everyControl = expr.getKind() == CelExpr.ExprKind.Kind.IDENT && expr.ident().name().equals("controls")
                    || expr.getKind() == CelExpr.ExprKind.Kind.SELECT
                            && (expr.select().field().equals("controls") || expr.select().field().equals("control_kinds"));
            if (everyControl) {
                return EnumSet.allOf(ControlKind.class);
            }
        }
        return kinds;
    }
}
