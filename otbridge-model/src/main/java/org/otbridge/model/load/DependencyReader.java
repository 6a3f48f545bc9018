package org.otbridge.model.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.otbridge.model.Dependency;
import org.otbridge.model.Problem;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.SourcePosition;
import org.otbridge.model.yaml.YNode;

/**
 * Reads a {@code requires} expression: a reference, a list (all of), {@code {all: [...]}},
 * {@code {any: [...]}} or {@code {at_least: k, of: [...]}}, nested freely.
 */
final class DependencyReader {

    private static final List<String> FORMS = List.of("all", "any", "at_least", "of");

    private final Set<RefKind> kinds;
    private final String field;
    private final Consumer<Problem> problems;
    private final SharedText ids;

    DependencyReader(Set<RefKind> kinds, String field, Consumer<Problem> problems, SharedText ids) {
        this.kinds = kinds;
        this.field = field;
        this.problems = problems;
        this.ids = ids;
    }

    Optional<Dependency> read(YNode node) {
        if (node instanceof YNode.YScalar scalar) {
            if (scalar.isNull()) {
                problems.accept(new Problem(scalar.at(), "empty item in '" + field + "'"));
                return Optional.empty();
            }
            SourcePosition at = scalar.at();
            Optional<Ref> ref = References.parse(scalar.text(), kinds, field, at, problems, ids);
            return ref.isPresent() ? Optional.of(new Dependency.On(ref.get(), at)) : Optional.empty();
        }
        if (node instanceof YNode.YList list) {
            return Optional.of(new Dependency.AllOf(items(list), list.at()));
        }
        return readForm((YNode.YMap) node);
    }

    private Optional<Dependency> readForm(YNode.YMap map) {
        boolean valid = true;
        for (YNode.YEntry entry : map.entries()) {
            if (!FORMS.contains(entry.key())) {
                problems.accept(new Problem(entry.keyAt(), "unknown dependency form '" + entry.key() + "' in '" + field
                        + "'" + Suggestions.didYouMean(entry.key(), FORMS)
                        + " (write a list, {any: [...]} or {at_least: k, of: [...]})"));
                valid = false;
            }
        }
        if (!valid) {
            return Optional.empty();
        }
        YNode all = map.get("all");
        YNode any = map.get("any");
        YNode atLeast = map.get("at_least");
        YNode of = map.get("of");
        int forms = (all != null ? 1 : 0) + (any != null ? 1 : 0) + (atLeast != null || of != null ? 1 : 0);
        if (forms != 1) {
            problems.accept(new Problem(map.at(), "a dependency in '" + field
                    + "' must be exactly one of {all: [...]}, {any: [...]} or {at_least: k, of: [...]}"));
            return Optional.empty();
        }
        if (all != null) {
            return itemList(all, "all").map(items -> new Dependency.AllOf(items, map.at()));
        }
        if (any != null) {
            return itemList(any, "any").map(items -> new Dependency.AnyOf(items, map.at()));
        }
        if (atLeast == null || of == null) {
            problems.accept(new Problem(map.at(), "'" + field + "': at_least needs both at_least: k and of: [...]"));
            return Optional.empty();
        }
        Optional<List<Dependency>> items = itemList(of, "of");
        if (!(atLeast instanceof YNode.YScalar count) || count.type() != YNode.ScalarType.INTEGER) {
            problems.accept(new Problem(atLeast.at(), "'at_least' in '" + field + "' must be a whole number"));
            return Optional.empty();
        }
        Optional<Long> k = Scalars.wholeNumber(count.text());
        if (k.isEmpty() || items.isEmpty()) {
            k.ifPresentOrElse(v -> { }, () -> problems.accept(new Problem(count.at(),
                    "'at_least' in '" + field + "' must be a whole number")));
            return Optional.empty();
        }
        // Count what was written, so an invalid item is reported once rather than also as a bad k.
        int n = ((YNode.YList) of).items().size();
        if (k.get() < 1 || k.get() > n) {
            problems.accept(new Problem(count.at(), "at_least " + count.text() + " of " + n + " in '" + field
                    + "' cannot be met: k must be between 1 and the number of items (" + n + ")"));
            return Optional.empty();
        }
        return Optional.of(new Dependency.AtLeast(k.get().intValue(), items.get(), map.at()));
    }

    private Optional<List<Dependency>> itemList(YNode node, String form) {
        if (!(node instanceof YNode.YList list)) {
            problems.accept(new Problem(node.at(), "'" + form + "' in '" + field + "' expects a list, found " + node.shape()));
            return Optional.empty();
        }
        return Optional.of(items(list));
    }

    private List<Dependency> items(YNode.YList list) {
        List<Dependency> items = new ArrayList<>(list.items().size());
        for (YNode item : list.items()) {
            Optional<Dependency> dependency = read(item);
            if (dependency.isPresent()) {
                items.add(dependency.get());
            }
        }
        return items;
    }
}
