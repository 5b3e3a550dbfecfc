package org.ordinancewatch.parse.legistar;

import static org.ordinancewatch.parse.support.Css.css;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.ordinancewatch.parse.Adapter;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.parse.SourceContext;
import org.ordinancewatch.record.HistoryEntry;
import org.ordinancewatch.record.MeasureRecord;

/** One legislative file's page ({@code LegislationDetail.aspx}): its fields and its history table. */
@ApplicationScoped
public class LegistarLegislationDetailAdapter implements Adapter {

    static final String[] HISTORY_DATE = {"Date", "Action Date"};
    static final String[] ACTION_BY = {"Action By", "Acting Body"};
    static final String[] ACTION = {"Action"};
    static final String[] RESULT = {"Result"};
    static final String[] ACTION_DETAILS = {"Action Details", "Details"};
    static final String[] MEETING_DETAILS = {"Meeting Details"};

    @Override
    public String name() {
        return "legistar-legislation-detail";
    }

    @Override
    public ParseResult parse(Page page, SourceContext context) throws ParseException {
        Document doc = LegistarHtml.parse(page, "legislation detail");
        Map<String, Element> fields = LegistarHtml.detailFields(doc);
        String file = LegistarHtml.fieldText(fields, "File #", "Record #", "File Number");
        if (file == null) {
            throw new ParseException("no File # field: not a Legistar LegislationDetail page: " + page.url());
        }
        String title = LegistarHtml.fieldText(fields, "Title");
        if (title == null) {
            title = LegistarHtml.fieldText(fields, "Name");
        }
        List<String> warnings = new ArrayList<>();
        List<HistoryEntry> history = history(doc, page.url(), warnings);
        MeasureRecord measure = new MeasureRecord(file, title, LegistarHtml.fieldText(fields, "Type", "File Type"),
                LegistarHtml.fieldText(fields, "Status"),
                LegistarDates.usDate(LegistarHtml.fieldText(fields, "Introduced", "File created", "Intro Date")),
                LegistarDates.usDate(LegistarHtml.fieldText(fields, "Final action", "Passed", "Final Action Date")),
                sponsors(LegistarHtml.field(fields, "Sponsors", "Sponsor")), page.url().toString(), history);
        return ParseResult.ofMeasures(List.of(measure), List.of(), warnings);
    }

    private static List<String> sponsors(Element field) {
        List<String> sponsors = new ArrayList<>();
        if (field == null) {
            return sponsors;
        }
        var links = field.select(css("a"));
        if (!links.isEmpty()) {
            for (Element a : links) {
                String name = LegistarText.clean(a.text());
                if (name != null) {
                    sponsors.add(name);
                }
            }
            return sponsors;
        }
        String text = LegistarText.clean(field.text());
        if (text != null) {
            for (String part : text.split(",")) {
                String name = LegistarText.clean(part);
                if (name != null) {
                    sponsors.add(name);
                }
            }
        }
        return sponsors;
    }

    /** Legistar lists history newest first; the record wants it oldest first. */
    private static List<HistoryEntry> history(Document doc, URI base, List<String> warnings) {
        LegistarGrid grid = LegistarGrid.find(doc, "gridLegislation_ctl00", ACTION_BY);
        if (grid == null) {
            warnings.add("no history table on " + base);
            return List.of();
        }
        List<HistoryEntry> entries = new ArrayList<>();
        for (Element row : grid.rows()) {
            String dateText = grid.text(row, HISTORY_DATE);
            LocalDate date = LegistarDates.usDate(dateText);
            String action = grid.text(row, ACTION);
            if (action == null) {
                warnings.add("skipped history " + grid.describe(row) + ": no action");
                continue;
            }
            if (date == null && dateText != null) {
                warnings.add("history " + grid.describe(row) + " has an unreadable date '" + dateText + "'");
            }
            String url = LegistarLinks.target(first(grid.cell(row, ACTION_DETAILS)), base);
            if (url == null) {
                url = LegistarLinks.target(first(grid.cell(row, MEETING_DETAILS)), base);
            }
            entries.add(new HistoryEntry(date, grid.text(row, ACTION_BY), action, grid.text(row, RESULT), url));
        }
        Collections.reverse(entries);
        entries.sort(Comparator.comparing(HistoryEntry::date, Comparator.nullsLast(Comparator.naturalOrder())));
        return entries;
    }

    private static Element first(Element cell) {
        return cell == null ? null : cell.selectFirst(css("a"));
    }
}
