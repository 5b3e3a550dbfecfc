package org.ordinancewatch.parse.legistar;

import java.util.Locale;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.ordinancewatch.parse.support.Css;
import org.ordinancewatch.parse.support.Dom;
import org.ordinancewatch.parse.support.Text;

/** Text clean-up shared by the Legistar adapters: Legistar pads cells with non-breaking spaces and line breaks. */
final class LegistarText {

    private static final Evaluator EMPHASIS = Css.css("em");

    private LegistarText() {
    }

    /** Collapses all whitespace (including non-breaking spaces) to single spaces; null for blank text. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String s = Text.collapseSpaces(text, c -> isSpace((char) c)).trim();
        return s.isEmpty() ? null : s;
    }

    /** What {@code \s} and the non-breaking space match: the regex {@code clean} used to run on every cell. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00a0';
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
        return clean(Dom.textWithout(element, EMPHASIS));
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
