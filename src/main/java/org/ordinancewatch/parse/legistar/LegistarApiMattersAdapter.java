package org.ordinancewatch.parse.legistar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.ordinancewatch.parse.Adapter;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.parse.SourceContext;
import org.ordinancewatch.record.MeasureRecord;

import com.fasterxml.jackson.databind.JsonNode;

/** Legistar Web API {@code /v1/{client}/matters}: one measure per matter; follows each matter's histories. */
@ApplicationScoped
public class LegistarApiMattersAdapter implements Adapter {

    @Override
    public String name() {
        return "legistar-api-matters";
    }

    @Override
    public ParseResult parse(Page page, SourceContext context) throws ParseException {
        List<JsonNode> matters = LegistarJson.objects(page, "/matters", "MatterId");
        String resource = LegistarJson.resource(page.url());
        boolean listing = resource != null && resource.endsWith("/matters");
        List<MeasureRecord> measures = new ArrayList<>();
        List<String> follow = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < matters.size(); i++) {
            JsonNode m = matters.get(i);
            String file = LegistarJson.text(m, "MatterFile");
            String id = LegistarJson.text(m, "MatterId");
            if (file == null) {
                warnings.add("skipped matter " + (i + 1) + " (MatterId " + id + "): no MatterFile");
                continue;
            }
            String title = LegistarJson.text(m, "MatterTitle");
            measures.add(new MeasureRecord(file, title != null ? title : LegistarJson.text(m, "MatterName"),
                    LegistarJson.text(m, "MatterTypeName"), LegistarJson.text(m, "MatterStatusName"),
                    LegistarDates.apiDate(LegistarJson.text(m, "MatterIntroDate")), finalAction(m), List.of(),
                    matterUrl(page, listing, id), List.of()));
            if (listing && id != null) {
                follow.add(LegistarJson.child(page.url(), id, "histories"));
            }
        }
        return ParseResult.ofMeasures(measures, follow, warnings);
    }

    /** {@code .../matters/<id>}: the URL its histories and agenda items are joined by. */
    private static String matterUrl(Page page, boolean listing, String id) {
        if (!listing) {
            return LegistarJson.address(page.url());
        }
        return id == null ? null : LegistarJson.entry(page.url(), id);
    }

    /** Resolutions are often adopted without a passed date but with an enactment date. */
    private static LocalDate finalAction(JsonNode m) {
        LocalDate passed = LegistarDates.apiDate(LegistarJson.text(m, "MatterPassedDate"));
        return passed != null ? passed : LegistarDates.apiDate(LegistarJson.text(m, "MatterEnactmentDate"));
    }
}
