package org.ordinancewatch.infer;

import java.util.Locale;

import org.ordinancewatch.model.MeasureKind;

/** The kind of a newly detected file, read from its title; a curator can correct it later. */
public final class KindGuess {

    private KindGuess() {
    }

    public static MeasureKind fromTitle(String title) {
        String t = title == null ? "" : title.toLowerCase(Locale.ROOT);
        if (t.contains("repeal")) {
            return MeasureKind.REPEAL;
        }
        if (t.contains("moratorium") || t.contains("pause")) {
            return MeasureKind.MORATORIUM;
        }
        if (t.matches(".*\\b(ban|bans|banning|prohibit|prohibits|prohibiting|prohibition)\\b.*")) {
            return MeasureKind.BAN;
        }
        if (t.contains("oversight") || t.contains("surveillance technology") || t.contains("use policy")
                || t.contains("impact report")) {
            return MeasureKind.OVERSIGHT;
        }
        if (t.contains("contract") || t.contains("purchase") || t.contains("acquisition") || t.contains("pilot")) {
            return MeasureKind.SURVEILLANCE_PROPOSAL;
        }
        return MeasureKind.OTHER;
    }
}
