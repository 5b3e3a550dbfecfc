package org.ordinancewatch.model;

/** What a measure does. */
public enum MeasureKind {
    BAN("Ban"),
    MORATORIUM("Moratorium"),
    OVERSIGHT("Oversight"),
    REGULATION("Regulation"),
    REPEAL("Repeal"),
    SURVEILLANCE_PROPOSAL("Surveillance proposal"),
    /** A court judgment or a regulator's decision: not a law, but it changes where face recognition stands. */
    RULING("Court or regulator ruling"),
    OTHER("Other");

    private final String label;

    MeasureKind(String label) {
        this.label = label;
    }

    public String code() {
        return Codes.of(this);
    }

    public String label() {
        return label;
    }

    public static MeasureKind fromCode(String code) {
        return Codes.parse(MeasureKind.class, "kind", code);
    }

    public static String codes() {
        return Codes.list(MeasureKind.class);
    }
}
