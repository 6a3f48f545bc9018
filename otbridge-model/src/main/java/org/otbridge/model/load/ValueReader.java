package org.otbridge.model.load;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.otbridge.model.ControlKind;
import org.otbridge.model.Problem;
import org.otbridge.model.SourcePosition;
import org.otbridge.model.spec.ControlParameters;
import org.otbridge.model.spec.FieldSpec;
import org.otbridge.model.spec.FieldType;
import org.otbridge.model.spec.ModelSpec;
import org.otbridge.model.spec.ObjectSpec;
import org.otbridge.model.spec.Vocabulary;
import org.otbridge.model.yaml.YNode;
import org.otbridge.model.yaml.YNode.ScalarType;

/**
 * Checks a YAML tree against the model spec and converts it: every problem is reported with its
 * position, and what is valid is returned as {@link Fields}. Never throws for bad input.
 */
final class ValueReader {

    private final Consumer<Problem> problems;
    private final SharedText shared = new SharedText();

    ValueReader(Consumer<Problem> problems) {
        this.problems = problems;
    }

    /** Reads a mapping by {@code spec}; empty (reported) when the node is not a mapping. */
    Optional<Fields> readObject(YNode node, ObjectSpec spec) {
        return readObject(node, spec, null);
    }

    private Optional<Fields> readObject(YNode node, ObjectSpec spec, Context parent) {
        if (!(node instanceof YNode.YMap map)) {
            problems.accept(new Problem(node.at(), article(spec.name()) + " " + spec.name()
                    + " must be a mapping of fields, found " + node.shape()));
            return Optional.empty();
        }
        Context context = new Context(spec, map, parent);
        List<FieldSpec> fields = spec.fields();
        Object[] values = new Object[fields.size()];
        Map<String, Object> parameters = spec.parameters() ? new LinkedHashMap<>() : Map.of();
        long[] positions = spec.positions() ? new long[fields.size()] : null;
        // A control's kind decides which parameters it documents, so it is read first.
        YNode kindNode = spec.parameters() ? map.get("kind") : null;
        int kindIndex = spec.indexOf("kind");
        Object kindValue = kindNode == null ? null : read(kindNode, fields.get(kindIndex).type(), "kind", context);
        ControlKind kind = kindValue instanceof ControlKind k ? k : null;
        for (YNode.YEntry entry : map.entries()) {
            String key = entry.key();
            if (key.startsWith(ModelSpec.EXTENSION_PREFIX)) {
                continue;
            }
            int index = spec.indexOf(key);
            if (index >= 0) {
                Object value = kindNode != null && index == kindIndex ? kindValue
                        : read(entry.value(), fields.get(index).type(), key, context);
                if (value != null) {
                    values[index] = value;
                    if (positions != null) {
                        positions[index] = place(entry.value());
                    }
                }
            } else if (spec.parameters()) {
                readParameter(entry, spec, kind, context).ifPresent(value -> parameters.put(key, value));
            } else {
                problems.accept(new Problem(entry.keyAt(), "unknown field '" + key + "' in " + context
                        + Suggestions.didYouMean(key, spec.fieldNames())));
            }
        }
        for (int i = 0; i < values.length; i++) {
            FieldSpec field = fields.get(i);
            if (!field.required() || values[i] != null) {
                continue; // a valid value: given and not empty
            }
            YNode given = map.get(field.name());
            if (given == null) {
                problems.accept(new Problem(map.at(), context + " is missing the required field '" + field.name() + "'"));
            } else if (given instanceof YNode.YScalar scalar && scalar.isNull()) {
                problems.accept(new Problem(given.at(), "'" + field.name() + "' in " + context
                        + " is empty; it is required"));
            }
        }
        for (List<String> group : spec.exactlyOne()) {
            List<YNode.YEntry> given = new ArrayList<>(2);
            for (String name : group) {
                YNode.YEntry entry = map.entry(name);
                if (entry != null) {
                    given.add(entry);
                }
            }
            if (given.isEmpty()) {
                problems.accept(new Problem(map.at(), context + " needs " + String.join(" or ", group)));
            } else if (given.size() > 1) {
                problems.accept(new Problem(given.get(1).keyAt(), context + " has both "
                        + given.stream().map(YNode.YEntry::key).collect(Collectors.joining(" and ")) + "; give one"));
            }
        }
        for (ObjectSpec.OnlyWith rule : spec.onlyWith()) {
            Object other = values[spec.indexOf(rule.other())];
            YNode.YEntry given = other == null ? null : map.entry(rule.field());
            if (given != null && values[spec.indexOf(rule.field())] != null
                    && !rule.values().contains(written(other))) {
                problems.accept(new Problem(given.keyAt(), "'" + rule.field() + "' in " + context + " is only for "
                        + rule.other() + " " + String.join(" or ", rule.values()) + "; " + rule.other() + " "
                        + written(other) + " says what it carries already"));
            }
        }
        return Optional.of(new Fields(spec, values, parameters.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(parameters), map.at(), positions));
    }

