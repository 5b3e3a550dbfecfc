package org.ordinancewatch.parse.legistar;

import java.util.Locale;

import org.jsoup.nodes.Element;

/** Text clean-up shared by the Legistar adapters: Legistar pads cells with non-breaking spaces and line breaks. */
final class LegistarText {

    private LegistarText() {
    }

    /** Collapses all whitespace (including non-breaking spaces) to single spaces; null for blank text. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String s = text.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
        return s.isEmpty() ? null : s;
    }

    static String clean(Element element) {
        return element == null ? null : clean(element.text());
    }

    /** A header or label in comparable form: lower case, single spaces, no trailing colon. */
    static String key(String text) {
        String s = clean(text);
        if (s == null) {
            return "";
        }
        s = s.toLowerCase(Locale.ROOT);
        while (s.endsWith(":")) {
            s = s.substring(0, s.length() - 1).trim();
        }
        return s;
    }

    /**
     * An element's text without its {@code <em>} parts: Legistar prints a meeting's comment ("CANCELLED")
     * in an {@code <em>} below the location.
     */
    static String withoutEmphasis(Element element) {
        if (element == null) {
            return null;
        }
        Element copy = element.clone();
        copy.select("em").remove();
        return clean(copy.text());
    }

    /** The present (non-null) parts joined by spaces. */
    static String joinPresent(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null) {
                sb.append(sb.length() == 0 ? "" : " ").append(p);
            }
        }
        return sb.toString();
    }
}
