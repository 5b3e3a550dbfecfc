package org.ordinancewatch.parse.legistar;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.ordinancewatch.parse.Adapter;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.parse.SourceContext;
import org.ordinancewatch.record.ScrapedItem;
import org.ordinancewatch.record.ItemListing;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Legistar Web API {@code /events/{id}/eventitems}: the agenda of one event. The response says nothing
 * else about the meeting, so the items come in a single meeting whose other fields are null; the caller
 * joins it to the meeting read from {@code /events}.
 */
@ApplicationScoped
public class LegistarApiEventItemsAdapter implements Adapter {

    @Override
    public String name() {
        return "legistar-api-eventitems";
    }

    @Override
    public ParseResult parse(Page page, SourceContext context) throws ParseException {
        List<JsonNode> rows = LegistarJson.objects(page, "/eventitems", "EventItemId");
        List<ScrapedItem> items = new ArrayList<>();
        List<String> follow = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String api = apiRoot(page);
        for (int i = 0; i < rows.size(); i++) {
            JsonNode r = rows.get(i);
            String file = LegistarJson.text(r, "EventItemMatterFile");
            String title = LegistarJson.text(r, "EventItemTitle");
            if (title == null) {
                title = LegistarJson.text(r, "EventItemMatterName");
            }
            if (file == null && title == null) {
                warnings.add("skipped event item " + (i + 1) + " (EventItemId " + LegistarJson.text(r, "EventItemId")
                        + "): neither matter file nor title");
                continue;
            }
            String matterId = LegistarJson.text(r, "EventItemMatterId");
            String matter = api == null || matterId == null ? null : api + "/matters/" + matterId;
            if (matter != null) {
                follow.add(matter + "/histories");
            }
            items.add(new ScrapedItem(LegistarJson.text(r, "EventItemAgendaNumber"), file, title,
                    LegistarJson.text(r, "EventItemActionName"), LegistarJson.text(r, "EventItemPassedFlagName"), matter,
                    List.of()));
        }
        ItemListing agenda = new ItemListing(items);
        return ParseResult.ofMeetings(List.of(agenda), follow, warnings);
    }

    /**
     * {@code https://webapi.legistar.com/v1/<client>} from {@code .../events/<id>/eventitems}: an item's
     * matter ({@code /matters/<id>}) is its URL, and the matter's histories are followed, so the history
     * (which does not name its file) can be joined to the measure the item created.
     */
    static String apiRoot(Page page) {
        String url = page.url().toString();
        int events = url.indexOf("/events/");
        return events < 0 ? null : url.substring(0, events);
    }
}
