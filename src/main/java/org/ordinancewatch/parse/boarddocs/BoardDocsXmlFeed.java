package org.ordinancewatch.parse.boarddocs;

import static org.ordinancewatch.parse.support.Css.css;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.SourceContext;
import org.ordinancewatch.parse.support.DateTimes;
import org.ordinancewatch.parse.support.ItemText;
import org.ordinancewatch.parse.support.Links;
import org.ordinancewatch.parse.support.StatusWords;
import org.ordinancewatch.parse.support.Text;
import org.ordinancewatch.record.ScrapedItem;
import org.ordinancewatch.record.Link;
import org.ordinancewatch.record.ScrapedMeeting;

/**
 * The BoardDocs XML feed ({@code Board.nsf/XML-ActiveMeetings}): {@code <meeting bodyname=...>} with a start date,
 * a link, and categories holding agenda items. Categories and items both become agenda items; an item is numbered
 * under its category ("3.A").
 */
final class BoardDocsXmlFeed {

    private BoardDocsXmlFeed() {
    }

    static List<ScrapedMeeting> read(Page page, SourceContext context, List<String> warnings) {
        Document xml = Jsoup.parse(page.text(), page.url() == null ? "" : page.url().toString(), Parser.xmlParser());
        List<ScrapedMeeting> meetings = new ArrayList<>();
        for (Element meeting : xml.select(css("meetings > meeting"))) {
            LocalDate date = DateTimes.findDate(childText(meeting.selectFirst(css("start > date")))).orElse(null);
            String name = childText(meeting.selectFirst(css("> name")));
            if (date == null) {
                warnings.add("meeting " + meeting.id() + " has no start date; skipped");
                continue;
            }
            // the feed carries only a date; some boards put the time in the meeting name ("... at 4:15 P.M.")
            LocalTime time = DateTimes.findTime(name).orElse(LocalTime.MIDNIGHT);
            OffsetDateTime start = DateTimes.inZone(date.atTime(time), context.zone());
            String url = Links.resolve(page.url(), childText(meeting.selectFirst(css("> link"))));
            String description = childText(meeting.selectFirst(css("> description")));
            meetings.add(new ScrapedMeeting(meeting.id(), Text.clean(meeting.attr("bodyname")), name, start, null,
                    StatusWords.resolve(start, context.clock(), name, description), url,
                    url == null ? List.of() : List.of(new Link("Agenda", url)), items(meeting, page)));
        }
        return meetings;
    }

    private static List<ScrapedItem> items(Element meeting, Page page) {
        List<ScrapedItem> items = new ArrayList<>();
        for (Element category : meeting.select(css("> category"))) {
            ScrapedItem head = item(childText(category.selectFirst(css("> name"))), null, null, null, page);
            if (head == null) {
                continue;
            }
            items.add(head);
            for (Element item : category.select(css("agendaitems > item"))) {
                ScrapedItem sub = item(childText(item.selectFirst(css("> name"))), head.number(),
                        childText(item.selectFirst(css("> link"))), childText(item.selectFirst(css("> actiontype"))), page);
                if (sub != null) {
                    items.add(sub);
                }
            }
        }
        return items;
    }

    private static ScrapedItem item(String name, String parentNumber, String link, String action, Page page) {
        if (name == null) {
            return null;
        }
        String url = Links.resolve(page.url(), link);
        ScrapedItem parsed = ItemText.parse(name, url, List.of())
                .orElse(new ScrapedItem(null, null, name, null, null, url, List.of()));
        String number = parsed.number() != null && parentNumber != null ? parentNumber + "." + parsed.number()
                : parsed.number();
        return new ScrapedItem(number, parsed.file(), parsed.title(), Text.clean(action), null, url, List.of());
    }

    private static String childText(Element e) {
        return e == null ? null : Text.clean(e.text());
    }
}
