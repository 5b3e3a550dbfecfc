package org.ordinancewatch.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The vocabularies (status, kind, level, relation) are written as lowercase codes in URLs, the API,
 * config files and the database; one lookup serves them all, with the same message for a wrong word.
 */
final class Codes {

    private Codes() {
    }

    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String what, String code) {
        if (code != null) {
            String wanted = code.trim().toLowerCase(Locale.ROOT);
            for (E value : type.getEnumConstants()) {
                if (of(value).equals(wanted)) {
                    return value;
                }
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + code + "' (expected one of " + list(type) + ")");
    }

    static String list(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Codes::of).collect(Collectors.joining(", "));
    }
}
