package org.ordinancewatch.parse;

import java.util.List;

import org.ordinancewatch.record.MeasureRecord;
import org.ordinancewatch.record.Meeting;

/**
 * What an adapter found on one page.
 *
 * @param meetings meetings (with their items where the page carries them)
 * @param measures legislative files
 * @param follow   further pages of the same source worth fetching (detail pages, agendas, next page)
 * @param warnings problems that did not stop the parse (a row skipped, a column missing)
 */
public record ParseResult(List<Meeting> meetings, List<MeasureRecord> measures, List<String> follow,
        List<String> warnings) {

    public ParseResult {
        meetings = meetings == null ? List.of() : List.copyOf(meetings);
        measures = measures == null ? List.of() : List.copyOf(measures);
        follow = follow == null ? List.of() : List.copyOf(follow);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public static ParseResult ofMeetings(List<Meeting> meetings, List<String> follow, List<String> warnings) {
        return new ParseResult(meetings, List.of(), follow, warnings);
    }

    public static ParseResult ofMeasures(List<MeasureRecord> measures, List<String> follow, List<String> warnings) {
        return new ParseResult(List.of(), measures, follow, warnings);
    }
}
