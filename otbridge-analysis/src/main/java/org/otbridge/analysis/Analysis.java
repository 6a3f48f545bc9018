package org.otbridge.analysis;

import java.util.List;

/**
 * One analysis of an assessment: it names the sections it needs, and from them and the site's
 * facts computes its own section. A pure function; the {@link Assessor} runs each once, as soon
 * as what it needs is there, side by side with the others. Adding an analysis means writing it,
 * registering it in {@link Analyses} and giving its section a view; a costly one also says what it
 * reads ({@link #reads()}) so that the planner's measurements keep its section when a change leaves
 * that alone ({@code ReassessmentTest} checks that it says enough).
 */
public interface Analysis<T> {

    /** The section it computes. */
    SectionKey<T> key();

    /** The sections it reads through {@link AnalysisContext#section}; registered before it. */
    default List<SectionKey<?>> needs() {
        return List.of();
    }

    /**
     * What of the model it reads, directly or through the site's facts; a re-assessment after a
     * change keeps its section when the change alters none of it and none of the sections it needs
     * was computed again. Everything, unless declared narrower.
     */
    default Reads reads() {
        return Reads.everything();
    }

    T run(AnalysisContext context);

    /**
     * Its section after a change that alters some of what it reads ({@code diff}), given the section
     * {@code before} it; called only when none of the sections it needs was computed again. The
     * same as {@link #run} unless the analysis can tell which of its parts the change leaves alone.
     */
    default T update(AnalysisContext context, T before, ModelDiff diff) {
        return run(context);
    }

    /** An analysis from its parts, reading everything. */
    static <T> Analysis<T> of(SectionKey<T> key, List<SectionKey<?>> needs, java.util.function.Function<AnalysisContext, T> run) {
        return of(key, needs, Reads.everything(), run);
    }

    /** An analysis from its parts. */
    static <T> Analysis<T> of(SectionKey<T> key, List<SectionKey<?>> needs, Reads reads,
            java.util.function.Function<AnalysisContext, T> run) {
        return new Analysis<>() {
            @Override
            public SectionKey<T> key() {
                return key;
            }

            @Override
            public List<SectionKey<?>> needs() {
                return needs;
            }

            @Override
            public Reads reads() {
                return reads;
            }

            @Override
            public T run(AnalysisContext context) {
                return run.apply(context);
            }

            @Override
            public String toString() {
                return key.name();
            }
        };
    }
}
