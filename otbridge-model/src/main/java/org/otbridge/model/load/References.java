package org.otbridge.model.load;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.otbridge.model.Problem;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.SourcePosition;

/** Parses {@code kind:id}, bare ids and the special endpoints, and explains what is wrong. */
final class References {

    private References() {
    }

    private static final List<String> KIND_PREFIXES = Arrays.stream(RefKind.values())
            .filter(kind -> !kind.isEndpoint()).map(RefKind::yamlName).toList();
    /** Kinds by the prefix written before the colon; built once, as references are many. */
    private static final Map<String, RefKind> BY_PREFIX = Arrays.stream(RefKind.values())
            .filter(kind -> !kind.isEndpoint()).collect(Collectors.toUnmodifiableMap(RefKind::yamlName, k -> k));
    private static final Map<String, RefKind> ENDPOINTS = Map.of(RefKind.INTERNET.yamlName(), RefKind.INTERNET,
            RefKind.REMOVABLE_MEDIA.yamlName(), RefKind.REMOVABLE_MEDIA);

    /**
     * Reads a reference for {@code field}, which accepts {@code kinds}; reports and returns empty on
     * error. The id is shared through {@code ids}: a model names the same few elements many times.
     */
    static Optional<Ref> parse(String text, Set<RefKind> kinds, String field, SourcePosition at,
            Consumer<Problem> problems, SharedText ids) {
        String written = text.strip();
        RefKind endpoint = ENDPOINTS.get(written);
        if (endpoint != null) {
            if (!kinds.contains(endpoint)) {
                problems.accept(new Problem(at, "'" + field + "' cannot be " + written + "; it takes " + describe(kinds)));
                return Optional.empty();
            }
            return Optional.of(Ref.endpoint(endpoint, at));
        }
        int colon = written.indexOf(':');
        RefKind kind;
        String id;
        if (colon < 0) {
            kind = onlyIdKind(kinds);
            if (kind == null) {
                List<RefKind> idKinds = kinds.stream().filter(k -> !k.isEndpoint()).toList();
                problems.accept(new Problem(at, "'" + written + "' in '" + field + "' needs its kind, such as "
                        + idKinds.stream().sorted().findFirst().map(k -> k.yamlName() + ":" + written).orElse(written)
                        + "; '" + field + "' takes " + describe(kinds)));
                return Optional.empty();
            }
            id = ids.of(written);
        } else {
            String prefix = written.substring(0, colon);
            id = ids.tail(written, colon + 1);
            kind = BY_PREFIX.get(prefix);
            if (kind == null) {
                problems.accept(new Problem(at, "unknown reference kind '" + prefix + "' in '" + written + "'"
                        + Suggestions.didYouMean(prefix, KIND_PREFIXES)));
                return Optional.empty();
            }
            if (!kinds.contains(kind)) {
                problems.accept(new Problem(at, "wrong kind of reference: '" + field + "' takes " + describe(kinds)
                        + ", not " + written));
                return Optional.empty();
            }
        }
        if (!Scalars.isId(id)) {
            problems.accept(new Problem(at, "invalid id '" + id + "' in '" + written + "': " + IDS_ARE));
            return Optional.empty();
        }
        return Optional.of(new Ref(kind, id, at));
    }

    /** The one kind of id {@code kinds} takes, or null when it takes none or several (a loop: refs are many). */
    private static RefKind onlyIdKind(Set<RefKind> kinds) {
        RefKind only = null;
        for (RefKind kind : kinds) {
            if (!kind.isEndpoint()) {
                if (only != null) {
                    return null;
                }
                only = kind;
            }
        }
        return only;
    }

    static final String IDS_ARE = "ids are lower-case letters, digits, '.', '_' and '-', starting with a letter or digit";

    /** "asset, zone, supplier, internet or removable-media". */
    static String describe(Set<RefKind> kinds) {
        List<String> names = kinds.stream().sorted()
                .map(k -> k.isEndpoint() ? k.yamlName() : k.yamlName() + ":ID").toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", "))
                + " or " + names.get(names.size() - 1);
    }
}