    /** Where a value was written, as {@link Fields} keeps it. */
    private static long place(YNode node) {
        if (node instanceof YNode.YScalar scalar) {
            return Fields.place(scalar.line(), scalar.column());
        }
        SourcePosition at = node.at();
        return Fields.place(at.line(), at.column());
    }

    /** A converted value as the model writes it. */
    private static String written(Object value) {
        return value instanceof org.otbridge.model.YamlEnum e ? e.yamlName() : String.valueOf(value);
    }

    private static String article(String noun) {
        return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
    }

    /**
     * Names the object being read in messages: "asset 'plc-1'", or "fallback of service 'heat'".
     * Built only when a message needs it, since most objects have no problem.
     */
    record Context(ObjectSpec spec, YNode.YMap map, Context parent) {
        @Override
        public String toString() {
            for (String key : List.of("id", "subject", "rule")) {
                if (spec.fieldOrNull(key) != null && map.get(key) instanceof YNode.YScalar id && !id.isNull()) {
                    return spec.name() + " '" + id.text() + "'";
                }
            }
            return parent == null || parent.spec() == ModelSpec.ROOT ? spec.name() : spec.name() + " of " + parent;
        }
    }

    private Optional<Object> readParameter(YNode.YEntry entry, ObjectSpec spec, ControlKind kind, Context context) {
        String key = entry.key();
        List<FieldSpec> documented = kind == null ? List.of() : ControlParameters.of(kind);
        for (FieldSpec parameter : documented) {
            if (parameter.name().equals(key)) {
                return Optional.ofNullable(read(entry.value(), parameter.type(), key, context));
            }
        }
        List<String> known = Stream.concat(spec.fieldNames().stream(), documented.stream().map(FieldSpec::name)).toList();
        Optional<String> typo = Suggestions.closest(key, known);
        if (typo.isPresent()) {
            problems.accept(new Problem(entry.keyAt(), "unknown field '" + key + "' in " + context
                    + "; did you mean '" + typo.get() + "'?"));
            return Optional.empty();
        }
        return Optional.ofNullable(read(entry.value(), new FieldType.Free(), key, context));
    }

    /** Converts one value; null when absent or invalid (invalid ones are reported). */
    Object read(YNode node, FieldType type, String field, Context context) {
        if (node instanceof YNode.YScalar scalar && scalar.isNull()) {
            return null;
        }
        if (type instanceof FieldType.Nested nested) {
            return readObject(node, nested.spec(), context).orElse(null);
        }
        if (type instanceof FieldType.ListOf listOf) {
            return readList(node, listOf, field, context);
        }
        if (type instanceof FieldType.Requires requires) {
            return new DependencyReader(requires.kinds(), field, problems, shared).read(node).orElse(null);
        }
        if (type instanceof FieldType.Free) {
            return readFree(node, field);
        }
        if (!(node instanceof YNode.YScalar scalar)) {
            problems.accept(new Problem(node.at(), "'" + field + "' in " + context + " expects " + expected(type)
                    + ", found " + node.shape()));
            return null;
        }
        return readScalar(scalar, type, field, context);
    }

