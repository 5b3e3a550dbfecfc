package org.ordinancewatch.parse.legistar;

import static org.ordinancewatch.parse.support.Css.css;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.ordinancewatch.parse.support.Css;
import org.ordinancewatch.parse.support.Dom;

/**
 * A Telerik RadGrid table ({@code table.rgMasterTable}) read by its header texts, so that a site which
 * reorders, adds or drops columns is still read correctly.
 */
final class LegistarGrid {

    private final List<String> labels;
    private final List<String> headers;
    private final List<Element> rows;

    private static final Evaluator INPUTS_WITH_VALUE = Css.css("input[value]");
    private static final Evaluator IMAGES_WITH_ALT = Css.css("img[alt]");
    private static final Evaluator MASTER_TABLES = Css.css("table.rgMasterTable");
    private static final Pattern SECTION = Pattern.compile("thead|tbody|tfoot");
    private static final Pattern ROW_ID = Pattern.compile(".*_ctl00__\\d+");

    private LegistarGrid(List<String> labels, List<Element> rows) {
        this.labels = labels;
        this.headers = labels.stream().map(LegistarText::key).toList();
        this.rows = rows;
    }

    /**
     * The grid whose table id ends with {@code idSuffix} (e.g. {@code gridCalendar_ctl00}); failing that the
     * first {@code rgMasterTable} having a column named any of {@code requiredHeader}. Null when neither exists.
     */
    static LegistarGrid find(Document doc, String idSuffix, String... requiredHeader) {
        for (Element table : doc.select(css("table[id$=" + idSuffix + "]"))) {
            LegistarGrid grid = of(table);
            if (grid.column(requiredHeader) >= 0) {
                return grid;
            }
        }
        for (Element table : doc.select(MASTER_TABLES)) {
            LegistarGrid grid = of(table);
            if (grid.column(requiredHeader) >= 0) {
                return grid;
            }
        }
        return null;
    }

    static LegistarGrid of(Element table) {
        List<String> labels = new ArrayList<>();
        Element headerRow = null;
        for (Element tr : ownRows(table)) {
            // what "> th.rgHeader, > th" finds: a th child
            if (Dom.hasChild(tr, "th")) {
                headerRow = tr;
                break;
            }
        }
        if (headerRow != null) {
            for (Element th : headerRow.children()) {
                labels.add(headerText(th));
            }
        }
        List<Element> rows = new ArrayList<>();
        for (Element tr : ownRows(table)) {
            if (tr.parent() != null && "tbody".equals(tr.parent().tagName()) && isDataRow(tr)) {
                rows.add(tr);
            }
        }
        return new LegistarGrid(labels, rows);
    }

    /** Rows of this table, not of the pager or combo-box tables nested inside it. */
    private static Elements ownRows(Element table) {
        Elements result = new Elements();
        for (Element section : table.children()) {
            if (section.tagName().equals("tr")) {
                result.add(section);
            } else if (SECTION.matcher(section.tagName()).matches()) {
                result.addAll(Dom.children(section, "tr"));
            }
        }
        return result;
    }

    private static boolean isDataRow(Element tr) {
        if (tr.hasClass("rgNoRecords") || tr.hasClass("rgPager") || tr.hasClass("rgFilterRow")) {
            return false;
        }
        return tr.hasClass("rgRow") || tr.hasClass("rgAltRow") || ROW_ID.matcher(tr.id()).matches();
    }

    /** Sort buttons carry the header as {@code <input type=button value=Name>} on some sites. */
    private static String headerText(Element th) {
        String text = LegistarText.clean(th.text());
        if (text != null) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        for (Element input : th.select(INPUTS_WITH_VALUE)) {
            String v = LegistarText.clean(input.attr("value"));
            if (v != null) {
                sb.append(sb.length() == 0 ? "" : " ").append(v);
            }
        }
        if (sb.length() == 0) {
            for (Element img : th.select(IMAGES_WITH_ALT)) {
                String v = LegistarText.clean(img.attr("alt"));
                if (v != null) {
                    sb.append(v);
                }
            }
        }
        return sb.toString();
    }

    /** Header keys (lower case, single spaces), one per column. */
    List<String> headers() {
        return headers;
    }

    /** The header of a column as printed. */
    String label(int column) {
        return labels.get(column);
    }

    List<Element> rows() {
        return rows;
    }

    /** Index of the first column whose header equals one of the names (case and spacing ignored), or -1. */
    int column(String... names) {
        for (String name : names) {
            int i = headers.indexOf(LegistarText.key(name));
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The indexes of the columns present among the groups of names. */
    Set<Integer> columns(String[]... groups) {
        Set<Integer> found = new HashSet<>();
        for (String[] names : groups) {
            int i = column(names);
            if (i >= 0) {
                found.add(i);
            }
        }
        return found;
    }

    boolean hasColumn(String... names) {
        return column(names) >= 0;
    }

    /** The row's cell under that column, or null if the column is missing or the row is short. */
    static Element cell(Element row, int column) {
        if (column < 0) {
            return null;
        }
        return Dom.child(row, "td", column);
    }

    Element cell(Element row, String... names) {
        return cell(row, column(names));
    }

    String text(Element row, String... names) {
        return LegistarText.clean(cell(row, names));
    }

    /** Names a row in warnings: its Legistar row id, or its position. */
    String describe(Element row) {
        return row.id().isEmpty() ? "row " + (rows.indexOf(row) + 1) : "row " + row.id();
    }
}
