package org.ordinancewatch.model;

/** How one measure relates to another, read as "from {verb} to". */
public enum Relation {
    REINTRODUCES("reintroduces", "was reintroduced as"),
    REPLACES("replaces", "was replaced by"),
    REPEALS("repeals", "was repealed by"),
    AMENDS("amends", "was amended by"),
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
