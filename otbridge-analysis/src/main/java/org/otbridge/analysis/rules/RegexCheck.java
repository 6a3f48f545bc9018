package org.otbridge.analysis.rules;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelSourceLocation;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.navigation.CelNavigableAst;
import dev.cel.common.navigation.CelNavigableExpr;
import java.util.List;

/**
 * Compiles the constant regular expressions of a condition ({@code x.matches('...')}) when the
 * rule is loaded, so a pattern that does not compile, or that would take the regex engine's
 * compiler into a stack overflow or a huge program, is an error at its rule's line instead of a
 * rule that silently never fires or a crash halfway through an assessment.
 */
final class RegexCheck {

    /** Longer patterns are not written by hand; they are refused before the compiler sees them. */
    static final int MAX_PATTERN_LENGTH = 2_000;

    private RegexCheck() {
    }

    static void check(CelAbstractSyntaxTree ast, int maxProgramSize) throws RuleCompiler.Failure {
        List<CelNavigableExpr> nodes = CelNavigableAst.fromAst(ast).getRoot().allNodes().toList();
        for (CelNavigableExpr node : nodes) {
            CelExpr expr = node.expr();
            if (expr.getKind() != CelExpr.ExprKind.Kind.CALL || !expr.call().function().equals("matches")) {
                continue;
            }
            List<CelExpr> args = expr.call().args();
            CelExpr pattern = expr.call().target().isPresent() ? first(args) : second(args);
            if (pattern == null || pattern.getKind() != CelExpr.ExprKind.Kind.CONSTANT
                    || pattern.constant().getKind() != CelConstant.Kind.STRING_VALUE) {
                continue;
            }
            String problem = problem(pattern.constant().stringValue(), maxProgramSize);
            if (problem != null) {
                CelSourceLocation at = RuleCompiler.location(ast.getSource(), pattern.id());
                throw new RuleCompiler.Failure(problem, Math.max(1, at.getLine()), Math.max(0, at.getColumn()) + 1);
            }
        }
    }

    /** Why {@code regex} cannot be used, or null when it compiles within the limit. */
    static String problem(String regex, int maxProgramSize) {
        if (regex.length() > MAX_PATTERN_LENGTH) {
            return "regular expression of " + regex.length() + " characters is longer than " + MAX_PATTERN_LENGTH;
        }
        Pattern compiled;
        try {
            compiled = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            return "regular expression does not compile: " + e.getDescription()
                    + (e.getPattern().isEmpty() ? "" : " at '" + e.getPattern() + "'");
        } catch (StackOverflowError e) {
            // Nested counted repetition such as (a{1,1000}){1,1000} expands beyond the compiler's stack.
            return "regular expression is too complex (nested repetition); simplify it";
        }
        if (compiled.programSize() > maxProgramSize) {
            return "regular expression is too large (" + compiled.programSize() + " instructions, the limit "
                    + "rule-regex-size is " + maxProgramSize + "); simplify it";
        }
        return null;
    }

    private static CelExpr first(List<CelExpr> args) {
        return args.isEmpty() ? null : args.get(0);
    }

    private static CelExpr second(List<CelExpr> args) {
        return args.size() < 2 ? null : args.get(1);
    }
}