    private Object readList(YNode node, FieldType.ListOf listOf, String field, Context context) {
        if (node instanceof YNode.YList list) {
            List<Object> items = new ArrayList<>(list.items().size());
            for (YNode item : list.items()) {
                if (item instanceof YNode.YScalar scalar && scalar.isNull()) {
                    problems.accept(new Problem(item.at(), "empty item in '" + field + "' in " + context));
                    continue;
                }
                Object value = read(item, listOf.item(), field, context);
                if (value != null) {
                    items.add(value);
                }
            }
            return List.copyOf(items);
        }
        if (listOf.singleAllowed() && node instanceof YNode.YScalar) {
            Object value = read(node, listOf.item(), field, context);
            return value == null ? null : List.of(value);
        }
        String hint = node instanceof YNode.YScalar scalar ? " (write [" + scalar.text() + "])" : "";
        problems.accept(new Problem(node.at(), "'" + field + "' in " + context + " expects a list, found "
                + node.shape() + hint));
        return null;
    }

    private Object readFree(YNode node, String field) {
        if (node instanceof YNode.YScalar scalar) {
            return freeScalar(scalar);
        }
        if (node instanceof YNode.YList list && list.items().stream().allMatch(i -> i instanceof YNode.YScalar)) {
            return list.items().stream().map(i -> freeScalar((YNode.YScalar) i)).filter(v -> v != null).toList();
        }
        problems.accept(new Problem(node.at(), "parameter '" + field + "' must be a value or a list of values, found "
                + node.shape()));
        return null;
    }

    private Object freeScalar(YNode.YScalar scalar) {
        switch (scalar.type()) {
            case INTEGER:
                return Scalars.wholeNumber(scalar.text()).<Object>map(v -> v).orElse(scalar.text());
            case FLOAT:
                try {
                    return Double.parseDouble(scalar.text());
                } catch (NumberFormatException e) {
                    return scalar.text();
                }
            case BOOLEAN:
                return Boolean.parseBoolean(scalar.text().toLowerCase(java.util.Locale.ROOT));
            case NULL:
                return null;
            default:
                return shared.of(scalar.text());
        }
    }

    private Object readScalar(YNode.YScalar scalar, FieldType type, String field, Context context) {
        String text = scalar.text();
        if (type instanceof FieldType.Text) {
            return shared.of(text);
        }
        if (type instanceof FieldType.Identifier) {
            if (Scalars.isId(text)) {
                return text;
            }
            return fail(scalar, "invalid id '" + text + "': " + References.IDS_ARE);
        }
        if (type instanceof FieldType.Flag flag) {
            Optional<String> value = spelled(scalar, flag.vocabulary());
            if (value.isPresent()) {
                return Boolean.valueOf(value.get());
            }
            return fail(scalar, where(field, context) + " expects true or false (or yes or no), found '" + text + "'"
                    + suggestion(text, flag.vocabulary()));
        }
        if (type instanceof FieldType.WholeNumber range) {
            Optional<Long> number = scalar.type() == ScalarType.INTEGER || scalar.type() == ScalarType.STRING
                    ? Scalars.wholeNumber(text) : Optional.empty();
            if (number.isEmpty()) {
                return fail(scalar, where(field, context) + " expects a whole number, found '" + text + "'");
            }
            if (number.get() < range.min() || number.get() > range.max()) {
                return fail(scalar, where(field, context) + " must be " + (range.max() == Integer.MAX_VALUE
                        ? "at least " + range.min() : "between " + range.min() + " and " + range.max())
                        + ", found " + text);
            }
            return number.get();
        }
        if (type instanceof FieldType.Span span) {
            Optional<String> word = spelled(scalar, span.vocabulary());
            if (word.isPresent()) {
                return word.get();
            }
            // Optionals unwrapped by hand here and below: a lambda would be made for every value.
            Optional<Duration> duration = Scalars.duration(text);
            if (duration.isPresent()) {
                return duration.get();
            }
            return fail(scalar, "invalid duration '" + text + "' for " + where(field, context)
                    + ": write a whole number and a unit m, h, d or w, such as 30m, 4h, 2d, 1w"
                    + (span.words().isEmpty() ? "" : ", or " + String.join(" or ", span.words())));
        }
        if (type instanceof FieldType.Day) {
            Optional<LocalDate> date = Scalars.date(text);
            if (date.isPresent()) {
                return date.get();
            }
            return fail(scalar, "invalid date '" + text + "' for " + where(field, context)
                    + ": write a real date as YYYY-MM-DD");
        }
        if (type instanceof FieldType.Percent) {
            Optional<Double> percent = Scalars.percent(text);
            if (percent.isPresent()) {
                return percent.get();
            }
            return fail(scalar, "invalid percentage '" + text + "' for " + where(field, context)
                    + ": write 0% to 100%, such as 60%");
        }
        if (type instanceof FieldType.IpAddress) {
            return Scalars.isIpAddress(text) ? text
                    : fail(scalar, "invalid IP address '" + text + "' for " + where(field, context));
        }
        if (type instanceof FieldType.MacAddress) {
            return Scalars.isMacAddress(text) ? text : fail(scalar, "invalid MAC address '" + text + "' for "
                    + where(field, context) + ": write six hex pairs such as 00:1b:1b:aa:bb:cc");
        }
        if (type instanceof FieldType.Choice choice) {
            Optional<String> value = spelled(scalar, choice.vocabulary());
            if (value.isPresent()) {
                return choice.constant(value.get());
            }
            return fail(scalar, unknownValue(text, field, context, choice.vocabulary()));
        }
        if (type instanceof FieldType.Words words) {
            Optional<String> value = spelled(scalar, words.vocabulary());
            return value.isPresent() ? value.get() : fail(scalar, unknownValue(text, field, context, words.vocabulary()));
        }
        if (type instanceof FieldType.Reference reference) {
            return References.parse(text, reference.kinds(), field, scalar.at(), problems, shared).orElse(null);
        }
        throw new IllegalStateException("no reader for " + type);
    }

