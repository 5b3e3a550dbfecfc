package org.ordinancewatch.alert.subscriptions;

import java.util.Locale;

/** What a subscription covers. The target is a region code, a jurisdiction slug or a measure slug. */
public enum Scope {
    EVERYTHING, REGION, JURISDICTION, MEASURE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Scope fromCode(String code) {
        for (Scope s : values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown scope '" + code + "'");
    }
}
