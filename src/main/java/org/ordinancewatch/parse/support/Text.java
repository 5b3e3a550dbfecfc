package org.ordinancewatch.parse.support;

import java.util.function.IntPredicate;

/** Whitespace clean-up for text read from pages. */
public final class Text {

    private Text() {
    }

    /**
     * Collapses all whitespace (including non-breaking and thin spaces) to single spaces; blank becomes null. A plain
     * loop, not a regex: adapters clean every cell of every row, and the regex was a good part of parse time.
     */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String collapsed = collapseSpaces(s).trim();
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

    /** Whether the text, after any leading whitespace, starts with the prefix (without copying the text). */
    public static boolean startsAfterSpace(String text, String prefix) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return text.startsWith(prefix, i);
    }

    /** Every run of whitespace as one plain space; the string itself when it has nothing to collapse. */
    private static String collapseSpaces(String s) {
        return collapseSpaces(s, c -> isSpace((char) c));
    }

    /**
     * Every run of the characters {@code isSpace} accepts as one plain space; the string itself when it has nothing
     * to collapse (no run longer than one, no space but a plain one).
     */
    public static String collapseSpaces(String s, IntPredicate isSpace) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (isSpace.test(c) && (c != ' ' || i + 1 < n && isSpace.test(s.charAt(i + 1)))) {
                break;
            }
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder out = new StringBuilder(n).append(s, 0, i);
        while (i < n) {
            char c = s.charAt(i);
            if (isSpace.test(c)) {
                out.append(' ');
                while (i < n && isSpace.test(s.charAt(i))) {
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Regex {@code \s} (ASCII whitespace) plus the non-breaking, thin and zero-width spaces pages use. */
    private static boolean isSpace(char c) {
        return switch (c) {
            case ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2007', '\u2009', '\u200A', '\u200B', '\u202F',
                    '\uFEFF' -> true;
            default -> false;
        };
    }
}
