package org.otbridge.analysis.rules;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelSource;
import dev.cel.common.CelSourceLocation;
import dev.cel.common.CelValidationException;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.navigation.CelNavigableAst;
import dev.cel.common.navigation.CelNavigableExpr;
import dev.cel.common.types.CelType;
import dev.cel.common.types.CelTypeProvider;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compiles rule conditions once: parse, type-check against {@link RuleBindings} for the rule's
 * scope (the result must be true/false), check string literals compared with fields of a fixed
 * vocabulary (a misspelt {@code 'screenlock'} would make a rule silently never fire), and find the
 * control kinds an asset-control condition is limited to. Thread-safe.
 */
final class RuleCompiler {

    /** A compiled condition, its checked syntax tree and the control kinds it can fire for (empty: any). */
    record Compiled(CelRuntime.Program program, CelAbstractSyntaxTree ast, Set<String> kinds) {
    }

    /** Why a condition does not compile, with the place in the condition (1-based line and column). */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        Failure(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }

        int line() {
            return line;
        }

        int column() {
            return column;
        }
    }

    private static final class Holder {
        static final RuleCompiler INSTANCE = new RuleCompiler();
    }

    static RuleCompiler get() {
        return Holder.INSTANCE;
    }

    private final CelOptions options = CelOptions.current()
            .enableHeterogeneousNumericComparisons(true)
            .enableOptionalSyntax(true)
            .build();
    private final CelTypeProvider types = RuleBindings.typeProvider();
    private final Map<RuleScope, CelCompiler> compilers = new EnumMap<>(RuleScope.class);
    private final CelRuntime runtime;

    private RuleCompiler() {
        runtime = runtime(RuleLimits.defaults());
    }

    /** A runtime whose loops and regular expressions stop at {@code limits}. */
    private CelRuntime runtime(RuleLimits limits) {
        CelOptions bounded = options.toBuilder()
                .comprehensionMaxIterations(limits.iterations())
                .maxRegexProgramSize(limits.regexProgramSize())
                .build();
        return CelRuntimeFactory.plannerRuntimeBuilder()
                .setOptions(bounded)
                .setTypeProvider(types)
                .addLibraries(CelExtensions.optional(), CelExtensions.strings(), CelExtensions.sets(bounded))
                .build();
    }

    /**
     * The programs of {@code rules} planned for {@code limits}; the programs compiled with the
     * rules already carry the default limits.
     */
    java.util.Map<Rule, CelRuntime.Program> programs(List<Rule> rules, RuleLimits limits) {
        java.util.Map<Rule, CelRuntime.Program> programs = new java.util.IdentityHashMap<>();
        CelRuntime bounded = limits.equals(RuleLimits.defaults()) ? null : runtime(limits);
        for (Rule rule : rules) {
            try {
                programs.put(rule, bounded == null ? rule.program() : bounded.createProgram(rule.ast()));
            } catch (CelEvaluationException e) {
                throw new IllegalStateException("rule " + rule.id() + " compiled once but cannot be planned again", e);
            }
        }
        return programs;
    }

    /** The compiler of a scope's variables, built on first use (the built-in rules need two of six). */
    private synchronized CelCompiler compiler(RuleScope scope) {
        return compilers.computeIfAbsent(scope, s -> {
            CelCompilerBuilder builder = CelCompilerFactory.standardCelCompilerBuilder()
                    .setOptions(options)
                    .setTypeProvider(types)
                    .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
                    .addLibraries(CelExtensions.optional(), CelExtensions.strings(), CelExtensions.sets(options))
                    .setResultType(SimpleType.BOOL);
            for (RuleBindings.Variable variable : RuleBindings.variables(s)) {
                builder.addVar(variable.name(), variable.celType());
            }
            return builder.build();
        });
    }

    Compiled compile(RuleScope scope, String condition) throws Failure {
        return compile(scope, condition, RuleLimits.defaults());
    }

    /** Compiles a condition; its constant regular expressions must compile within {@code limits}. */
    Compiled compile(RuleScope scope, String condition, RuleLimits limits) throws Failure {
        CelAbstractSyntaxTree ast;
        try {
            ast = compiler(scope).compile(condition).getAst();
        } catch (CelValidationException e) {
            CelIssue first = e.getErrors().isEmpty() ? null : e.getErrors().get(0);
            if (first == null) {
                throw new Failure(e.getMessage(), 1, 1);
            }
            CelSourceLocation at = first.getSourceLocation();
            String more = e.getErrors().size() > 1 ? " (and " + (e.getErrors().size() - 1) + " more)" : "";
            throw new Failure(describe(first.getMessage(), scope) + more, Math.max(1, at.getLine()),
                    Math.max(0, at.getColumn()) + 1);
        }
        checkWords(ast);
        RegexCheck.check(ast, limits.regexProgramSize());
        try {
            return new Compiled(runtime.createProgram(ast), ast, kinds(ast));
        } catch (CelEvaluationException e) {
            throw new Failure("cannot be prepared for evaluation: " + e.getMessage(), 1, 1);
        }
    }

    /** CEL's messages, with a hint where a variable belongs to another scope. */
    private static String describe(String message, RuleScope scope) {
        String text = message.replace("(in container '')", "").strip();
        if (text.startsWith("undeclared reference to '")) {
            String name = text.substring("undeclared reference to '".length(), text.indexOf('\'',
                    "undeclared reference to '".length()));
            for (RuleBindings.Variable variable : RuleBindings.VARIABLES) {
                if (variable.name().equals(name)) {
                    return text + ": '" + name + "' is not available in scope " + scope.yamlName() + " (it is in "
                            + variable.scopes().stream().map(RuleScope::yamlName).toList() + ")";
                }
            }
            List<String> names = RuleBindings.variables(scope).stream().map(RuleBindings.Variable::name).toList();
            return text + RuleLoader.hint(name, names, "scope " + scope.yamlName() + " has " + String.join(", ", names));
        }
        if (text.startsWith("undefined field '")) {
            int start = "undefined field '".length();
            String name = text.substring(start, Math.max(start, text.indexOf('\'', start)));
            Set<String> fields = new java.util.TreeSet<>();
            RuleBindings.STRUCTS.forEach(struct -> struct.fields().forEach(f -> fields.add(f.name())));
            return text + org.otbridge.model.load.Suggestions.didYouMean(name, fields) + " (docs/rules.md lists the fields)";
        }
        return text;
    }

    /**
     * String literals compared with (==, !=, in) a field or variable whose words are fixed must be
     * one of those words.
     */
    private static void checkWords(CelAbstractSyntaxTree ast) throws Failure {
        List<CelNavigableExpr> nodes = CelNavigableAst.fromAst(ast).getRoot().allNodes().toList();
        for (CelNavigableExpr node : nodes) {
            CelExpr expr = node.expr();
            if (expr.getKind() != CelExpr.ExprKind.Kind.CALL) {
                continue;
            }
            String function = expr.call().function();
            List<CelExpr> args = expr.call().args();
            if (args.size() != 2) {
                continue;
            }
            if (function.equals("_==_") || function.equals("_!=_")) {
                checkPair(ast, args.get(0), args.get(1));
                checkPair(ast, args.get(1), args.get(0));
            } else if (function.equals("@in")) {
                CelExpr element = args.get(0);
                CelExpr container = args.get(1);
                Optional<Vocabulary> words = vocabulary(ast, element);
                if (words.isPresent() && container.getKind() == CelExpr.ExprKind.Kind.LIST) {
                    for (CelExpr item : container.list().elements()) {
                        checkLiteral(ast, words.get(), item);
                    }
                }
                Optional<Vocabulary> listWords = vocabulary(ast, container);
                if (listWords.isPresent()) {
                    checkLiteral(ast, listWords.get(), element);
                }
            }
        }
    }

    private static void checkPair(CelAbstractSyntaxTree ast, CelExpr field, CelExpr literal) throws Failure {
        Optional<Vocabulary> words = vocabulary(ast, field);
        if (words.isPresent()) {
            checkLiteral(ast, words.get(), literal);
        }
    }

    private record Vocabulary(String what, List<String> values) {
    }

    /** The words a select of one of our fields, or a variable, can hold; empty when free. */
    private static Optional<Vocabulary> vocabulary(CelAbstractSyntaxTree ast, CelExpr expr) {
        if (expr.getKind() == CelExpr.ExprKind.Kind.SELECT && !expr.select().testOnly()) {
            CelExpr operand = expr.select().operand();
            Optional<CelType> type = ast.getType(operand.id());
            if (type.isEmpty()) {
                return Optional.empty();
            }
            Optional<RuleBindings.Struct> struct = RuleBindings.structNamed(type.get().name());
            return struct.flatMap(s -> s.field(expr.select().field()))
                    .filter(f -> f.closed() && !f.values().isEmpty())
                    .map(f -> new Vocabulary(struct.get().name() + "." + f.name(), f.values()));
        }
        if (expr.getKind() == CelExpr.ExprKind.Kind.IDENT) {
            String name = expr.ident().name();
            for (RuleBindings.Variable variable : RuleBindings.VARIABLES) {
                if (variable.name().equals(name) && !variable.values().isEmpty()) {
                    return Optional.of(new Vocabulary(name, variable.values()));
                }
            }
        }
        return Optional.empty();
    }

    private static void checkLiteral(CelAbstractSyntaxTree ast, Vocabulary words, CelExpr literal) throws Failure {
        if (literal.getKind() != CelExpr.ExprKind.Kind.CONSTANT
                || literal.constant().getKind() != CelConstant.Kind.STRING_VALUE) {
            return;
        }
        String text = literal.constant().stringValue();
        if (words.values().contains(text)) {
            return;
        }
        CelSourceLocation at = location(ast.getSource(), literal.id());
        throw new Failure("'" + text + "' is never a value of " + words.what() + RuleLoader.hint(text,
                words.values(), "values: " + String.join(", ", words.values())),
                Math.max(1, at.getLine()), Math.max(0, at.getColumn()) + 1);
    }

    static CelSourceLocation location(CelSource source, long exprId) {
        Integer offset = source.getPositionsMap().get(exprId);
        if (offset == null) {
            return CelSourceLocation.of(1, 0);
        }
        return source.getOffsetLocation(offset).orElse(CelSourceLocation.of(1, 0));
    }

    /**
     * The control kinds a condition is limited to: a conjunct of the top-level {@code &&} chain
     * that is {@code control.kind == 'x'}, {@code control.kind in [...]}, or a disjunction of
     * those; several such conjuncts intersect. Empty when the condition does not say.
     */
    static Set<String> kinds(CelAbstractSyntaxTree ast) {
        Set<String> result = null;
        List<CelExpr> conjuncts = new ArrayList<>();
        flatten(ast.getExpr(), "_&&_", conjuncts);
        for (CelExpr conjunct : conjuncts) {
            Set<String> kinds = kindsOf(conjunct);
            if (kinds == null) {
                continue;
            }
            if (result == null) {
                result = new LinkedHashSet<>(kinds);
            } else {
                result.retainAll(kinds);
            }
        }
        if (result == null) {
            return Set.of();
        }
        // Contradictory conditions keep an impossible kind so that the rule is never evaluated.
        return result.isEmpty() ? Set.of("") : Set.copyOf(result);
    }

    /** The kinds one conjunct allows, or null when it does not limit the kind. */
    private static Set<String> kindsOf(CelExpr expr) {
        if (expr.getKind() != CelExpr.ExprKind.Kind.CALL) {
            return null;
        }
        String function = expr.call().function();
        List<CelExpr> args = expr.call().args();
        if (function.equals("_&&_")) {
            List<CelExpr> parts = new ArrayList<>();
            flatten(expr, "_&&_", parts);
            Set<String> result = null;
            for (CelExpr part : parts) {
                Set<String> kinds = kindsOf(part);
                if (kinds != null) {
                    if (result == null) {
                        result = new LinkedHashSet<>(kinds);
                    } else {
                        result.retainAll(kinds);
                    }
                }
            }
            return result;
        }
        if (function.equals("_||_")) {
            List<CelExpr> parts = new ArrayList<>();
            flatten(expr, "_||_", parts);
            Set<String> result = new LinkedHashSet<>();
            for (CelExpr part : parts) {
                Set<String> kinds = kindsOf(part);
                if (kinds == null) {
                    return null;
                }
                result.addAll(kinds);
            }
            return result;
        }
        if (function.equals("_==_") && args.size() == 2) {
            String literal = isControlKind(args.get(0)) ? string(args.get(1))
                    : isControlKind(args.get(1)) ? string(args.get(0)) : null;
            return literal == null ? null : Set.of(literal);
        }
        if (function.equals("@in") && args.size() == 2 && isControlKind(args.get(0))
                && args.get(1).getKind() == CelExpr.ExprKind.Kind.LIST) {
            Set<String> result = new LinkedHashSet<>();
            for (CelExpr item : args.get(1).list().elements()) {
                String literal = string(item);
                if (literal == null) {
                    return null;
                }
                result.add(literal);
            }
            return result;
        }
        return null;
    }

    private static void flatten(CelExpr expr, String function, List<CelExpr> into) {
        if (expr.getKind() == CelExpr.ExprKind.Kind.CALL && expr.call().function().equals(function)) {
            for (CelExpr arg : expr.call().args()) {
                flatten(arg, function, into);
            }
        } else {
            into.add(expr);
        }
    }

    private static boolean isControlKind(CelExpr expr) {
        return expr.getKind() == CelExpr.ExprKind.Kind.SELECT && !expr.select().testOnly()
                && expr.select().field().equals("kind")
                && expr.select().operand().getKind() == CelExpr.ExprKind.Kind.IDENT
                && expr.select().operand().ident().name().equals("control");
    }

    private static String string(CelExpr expr) {
        return expr.getKind() == CelExpr.ExprKind.Kind.CONSTANT
                && expr.constant().getKind() == CelConstant.Kind.STRING_VALUE ? expr.constant().stringValue() : null;
    }
}
