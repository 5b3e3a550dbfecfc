package org.ordinancewatch.parse.legistar;

import static org.ordinancewatch.parse.support.Css.css;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.ordinancewatch.parse.Adapter;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.parse.SourceContext;
import org.ordinancewatch.record.MeasureRecord;

/** The results grid of Legistar's legislation search ({@code Legislation.aspx}): one measure per row. */
@ApplicationScoped
public class LegistarLegislationAdapter implements Adapter {

    static final String[] FILE = {"File #", "Record #", "File Number", "File"};
    static final String[] TYPE = {"Type", "File Type"};
    static final String[] STATUS = {"Status"};
    static final String[] INTRODUCED = {"Intro Date", "Introduced", "File Created", "Date Introduced"};
    static final String[] FINAL_ACTION = {"Final Action", "Final Action Date", "Passed Date"};
    static final String[] TITLE = {"Title"};
    static final String[] NAME = {"Name"};
    static final String[] SPONSOR = {"Prime Sponsor", "Primary Sponsor", "Main Sponsor", "Sponsor", "Sponsors"};

    @Override
    public String name() {
        return "legistar-legislation";
    }

    @Override
    public ParseResult parse(Page page, SourceContext context) throws ParseException {
        Document doc = LegistarHtml.parse(page, "legislation search");
        LegistarGrid grid = LegistarGrid.find(doc, "gridMain_ctl00", FILE);
        if (grid == null) {
            throw new ParseException("no Legistar legislation grid (a table with a File # column) on " + page.url());
        }
        List<MeasureRecord> measures = new ArrayList<>();
        Set<String> follow = new LinkedHashSet<>();
        List<String> warnings = new ArrayList<>();
        for (Element row : grid.rows()) {
            Element fileCell = grid.cell(row, FILE);
            String file = LegistarText.clean(fileCell);
            if (file == null) {
                warnings.add("skipped legislation " + grid.describe(row) + ": no file number");
                continue;
            }
            String url = LegistarLinks.target(fileCell.selectFirst(css("a")), page.url());
            String title = grid.text(row, TITLE);
            String sponsor = grid.text(row, SPONSOR);
            measures.add(new MeasureRecord(file, title != null ? title : grid.text(row, NAME), grid.text(row, TYPE),
                    grid.text(row, STATUS), LegistarDates.usDate(grid.text(row, INTRODUCED)),
                    LegistarDates.usDate(grid.text(row, FINAL_ACTION)), sponsor == null ? List.of() : List.of(sponsor),
                    url, List.of()));
            if (url != null) {
                follow.add(url);
            }
        }
        return ParseResult.ofMeasures(measures, new ArrayList<>(follow), warnings);
    }
}
