package org.otbridge.analysis;

import java.util.List;

/**
 * One analysis of an assessment: it names the sections it needs, and from them and the site's
 * facts computes its own section. A pure function; the {@link Assessor} runs each once, as soon
 * as what it needs is there, side by side with the others. Adding an analysis means writing it,
 * registering it in {@link Analyses} and giving its section a view.
 */
public interface Analysis<T> {

    /** The section it computes. */
    SectionKey<T> key();

    /** The sections it reads through {@link AnalysisContext#section}; registered before it. */
    default List<SectionKey<?>> needs() {
        return List.of();
    }

    T run(AnalysisContext context);

    /** An analysis from its parts. */
    static <T> Analysis<T> of(SectionKey<T> key, List<SectionKey<?>> needs, java.util.function.Function<AnalysisContext, T> run) {
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
