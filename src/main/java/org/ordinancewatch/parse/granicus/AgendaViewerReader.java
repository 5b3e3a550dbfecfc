package org.ordinancewatch.parse.granicus;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.ordinancewatch.parse.support.Css;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.SourceContext;
import org.ordinancewatch.parse.support.DateTimes;
import org.ordinancewatch.parse.support.Links;
import org.ordinancewatch.parse.support.StatusWords;
import org.ordinancewatch.parse.support.Text;
import org.ordinancewatch.record.ScrapedItem;
import org.ordinancewatch.record.Link;
import org.ordinancewatch.record.ScrapedMeeting;

/**
 * A Granicus HTML agenda ({@code AgendaViewer.php}): a free-form heading with the date, then one small table per
 * item whose first cell is the item number ("I.", "3.", "a.") and second the item text, possibly linking the
 * item's video position or attachments.
 */
final class AgendaViewerReader {

    private static final Pattern ITEM_NUMBER = Pattern.compile("(?i)(\\d{1,3}|[a-z]|[ivxlc]{1,6})(\\.\\d{1,3}|\\.[a-z])*[.)]?");

    private static final Evaluator ROWS = Css.css("tr");
    private static final Evaluator CELLS = Css.css("> td");
    private static final Evaluator NESTED_ROWS = Css.css("tr tr");
    private static final Evaluator LINKS = Css.css("a[href]");
    private static final Evaluator FIRST_NUMBER = Css.css("td.numberspace");
    private static final Pattern NUMBER_END = Pattern.compile("[.)]$");

    private AgendaViewerReader() {
    }

    static List<ScrapedItem> items(Document doc, Page page) {
        List<ScrapedItem> items = new ArrayList<>();
        for (Element row : doc.select(ROWS)) {
            List<Element> cells = row.select(CELLS);
            if (cells.size() != 2 || !row.select(NESTED_ROWS).isEmpty()) {
                continue;
            }
            String number = Text.clean(cells.get(0).text());
            String title = Text.clean(cells.get(1).text());
            if (number == null || title == null || !ITEM_NUMBER.matcher(number).matches()) {
                continue;
            }
            List<Link> links = new ArrayList<>();
            String url = null;
            for (Element a : cells.get(1).select(LINKS)) {
                String href = Links.resolve(page.url(), a.attr("href"));
                if (href == null) {
                    continue;
                }
                if (url == null && href.contains("MediaPlayer")) {
                    url = href;
                } else {
                    links.add(new Link(Text.firstNonBlank(a.text(), "Attachment"), href));
                }
            }
            items.add(new ScrapedItem(NUMBER_END.matcher(number).replaceAll(""), null, title, null, null, url, links));
        }
        return items;
    }

    static ScrapedMeeting meeting(Document doc, Page page, SourceContext context, List<ScrapedItem> items,
            List<String> warnings) {
        String heading = headingText(doc);
        OffsetDateTime start = DateTimes.startIn(heading, context.zone());
        if (start == null) {
            warnings.add("no meeting date found in the agenda heading");
        }
        String body = Text.firstNonBlank(doc.title(), context.option("body", null));
        if (body == null) {
            warnings.add("agenda page has no title; body unknown");
        }
        String url = page.url() == null ? null : page.url().toString();
        String id = Links.queryParam(url, "event_id") != null ? "event-" + Links.queryParam(url, "event_id")
                : Links.queryParam(url, "clip_id") != null ? "clip-" + Links.queryParam(url, "clip_id") : null;
        return new ScrapedMeeting(id, body, null, start, null, StatusWords.resolve(start, context.clock(), heading),
                url, url == null ? List.of() : List.of(new Link("Agenda", url)), items);
    }

    /** The text before the first item: it carries the body, date, time and place. */
    private static String headingText(Document doc) {
        String all = doc.body() == null ? "" : doc.body().text();
        Element firstNumber = doc.selectFirst(FIRST_NUMBER);
        if (firstNumber != null) {
            int at = all.indexOf(firstNumber.text());
            if (at > 0) {
                return all.substring(0, at);
            }
        }
        return all.length() > 3000 ? all.substring(0, 3000) : all;
    }
}
