package org.ordinancewatch.parse.support;

import java.util.regex.Pattern;

/** Whitespace clean-up for text read from pages. */
public final class Text {

    /** Compiled once: adapters clean every cell of every row, and compiling per call was a good part of parse time. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u2009\\u200A\\u200B\\u202F\\uFEFF]+");

    private Text() {
    }

    /** Collapses all whitespace (including non-breaking and thin spaces) to single spaces; blank becomes null. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String collapsed = SPACES.matcher(s).replaceAll(" ").trim();
        return collapsed.isEmpty() ? null : collapsed;
    }

    /** The first non-blank of the given strings, cleaned, or null. */
    public static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            String cleaned = clean(candidate);
            if (cleaned != null) {
                return cleaned;
            }
        }
        return null;
    }
}
