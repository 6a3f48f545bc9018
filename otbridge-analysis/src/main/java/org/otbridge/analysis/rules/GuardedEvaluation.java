package org.otbridge.analysis.rules;

import dev.cel.common.CelErrorCode;
import dev.cel.common.ast.CelExpr;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelEvaluationListener;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelVariableResolver;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.otbridge.model.Problem;

/**
 * Evaluates rule conditions within {@link RuleLimits}, for one run. A condition that reads a value
 * the model leaves out (a null compared, a missing key or index) simply does not fire, as
 * docs/rules.md promises; every other failure (division by zero, overflow, a loop, size or time
 * limit, a bad regular expression, exhausted stack or memory) stops the rule for the rest of the run and is
 * kept once as a problem naming the rule's file, line and id. Not thread-safe.
 */
final class GuardedEvaluation {

    /** How a condition came out on one subject. */
    enum Outcome { FIRES, QUIET, MISSING_VALUE, STOPPED }

    /**
     * Thrown from inside an evaluation that went over a limit. An Error, because the CEL runtime
     * turns every Exception inside {@code &&}, {@code ||} and loops into an error value and goes on.
     */
    private static final class OverLimit extends Error {
        private static final long serialVersionUID = 1L;

        OverLimit(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * Called by the runtime after every step of an evaluation: stops it when a value grows past
     * the size limit (long before it could exhaust memory) or its time is up. Reading the clock on
     * every 256th step keeps the cost far below the evaluation's own.
     */
    private static final class Watch implements CelEvaluationListener {
        private final RuleLimits limits;
        private long deadline;
        private int steps;

        Watch(RuleLimits limits) {
            this.limits = limits;
        }

        void startNow() {
            deadline = System.nanoTime() + limits.evaluationTime().toNanos();
            steps = 0;
        }

        @Override
        public void callback(CelExpr expr, Object value) {
            int size = value instanceof String text ? text.length() : value instanceof Collection<?> items ? items.size()
                    : value instanceof Map<?, ?> entries ? entries.size() : 0;
            if (size > limits.valueSize()) {
                throw new OverLimit("the condition built a value of " + size + " characters or items (limit "
                        + "rule-value-size is " + limits.valueSize() + ")");
            }
            if ((++steps & 0xFF) == 0 && System.nanoTime() - deadline > 0) {
                throw new OverLimit("one evaluation took longer than " + limits.evaluationTime().toMillis()
                        + " ms (limit rule-evaluation-time)");
            }
        }
    }

    private final RuleLimits limits;
    private final Map<Rule, CelRuntime.Program> programs;
    private final Watch watch;
    private final Map<Rule, Long> spent = new IdentityHashMap<>();
    private final Map<Rule, Problem> stopped = new LinkedHashMap<>();

    GuardedEvaluation(RuleLimits limits, Map<Rule, CelRuntime.Program> programs) {
        this.limits = limits;
        this.programs = programs;
        this.watch = new Watch(limits);
    }

    /**
     * Evaluates {@code rule} on {@code subject}; a missing value's message goes to
     * {@code missing} (null otherwise).
     */
    Outcome evaluate(Rule rule, CelVariableResolver variables, String subject, StringBuilder missing) {
        long start = System.nanoTime();
        watch.startNow();
        try {
            return Boolean.TRUE.equals(programs.get(rule).trace(variables, watch)) ? Outcome.FIRES : Outcome.QUIET;
        } catch (CelEvaluationException e) {
            OverLimit over = overLimit(e);
            if (over != null) {
                stop(rule, subject, over.getMessage());
                return Outcome.STOPPED;
            }
            if (isMissingValue(e.getErrorCode())) {
                missing.append(e.getMessage());
                return Outcome.MISSING_VALUE;
            }
            stop(rule, subject, describe(e));
            return Outcome.STOPPED;
        } catch (OverLimit e) {
            stop(rule, subject, e.getMessage());
            return Outcome.STOPPED;
        } catch (StackOverflowError e) {
            stop(rule, subject, "the condition nests too deeply to evaluate");
            return Outcome.STOPPED;
        } catch (OutOfMemoryError e) {
            // The allocation that failed was the condition's own; once unwound it is garbage.
            stop(rule, subject, "the condition used up the memory (it builds ever larger values)");
            return Outcome.STOPPED;
        } catch (RuntimeException e) {
            stop(rule, subject, "evaluation failed: " + e);
            return Outcome.STOPPED;
        } finally {
            long total = spent.merge(rule, System.nanoTime() - start, Long::sum);
            if (total > limits.ruleTime().toNanos() && !stopped.containsKey(rule)) {
                stop(rule, subject, "its evaluations took longer than " + limits.ruleTime().toSeconds()
                        + " s in all (limit rule-time)");
            }
        }
    }

    /** Whether the rule was stopped earlier in this run and is not evaluated any more. */
    boolean isStopped(Rule rule) {
        return stopped.containsKey(rule);
    }

    /** The rules stopped in this run, once each, in the order they failed. */
    List<Problem> problems() {
        return List.copyOf(stopped.values());
    }

    /**
     * Reading a value the model leaves out: comparing null, a key or index that is not there.
     * docs/rules.md documents that such a condition does not fire.
     */
    static boolean isMissingValue(CelErrorCode code) {
        return code == CelErrorCode.ATTRIBUTE_NOT_FOUND || code == CelErrorCode.OVERLOAD_NOT_FOUND
                || code == CelErrorCode.INDEX_OUT_OF_BOUNDS;
    }

    private static OverLimit overLimit(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OverLimit over) {
                return over;
            }
        }
        return null;
    }

    private String describe(CelEvaluationException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip().replaceAll("\\s+", " ");
        return switch (e.getErrorCode()) {
            case DIVIDE_BY_ZERO -> "division by zero";
            case NUMERIC_OVERFLOW -> "a number overflowed";
            case ITERATION_BUDGET_EXCEEDED -> "one evaluation took more than " + limits.iterations()
                    + " loop steps (limit rule-iterations)";
            default -> "evaluation failed: " + message;
        };
    }

    private void stop(Rule rule, String subject, String reason) {
        stopped.putIfAbsent(rule, new Problem(rule.whenAt(), "rule " + rule.id() + " stopped on " + subject + ": "
                + reason + "; its findings are incomplete"));
    }
}
