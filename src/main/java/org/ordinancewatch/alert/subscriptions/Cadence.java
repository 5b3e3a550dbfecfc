package org.ordinancewatch.alert.subscriptions;

import java.util.Locale;

/** When a subscription's alerts go out: one email each, or grouped into a daily or weekly digest. */
public enum Cadence {
    IMMEDIATE("Immediately"), DAILY("Daily digest"), WEEKLY("Weekly digest");

    private final String label;

    Cadence(String label) {
        this.label = label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public boolean isDigest() {
        return this != IMMEDIATE;
    }

    public static Cadence fromCode(String code) {
        for (Cadence c : values()) {
            if (c.code().equals(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown cadence '" + code + "' (expected immediate, daily or weekly)");
    }
}
