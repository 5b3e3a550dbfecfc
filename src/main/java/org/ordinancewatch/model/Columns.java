package org.ordinancewatch.model;

/**
 * Fits scraped text to a column: each entity names its columns' widths (as the migrations declare them) and text
 * longer than that is cut, ending in an ellipsis, rather than failing the whole page.
 */
public final class Columns {

    private Columns() {
    }

    /** The text stripped of surrounding white space and cut to {@code width} characters; null stays null. */
    public static String fit(String text, int width) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        return t.length() <= width ? t : t.substring(0, width - 1) + "…";
    }
}
