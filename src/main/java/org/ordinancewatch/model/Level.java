package org.ordinancewatch.model;

import java.util.Locale;

/** The tier of government a jurisdiction belongs to. */
public enum Level {
    CITY, TOWN, COUNTY, STATE, COUNTRY,
    /** Above countries: the European Union. */
    SUPRANATIONAL;

    public String code() {
        return Codes.of(this);
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    public static Level fromCode(String code) {
        return Codes.parse(Level.class, "level", code);
    }
}
