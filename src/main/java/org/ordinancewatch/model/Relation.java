package org.ordinancewatch.model;

import java.util.Locale;

/** How one measure relates to another, read as "from {verb} to". */
public enum Relation {
    REINTRODUCES("reintroduces", "reintroduced as"),
    REPLACES("replaces", "replaced by"),
    REPEALS("repeals", "repealed by"),
    AMENDS("amends", "amended by"),
    RELATED("is related to", "is related to");

    private final String verb;
    private final String inverse;

    Relation(String verb, String inverse) {
        this.verb = verb;
        this.inverse = inverse;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String verb() {
        return verb;
    }

    public String inverse() {
        return inverse;
    }

    public static Relation fromCode(String code) {
        for (Relation r : values()) {
            if (r.code().equals(code == null ? null : code.trim().toLowerCase(Locale.ROOT))) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown relation '" + code + "' (expected one of reintroduces, replaces, repeals, amends, related)");
    }
}
