package org.otbridge.report.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The formats one kind of result can be written in, by name and by file name ending. Immutable;
 * a name or ending used twice is a programming error.
 */
public final class FormatRegistry<T> {

    private final Map<String, ReportFormat<T>> byName = new LinkedHashMap<>();
    private final List<Map.Entry<String, ReportFormat<T>>> byEnding = new ArrayList<>();

    public FormatRegistry(List<ReportFormat<T>> formats) {
        for (ReportFormat<T> format : formats) {
            if (byName.putIfAbsent(format.name(), format) != null) {
                throw new IllegalArgumentException("format " + format.name() + " registered twice");
            }
            for (String ending : format.fileEndings()) {
                if (byEnding.stream().anyMatch(e -> e.getKey().equals(ending))) {
                    throw new IllegalArgumentException("file ending " + ending + " registered twice");
                }
                byEnding.add(Map.entry(ending, format));
            }
        }
        // The longest ending wins: report.sarif.json is SARIF, not plain JSON.
        byEnding.sort(Comparator.comparingInt((Map.Entry<String, ReportFormat<T>> e) -> e.getKey().length()).reversed());
    }

    /** The format of this name, in any case. */
    public Optional<ReportFormat<T>> named(String name) {
        return Optional.ofNullable(byName.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    /** The format a file name's ending chooses, in any case. */
    public Optional<ReportFormat<T>> forFile(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return byEnding.stream().filter(e -> lower.endsWith(e.getKey())).map(Map.Entry::getValue).findFirst();
    }

    /** The names, in the order the formats were registered. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    public List<ReportFormat<T>> formats() {
        return List.copyOf(byName.values());
    }
}
