package org.ordinancewatch.model;

import java.util.Locale;

/** What a measure does. */
public enum MeasureKind {
    BAN("Ban"),
    MORATORIUM("Moratorium"),
    OVERSIGHT("Oversight"),
    REGULATION("Regulation"),
    REPEAL("Repeal"),
    SURVEILLANCE_PROPOSAL("Surveillance proposal"),
    OTHER("Other");

    private final String label;

    MeasureKind(String label) {
        this.label = label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public static MeasureKind fromCode(String code) {
        if (code != null) {
            for (MeasureKind k : values()) {
                if (k.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
                    return k;
                }
            }
        }
        throw new IllegalArgumentException("unknown kind '" + code + "' (expected one of " + codes() + ")");
    }

    public static String codes() {
        return String.join(", ", java.util.Arrays.stream(values()).map(MeasureKind::code).toList());
    }
}
