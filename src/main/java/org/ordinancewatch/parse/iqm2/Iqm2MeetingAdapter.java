package org.ordinancewatch.parse.iqm2;

import static org.ordinancewatch.parse.support.Css.css;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.ordinancewatch.parse.Adapter;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.parse.SourceContext;
import org.ordinancewatch.parse.support.DateTimes;
import org.ordinancewatch.parse.support.Html;
import org.ordinancewatch.parse.support.Links;
import org.ordinancewatch.parse.support.StatusWords;
import org.ordinancewatch.parse.support.Text;
import org.ordinancewatch.record.ScrapedItem;
import org.ordinancewatch.record.Link;
import org.ordinancewatch.record.ScrapedMeeting;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * An IQM2 meeting page ({@code Citizens/Detail_Meeting.aspx?ID=n}): the heading (group, type, date, place,
 * status), the downloads and the agenda outline ({@code table.MeetingDetail}), whose rows become items. Sub-items
 * are numbered under their parent ("4.1"); legislative-file links give the item's file id.
 */
@ApplicationScoped
public class Iqm2MeetingAdapter implements Adapter {


    @Override
    public String name() {
        return "iqm2-meeting";
    }

    @Override
    public ParseResult parse(Page page, SourceContext context) throws ParseException {
        String pageText = page.text();
        Document doc = Html.parse(page, pageText);
        Element date = doc.getElementById("ContentPlaceholder1_lblMeetingDate");
        if (date == null) {
            throw new ParseException("not an IQM2 meeting page (no meeting date heading) at " + page.url());
        }
        List<String> warnings = new ArrayList<>();
        Html.truncationWarning(pageText).ifPresent(warnings::add);
        var start = DateTimes.startIn(date.text(), context.zone());
        if (start == null) {
            warnings.add("meeting date not understood: " + date.text());
        }
        String statusText = textOf(doc, "ContentPlaceholder1_lblMeetingStatus");
        List<Link> links = new ArrayList<>(Html.links(page, doc.select(css("#ContentPlaceholder1_pnlDownloads a"))));
        links.addAll(mediaLinks(page, doc.select(css("#ContentPlaceholder1_pnlDownloads a[onclick*=OpenWindow]"))));
        List<String> follow = new ArrayList<>();
        // the public agenda (FileOpen Type=14); the packet (Type=1) is too large to read
        links.stream().filter(l -> "14".equals(Links.queryParam(l.url(), "Type"))).forEach(l -> follow.add(l.url()));

        List<ScrapedItem> items = List.of();
        Element outline = doc.selectFirst(css("table.MeetingDetail, table#MeetingDetail"));
        if (outline == null) {
            warnings.add("agenda outline (table.MeetingDetail) missing; no items read");
        } else {
            items = readItems(outline, page, warnings);
            items.stream().map(ScrapedItem::url).filter(u -> u != null && u.contains("Detail_LegiFile.aspx"))
                    .distinct().forEach(follow::add);
        }
        String url = page.url() == null ? null : page.url().toString();
        ScrapedMeeting meeting = new ScrapedMeeting(Links.queryParam(url, "ID"), textOf(doc, "ContentPlaceholder1_lblMeetingGroup"),
                textOf(doc, "ContentPlaceholder1_lblMeetingType"), start, location(date),
                StatusWords.resolve(start, context.clock(), statusText), url, links, items);
        return ParseResult.ofMeetings(List.of(meeting), follow, warnings);
    }

    /** Video and audio open through a script call, {@code OpenWindow("/Citizens/SplitView.aspx?Mode=Video...")}. */
    private static List<Link> mediaLinks(Page page, List<Element> anchors) {
        List<Link> media = new ArrayList<>();
        for (Element a : anchors) {
            String url = Links.scriptTarget(page.url(), a.attr("onclick"));
            if (url != null && media.stream().noneMatch(l -> l.url().equals(url))) {
                Element img = a.selectFirst(css("img[alt]"));
                media.add(new Link(Text.firstNonBlank(a.text(), img == null ? null : img.attr("alt"), "Video"), url));
            }
        }
        return media;
    }

    private static String textOf(Document doc, String id) {
        Element e = doc.getElementById(id);
        return e == null ? null : Text.clean(e.text());
    }

    /** The place follows the date in the heading cell as bare text, then the street address in its own div. */
    private static String location(Element date) {
        Element heading = date.parent();
        if (heading == null) {
            return null;
        }
        StringBuilder place = new StringBuilder();
        for (var node : heading.childNodes()) {
            if (node instanceof TextNode text) {
                place.append(text.text()).append(' ');
            }
        }
        Element address = heading.selectFirst(css(".MeetingAddress"));
        return Text.firstNonBlank(String.join(", ",
                List.of(Text.clean(place.toString()), address == null ? null : Text.clean(address.text())).stream()
                        .filter(s -> s != null).toList()));
    }

    private static List<ScrapedItem> readItems(Element outline, Page page, List<String> warnings) {
        List<ScrapedItem> items = new ArrayList<>();
        Map<Integer, String> numberAtDepth = new HashMap<>();
        for (Element row : outline.select(css("tr"))) {
            Element titleCell = row.selectFirst(css("> td.Title"));
            if (titleCell == null) {
                continue;
            }
            String title = Text.clean(titleCell.text());
            if (title == null) {
                continue;
            }
            // indentation is given by unclassed spacer cells before the number
            int depth = (int) row.select(css("> td")).stream().filter(td -> td.className().isBlank()).count();
            Element numCell = row.selectFirst(css("> td.Num"));
            String printed = numCell == null ? null : Text.clean(numCell.text());
            if (printed != null) {
                printed = printed.replaceAll("[.)]+$", "");
            }
            String number = printed;
            if (printed != null && depth > 0 && numberAtDepth.get(depth - 1) != null) {
                number = numberAtDepth.get(depth - 1) + "." + printed;
            }
            numberAtDepth.put(depth, number);
            numberAtDepth.keySet().removeIf(d -> d > depth);
            items.add(item(number, title, titleCell.selectFirst(css("a[href]")), page));
        }
        if (items.isEmpty() && !outline.select(css("tr")).isEmpty()) {
            warnings.add("agenda outline has rows but none with a title cell");
        }
        return items;
    }

    private static ScrapedItem item(String number, String title, Element anchor, Page page) {
        String href = Html.href(page, anchor);
        if (href == null) {
            return new ScrapedItem(number, null, title, null, null, null, List.of());
        }
        if (href.contains("FileOpen.aspx") || href.contains("FileView.aspx")) {
            return new ScrapedItem(number, null, title, null, null, null, List.of(new Link(title, href)));
        }
        String file = href.contains("Detail_LegiFile.aspx") ? Links.queryParam(href, "ID") : null;
        return new ScrapedItem(number, file, title, null, null, href, List.of());
    }
}
