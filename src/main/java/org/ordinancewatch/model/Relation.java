package org.ordinancewatch.model;

/**
 * How one measure relates to another, read as "from {verb} to" and, from the other end, "to {inverse} from":
 * the later measure is always the {@code from} side (S79 reintroduces S7572; S7572 was reintroduced as S79).
 */
public enum Relation {
    REINTRODUCES("reintroduces", "was reintroduced as"),
    REPLACES("replaces", "was replaced by"),
    REPEALS("repeals", "was repealed by"),
    AMENDS("amends", "was amended by"),
    EXTENDS("extends", "was extended by"),
    RELATED("is related to", "is related to");

    private final String verb;
    private final String inverse;

    Relation(String verb, String inverse) {
        this.verb = verb;
        this.inverse = inverse;
    }

    public String code() {
        return Codes.of(this);
    }

    public String verb() {
        return verb;
    }

    public String inverse() {
        return inverse;
    }

    public static Relation fromCode(String code) {
        return Codes.parse(Relation.class, "relation", code);
    }
}
