package org.otbridge.model;

import java.util.List;
import java.util.function.Consumer;

/**
 * A {@code requires} expression: a reference, or all / any / at least k of nested expressions.
 * A plain YAML list means all of its items.
 */
public sealed interface Dependency {

    SourcePosition at();

    /** Every reference in this expression, depth first, in the order written. */
    default void forEachRef(Consumer<Ref> action) {
        if (this instanceof On on) {
            action.accept(on.ref());
        }
        for (Dependency item : items()) {
            item.forEachRef(action);
        }
    }

    /** The nested expressions; none for a single reference. */
    List<Dependency> items();

    /** The expression that requires nothing; satisfied always. */
    static Dependency none(SourcePosition at) {
        return new AllOf(List.of(), at);
    }

    record On(Ref ref, SourcePosition at) implements Dependency {
        @Override
        public List<Dependency> items() {
            return List.of();
        }
    }

    record AllOf(List<Dependency> items, SourcePosition at) implements Dependency {
        public AllOf {
            items = List.copyOf(items);
        }
    }

    record AnyOf(List<Dependency> items, SourcePosition at) implements Dependency {
        public AnyOf {
            items = List.copyOf(items);
        }
    }

    record AtLeast(int count, List<Dependency> items, SourcePosition at) implements Dependency {
        public AtLeast {
            items = List.copyOf(items);
        }
    }
}
