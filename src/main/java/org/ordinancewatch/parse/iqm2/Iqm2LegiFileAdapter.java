package org.ordinancewatch.parse.iqm2;

import static org.ordinancewatch.parse.support.Css.css;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.ordinancewatch.parse.Adapter;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.parse.SourceContext;
import org.ordinancewatch.parse.support.DateTimes;
import org.ordinancewatch.parse.support.Html;
import org.ordinancewatch.parse.support.Text;
import org.ordinancewatch.record.HistoryEntry;
import org.ordinancewatch.record.MeasureRecord;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * An IQM2 legislative file ({@code Citizens/Detail_LegiFile.aspx?ID=n}): number, type, status, title, the
 * information table (sponsors, introduced date) and the meeting history, one section per meeting.
 */
@ApplicationScoped
public class Iqm2LegiFileAdapter implements Adapter {

    @Override
    public String name() {
        return "iqm2-legifile";
    }

    @Override
    public ParseResult parse(Page page, SourceContext context) throws ParseException {
        String pageText = page.text();
        Document doc = Html.parse(page, pageText);
        String title = byId(doc, "ContentPlaceholder1_lblLegiFileTitle");
        if (title == null) {
            throw new ParseException("not an IQM2 legislative file page (no file title) at " + page.url());
        }
        List<String> warnings = new ArrayList<>();
        Html.truncationWarning(pageText).ifPresent(warnings::add);
        String number = byId(doc, "ContentPlaceholder1_lblResNum");
        if (number == null) {
            warnings.add("file number missing");
        }
        Element info = doc.getElementById("tblLegiFileInfo");
        List<String> sponsors = List.of();
        java.time.LocalDate introduced = null;
        if (info != null) {
            String sponsorText = infoField(info, "Sponsors");
            if (sponsorText != null) {
                sponsors = Arrays.stream(sponsorText.split("[;,]")).map(Text::clean).filter(s -> s != null).toList();
            }
            introduced = DateTimes.findDate(infoField(info, "Introduced")).orElse(null);
        }
        if (doc.selectFirst(css("table.MeetingHistory")) == null) {
            warnings.add("meeting history (table.MeetingHistory) missing; no history read");
        }
        List<HistoryEntry> history = history(doc, page);
        String url = page.url() == null ? null : page.url().toString();
        MeasureRecord measure = new MeasureRecord(number, title, byId(doc, "ContentPlaceholder1_lblLegiFileType"),
                byId(doc, "ContentPlaceholder1_lblStatus"), introduced, null, sponsors, url, history);
        List<String> follow = history.stream().map(HistoryEntry::url).filter(u -> u != null).distinct().toList();
        return ParseResult.ofMeasures(List.of(measure), follow, warnings);
    }

    private static String byId(Document doc, String id) {
        Element e = doc.getElementById(id);
        return e == null ? null : Text.clean(e.text());
    }

    /** A row of the information table, found by its header text ("Sponsors:"). */
    private static String infoField(Element info, String name) {
        for (Element row : info.select(css("tr"))) {
            Element th = row.selectFirst(css("th"));
            Element td = row.selectFirst(css("td"));
            if (th != null && td != null && Text.clean(th.text()) != null
                    && Text.clean(th.text()).replace(":", "").equalsIgnoreCase(name)) {
                return Text.clean(td.text());
            }
        }
        return null;
    }

    /** Each history section starts with a header row linking the meeting; the result sits in the vote record. */
    private static List<HistoryEntry> history(Document doc, Page page) {
        List<HistoryEntry> history = new ArrayList<>();
        for (Element header : doc.select(css("table.MeetingHistory tr.HistorySection"))) {
            Element meetingLink = header.selectFirst(css("a[href*=Detail_Meeting.aspx]"));
            if (meetingLink == null) {
                continue;
            }
            Element group = header.selectFirst(css("[id*=lblMeetingGroup]"));
            String action = null;
            String result = null;
            for (Element next = header.nextElementSibling(); next != null && !next.hasClass("HistorySection");
                    next = next.nextElementSibling()) {
                Element comments = next.selectFirst(css(".Comments"));
                if (comments != null && action == null) {
                    action = Text.clean(comments.text());
                }
                for (Element voteRow : next.select(css("table.VoteRecord tr"))) {
                    String label = Text.clean(voteRow.select(css("td")).first() == null ? null : voteRow.select(css("td")).first().text());
                    if (label != null && label.replace(":", "").equalsIgnoreCase("RESULT")) {
                        result = Text.clean(voteRow.select(css("td")).last().text());
                    }
                }
            }
            history.add(new HistoryEntry(DateTimes.findDate(meetingLink.text()).orElse(null),
                    group == null ? null : Text.clean(group.text()), action != null ? action : result, result,
                    Html.href(page, meetingLink)));
        }
        return history;
    }
}
