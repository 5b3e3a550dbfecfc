package org.ordinancewatch.parse.civicplus;

import static org.ordinancewatch.parse.support.Css.css;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.ordinancewatch.parse.Adapter;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.parse.SourceContext;
import org.ordinancewatch.parse.support.DateTimes;
import org.ordinancewatch.parse.support.HeaderColumns;
import org.ordinancewatch.parse.support.Html;
import org.ordinancewatch.parse.support.ItemText;
import org.ordinancewatch.parse.support.StatusWords;
import org.ordinancewatch.parse.support.Text;
import org.ordinancewatch.record.ScrapedItem;
import org.ordinancewatch.record.Link;
import org.ordinancewatch.record.ScrapedMeeting;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * CivicPlus (CivicEngage) Agenda Center: the {@code /AgendaCenter} page, its search results
 * ({@code /AgendaCenter/Search/?...}) and the {@code UpdateCategoryList} fragments the year tabs load. Each
 * category is a table of {@code tr.catAgendaRow}; the category name (the body) is the category heading (newer sites
 * group categories under department headers), the listing's heading or, in a fragment, the label of the current
 * year tab. The lists print a date but no time.
 */
@ApplicationScoped
public class CivicPlusAgendaCenterAdapter implements Adapter {

    /** Agenda files are named {@code _MMDDYYYY-id}. */
    /** Older sites head each row with h4, newer ones with h3. */
    private static final String HEADING = "h4, h3";

    private static final Pattern AGENDA_FILE = Pattern.compile("/ViewFile/Agenda/_\\d{8}-\\d+$");
    private static final Pattern AGENDA_SLUG = Pattern.compile("_(\\d{2})(\\d{2})(\\d{4})-(\\d+)");

    @Override
    public String name() {
        return "civicplus-agendacenter";
    }

    @Override
    public ParseResult parse(Page page, SourceContext context) throws ParseException {
        String pageText = page.text();
        Document doc = Html.parse(page, pageText);
        List<String> warnings = new ArrayList<>();
        Html.truncationWarning(pageText).ifPresent(warnings::add);
        List<Element> tables = agendaTables(doc);
        if (tables.isEmpty()) {
            Element results = doc.selectFirst(css("p.dim.results"));
            if (results != null && Text.clean(results.text()) != null) {
                warnings.add("Agenda Center search found nothing: " + Text.clean(results.text()));
                return ParseResult.ofMeetings(List.of(), List.of(), warnings);
            }
            throw new ParseException("not an Agenda Center page (no agenda table or search results) at " + page.url());
        }
        List<ScrapedMeeting> meetings = new ArrayList<>();
        List<String> follow = new ArrayList<>();
        for (Element table : tables) {
            readTable(table, page, context, meetings, follow, warnings);
        }
        return ParseResult.ofMeetings(meetings, follow, warnings);
    }

    /** Tables holding agenda rows; their summary says "List of Agendas" but rows are the surer sign. */
    private static List<Element> agendaTables(Document doc) {
        List<Element> tables = new ArrayList<>();
        for (Element table : doc.select(css("table"))) {
            if (table.selectFirst(css("tr.catAgendaRow")) != null && table.selectFirst(css("table table")) == null) {
                tables.add(table);
            }
        }
        return tables;
    }

    private static void readTable(Element table, Page page, SourceContext context, List<ScrapedMeeting> meetings,
            List<String> follow, List<String> warnings) {
        String body = categoryName(table);
        if (body == null) {
            warnings.add("category name not found for " + table.id());
        }
        HeaderColumns columns = HeaderColumns.of(table);
        if (columns.isEmpty()) {
            warnings.add("agenda table " + table.id() + " has no header row; reading cells by their content");
        }
        Elements rows = table.select(css("tr.catAgendaRow"));
        for (Element row : rows) {
            ScrapedMeeting meeting = readRow(row, columns, body, page, context);
            if (meeting == null) {
                warnings.add("agenda row " + row.id() + " has no date; skipped");
                continue;
            }
            meetings.add(meeting);
            agendaToFollow(meeting).ifPresent(follow::add);
        }
    }

