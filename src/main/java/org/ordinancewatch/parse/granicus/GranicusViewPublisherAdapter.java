package org.ordinancewatch.parse.granicus;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.ordinancewatch.parse.Adapter;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.parse.SourceContext;
import org.ordinancewatch.parse.support.Html;
import org.ordinancewatch.parse.support.Text;
import org.ordinancewatch.record.ScrapedItem;
import org.ordinancewatch.record.Link;
import org.ordinancewatch.record.ScrapedMeeting;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Granicus: {@code ViewPublisher.php} meeting listings and {@code AgendaViewer.php} HTML agendas. An AgendaViewer
 * URL (or a page with numbered item rows and no listing) is read as one meeting with its items.
 */
@ApplicationScoped
public class GranicusViewPublisherAdapter implements Adapter {

    @Override
    public String name() {
        return "granicus-viewpublisher";
    }

    @Override
    public ParseResult parse(Page page, SourceContext context) throws ParseException {
        String text = page.text();
        if (Text.startsAfterSpace(text, "{") || Text.startsAfterSpace(text, "[")) {
            throw new ParseException("JSON, not a Granicus page, at " + page.url());
        }
        Document doc = Html.parse(page, text);
        List<String> warnings = new ArrayList<>();
        Html.truncationWarning(text).ifPresent(warnings::add);
        boolean agendaUrl = page.url() != null && page.url().toString().contains("AgendaViewer");
        if (!agendaUrl) {
            ListingReader.Read listing = ListingReader.read(doc, page, context, warnings);
            if (!listing.meetings().isEmpty()) {
                List<String> follow = listing.meetings().stream().flatMap(m -> m.links().stream())
                        .filter(GranicusLinks::isAgenda).map(Link::url).distinct().toList();
                return ParseResult.ofMeetings(listing.meetings(), follow, warnings);
            }
        }
        List<ScrapedItem> items = AgendaViewerReader.items(doc, page);
        if (items.isEmpty()) {
            throw new ParseException("no Granicus meeting rows or agenda items at " + page.url());
        }
        ScrapedMeeting meeting = AgendaViewerReader.meeting(doc, page, context, items, warnings);
        // the items' links are video positions and attachments (MetaViewer.php), which no adapter reads
        return ParseResult.ofMeetings(List.of(meeting), List.of(), warnings);
    }
}
