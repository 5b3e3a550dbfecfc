package org.ordinancewatch.parse.legistar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.ordinancewatch.parse.Adapter;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.parse.SourceContext;
import org.ordinancewatch.record.HistoryEntry;
import org.ordinancewatch.record.MeasureRecord;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Legistar Web API {@code /matters/{id}/histories}: one measure carrying only its history, oldest first.
 * The response does not name the matter; a source may pass its file number as the {@code matterFile} option.
 */
@ApplicationScoped
public class LegistarApiHistoriesAdapter implements Adapter {

    @Override
    public String name() {
        return "legistar-api-histories";
    }

    @Override
    public ParseResult parse(Page page, SourceContext context) throws ParseException {
        List<JsonNode> rows = LegistarJson.objects(page, "/histories", "MatterHistoryId");
        List<HistoryEntry> history = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            JsonNode h = rows.get(i);
            String action = LegistarJson.text(h, "MatterHistoryActionName");
            if (action == null) {
                warnings.add("skipped history " + (i + 1) + " (MatterHistoryId " + LegistarJson.text(h, "MatterHistoryId")
                        + "): no MatterHistoryActionName");
                continue;
            }
            history.add(new HistoryEntry(LegistarDates.apiDate(LegistarJson.text(h, "MatterHistoryActionDate")),
                    LegistarJson.text(h, "MatterHistoryActionBodyName"), action,
                    LegistarJson.text(h, "MatterHistoryPassedFlagName"), null));
        }
        // The API's order is not guaranteed; a stable sort keeps same-day actions in the order given.
        history.sort(Comparator.comparing(HistoryEntry::date, Comparator.nullsLast(Comparator.naturalOrder())));
        MeasureRecord measure = new MeasureRecord(context.option("matterFile", null), null, null, null, null, null,
                List.of(), matterUrl(page), history);
        return ParseResult.ofMeasures(List.of(measure), List.of(), warnings);
    }

    /** {@code .../matters/<id>} for {@code .../matters/<id>/histories}: the URL the matter's agenda items carry. */
    static String matterUrl(Page page) {
        String url = LegistarJson.address(page.url());
        return url != null && url.endsWith("/histories") ? url.substring(0, url.length() - "/histories".length()) : null;
    }
}
