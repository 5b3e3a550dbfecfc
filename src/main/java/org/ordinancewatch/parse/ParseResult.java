package org.ordinancewatch.parse;

import java.util.List;

import org.ordinancewatch.record.MeasureRecord;
import org.ordinancewatch.record.ScrapedAgenda;
import org.ordinancewatch.record.ScrapedMeeting;

/**
 * What an adapter found on one page.
 *
 * @param agendas  meetings with their items where the page carries them, or items whose meeting the page does not
 *                 describe (see {@link ScrapedAgenda})
 * @param measures legislative files
 * @param follow   further pages of the same source worth fetching (detail pages, agendas, next page)
 * @param warnings problems that did not stop the parse (a row skipped, a column missing)
 */
public record ParseResult(List<ScrapedAgenda> agendas, List<MeasureRecord> measures, List<String> follow,
        List<String> warnings) {

    public ParseResult {
        agendas = agendas == null ? List.of() : List.copyOf(agendas);
        measures = measures == null ? List.of() : List.copyOf(measures);
        follow = follow == null ? List.of() : List.copyOf(follow);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** The listed meetings among the agendas (not the pages of items or documents read on their own). */
    public List<ScrapedMeeting> meetings() {
        return agendas.stream().filter(ScrapedMeeting.class::isInstance).map(ScrapedMeeting.class::cast).toList();
    }

    public static ParseResult ofMeetings(List<? extends ScrapedAgenda> agendas, List<String> follow,
            List<String> warnings) {
        return new ParseResult(List.copyOf(agendas), List.of(), follow, warnings);
    }

    public static ParseResult ofMeasures(List<MeasureRecord> measures, List<String> follow, List<String> warnings) {
        return new ParseResult(List.of(), measures, follow, warnings);
    }
}
