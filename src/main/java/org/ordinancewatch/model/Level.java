package org.ordinancewatch.model;

import java.util.Locale;

/** The tier of government a jurisdiction belongs to. */
public enum Level {
    CITY, TOWN, COUNTY, STATE, COUNTRY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    public static Level fromCode(String code) {
        if (code != null) {
            for (Level l : values()) {
                if (l.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
                    return l;
                }
            }
        }
        throw new IllegalArgumentException("unknown level '" + code + "' (expected one of "
                + String.join(", ", java.util.Arrays.stream(values()).map(Level::code).toList()) + ")");
    }
}
