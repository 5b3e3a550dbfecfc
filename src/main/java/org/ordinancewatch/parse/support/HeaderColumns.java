package org.ordinancewatch.parse.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * Finds a table's columns by what their headers say (text or class), so a reordered table still reads right.
 * Header cells spanning several columns count for all of them.
 */
public final class HeaderColumns {

    private final List<Header> headers;

    /** Selectors parsed once, not once per row. */
    private static final Evaluator HEADER_ROW = Css.css("thead tr");
    private static final Evaluator ROWS = Css.css("tr");
    private static final Evaluator HEADER_CELLS = Css.css("> th");
    private static final Evaluator CELLS = Css.css("> th, > td");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** A header cell's text and its class names (split once, not at every look-up). */
    private record Header(String text, List<String> classes) {

        Header(String text, String classes) {
            this(text, List.of(SPACES.split(classes)));
        }
    }

    private HeaderColumns(List<Header> headers) {
        this.headers = headers;
    }

    /** The headers of a table: its {@code thead} row, else the first row holding {@code th} cells. */
    public static HeaderColumns of(Element table) {
        Element headerRow = table.selectFirst(HEADER_ROW);
        if (headerRow == null) {
            headerRow = table.select(ROWS).stream().filter(r -> !r.select(HEADER_CELLS).isEmpty()).findFirst().orElse(null);
        }
        List<Header> headers = new ArrayList<>();
        if (headerRow != null) {
            for (Element cell : headerRow.select(CELLS)) {
                // HTML caps colspan at 1000; a hostile page must not make us allocate billions of headers.
                int span = Math.min(parseSpan(cell.attr("colspan")), 1000);
                String text = lower(Text.clean(cell.text()));
                String classes = lower(cell.className());
                for (int i = 0; i < span; i++) {
                    headers.add(new Header(text == null ? "" : text, classes));
                }
            }
        }
        return new HeaderColumns(headers);
    }

    /** Headers given directly (for grids built from divs or JSON column lists). */
    public static HeaderColumns ofNames(List<String> names) {
        return new HeaderColumns(names.stream().map(n -> new Header(lower(Text.clean(n)) == null ? "" : lower(Text.clean(n)), "")).toList());
    }

    public boolean isEmpty() {
        return headers.isEmpty();
    }

    public int size() {
        return headers.size();
    }

    /**
     * The index of the first column whose header text equals one of the names, else whose text contains one or whose
     * class lists one; -1 when none matches. Names are matched case-insensitively.
     */
    public int index(String... names) {
        for (String name : names) {
            String n = name.toLowerCase(Locale.ROOT);
            for (int i = 0; i < headers.size(); i++) {
                if (headers.get(i).text().equals(n)) {
                    return i;
                }
            }
        }
        for (String name : names) {
            String n = name.toLowerCase(Locale.ROOT);
            for (int i = 0; i < headers.size(); i++) {
                Header h = headers.get(i);
                if (h.text().contains(n) || h.classes().contains(n)) {
                    return i;
                }
            }
        }
        return -1;
    }

    public boolean has(String... names) {
        return index(names) >= 0;
    }

    /** The cell of the row under the named column, or null when the column or the cell is absent. */
    public Element cell(Element row, String... names) {
        int index = index(names);
        if (index < 0) {
            return null;
        }
        // the row's td and th children, what "> td, > th" selects, read in place rather than by a search of the row
        int column = 0;
        for (int i = 0; i < row.childNodeSize(); i++) {
            if (!(row.childNode(i) instanceof Element cell) || !cell.nameIs("td") && !cell.nameIs("th")) {
                continue;
            }
            int span = parseSpan(cell.attr("colspan"));
            if (index >= column && index < column + span) {
                return cell;
            }
            column += span;
        }
        return null;
    }

    /** The cleaned text of the row's cell under the named column, or null. */
    public String text(Element row, String... names) {
        Element cell = cell(row, names);
        return cell == null ? null : Text.clean(cell.text());
    }

    private static int parseSpan(String attr) {
        try {
            return attr.isBlank() ? 1 : Math.max(1, Integer.parseInt(attr.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