    private static String categoryName(Element table) {
        Element category = table.closest(css("div.category"));
        if (category != null && category.selectFirst(css("h3")) != null) {
            return Text.clean(category.selectFirst(css("h3")).text());
        }
        Element listing = table.closest(css("div.listing"));
        if (listing != null) {
            Element h2 = listing.selectFirst(css("h2"));
            if (h2 != null) {
                return Text.clean(h2.ownText());
            }
        }
        Element section = table.parent();
        Element currentYear = section == null ? null : section.selectFirst(css("ul.years li.current a[aria-label]"));
        if (currentYear != null) {
            return Text.clean(currentYear.attr("aria-label").replaceAll("\\s*\\d{4}\\s*$", ""));
        }
        return null;
    }

    private static ScrapedMeeting readRow(Element row, HeaderColumns columns, String body, Page page, SourceContext context) {
        Element agendaCell = columns.cell(row, "agenda");
        if (agendaCell == null || agendaCell.selectFirst(HEADING) == null) {
            agendaCell = row.selectFirst(css("> td:has(h4), > td:has(h3)"));
        }
        if (agendaCell == null) {
            return null;
        }
        Element heading = agendaCell.selectFirst(HEADING);
        Element agendaAnchor = agendaCell.selectFirst(css("a[href*=/ViewFile/Agenda/]"));
        Matcher slug = AGENDA_SLUG.matcher(agendaAnchor != null ? agendaAnchor.attr("href")
                : heading == null ? "" : heading.select(css("a[name], a[id]")).attr("name"));
        boolean hasSlug = slug.find();

        Element dateElement = heading == null ? null : heading.selectFirst(css("strong"));
        LocalDate date = DateTimes.findDate(dateElement == null ? null : dateElement.text()).orElse(null);
        if (date == null && hasSlug) {
            date = LocalDate.parse(slug.group(3) + slug.group(1) + slug.group(2), DateTimeFormatter.BASIC_ISO_DATE);
        }
        if (date == null) {
            return null;
        }
        Element description = agendaCell.selectFirst(css("p"));
        String title = Text.firstNonBlank(description == null ? null : description.text(),
                agendaAnchor == null ? null : agendaAnchor.attr("title"));
        LocalTime time = DateTimes.findTime(title).orElse(LocalTime.MIDNIGHT);
        var start = date.atTime(time).atZone(context.zone()).toOffsetDateTime();
        var status = StatusWords.resolve(start, context.clock(), title, heading == null ? null : heading.text());

        List<Link> links = new ArrayList<>();
        add(links, "Agenda", Html.href(page, agendaAnchor));
        addCell(links, columns.cell(row, "minutes"), "Minutes", page);
        addCell(links, columns.cell(row, "media"), "Video", page);
        Element downloads = columns.cell(row, "download", "downloads");
        if (downloads != null) {
            for (Element a : downloads.select(css("li a[href]"))) {
                if (!a.hasClass("previous")) {
                    add(links, Text.firstNonBlank(a.text(), "Agenda"), Html.href(page, a));
                }
            }
        }
        // some sites post a single measure's notice as its own agenda; its description then names the file
        List<ScrapedItem> items = ItemText.parse(title, null, links).filter(i -> i.file() != null).stream().toList();
        return new ScrapedMeeting(hasSlug ? slug.group(4) : null, body, title, start, null, status, null, links, items);
    }

    private static void addCell(List<Link> links, Element cell, String label, Page page) {
        if (cell != null) {
            for (Element a : cell.select(css("a[href]"))) {
                add(links, Text.firstNonBlank(a.text(), label), Html.href(page, a));
            }
        }
    }

    /** Adds a link unless its URL is already there (the heading and the download menu repeat the agenda). */
    private static void add(List<Link> links, String label, String url) {
        if (url != null && links.stream().noneMatch(l -> l.url().equals(url))) {
            links.add(new Link(label, url));
        }
    }

    /**
     * The agenda file itself ({@code /ViewFile/Agenda/_MMDDYYYY-id}, a PDF that {@code pdf-agenda} reads), also
     * where the site offers an HTML copy ({@code ?html=true}, which no adapter reads); never the packet.
     */
    private static java.util.Optional<String> agendaToFollow(ScrapedMeeting meeting) {
        return meeting.links().stream().map(Link::url).filter(u -> AGENDA_FILE.matcher(u).find()).findFirst();
    }
}