    /** "'zone' in asset 'plc-1'": built only for a message, since most values have no problem. */
    private static String where(String field, Context context) {
        return "'" + field + "' in " + context;
    }

    /**
     * The value a scalar spells in a vocabulary. A YAML number compares by value, so {@code 3.50}
     * is the level {@code 3.5}; everything else compares as written.
     */
    private static Optional<String> spelled(YNode.YScalar scalar, Vocabulary vocabulary) {
        boolean number = scalar.type() == ScalarType.INTEGER || scalar.type() == ScalarType.FLOAT;
        return vocabulary.valueOf(scalar.text(), number);
    }

    private static String unknownValue(String text, String field, Context context, Vocabulary vocabulary) {
        List<String> allowed = vocabulary.values();
        String suggestion = suggestion(text, vocabulary);
        return "unknown " + field + " '" + text + "' in " + context + suggestion
                + (suggestion.isEmpty() || allowed.size() <= 12 ? " (one of: " + String.join(", ", allowed) + ")" : "");
    }

    /** "; did you mean 'x'?" for the closest spelling, the same word in other letter case first. */
    private static String suggestion(String text, Vocabulary vocabulary) {
        Optional<String> close = vocabulary.spellings().stream().filter(s -> s.equalsIgnoreCase(text.strip()))
                .findFirst().or(() -> Suggestions.closest(text, vocabulary.spellings()));
        return close.map(s -> "; did you mean '" + s + "'"
                + (vocabulary.aliases().containsKey(s) ? " (" + vocabulary.aliases().get(s) + ")" : "") + "?")
                .orElse("");
    }

    private Object fail(YNode node, String message) {
        problems.accept(new Problem(node.at(), message));
        return null;
    }

    private static String expected(FieldType type) {
        if (type instanceof FieldType.Text || type instanceof FieldType.Identifier) {
            return "text";
        }
        if (type instanceof FieldType.Flag) {
            return "true or false";
        }
        if (type instanceof FieldType.Reference) {
            return "a reference";
        }
        if (type instanceof FieldType.WholeNumber) {
            return "a whole number";
        }
        if (type instanceof FieldType.Span) {
            return "a duration such as 4h";
        }
        if (type instanceof FieldType.Day) {
            return "a date";
        }
        return "a single value";
    }
}
