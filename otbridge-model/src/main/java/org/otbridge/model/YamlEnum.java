package org.otbridge.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** An enum whose values are written in the model in lower case with hyphens. */
public interface YamlEnum {

    String name();

    default String yamlName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E> & YamlEnum> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(YamlEnum::yamlName).toList();
    }

    static <E extends Enum<E> & YamlEnum> Optional<E> parse(Class<E> type, String text) {
        for (E value : type.getEnumConstants()) {
            if (value.yamlName().equals(text)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
