package org.ordinancewatch.ingest;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.ordinancewatch.model.AgendaItem;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.model.Meeting;
import org.ordinancewatch.model.Snapshot;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.record.MeasureRecord;
import org.ordinancewatch.record.ScrapedAgenda;
import org.ordinancewatch.record.ScrapedItem;
import org.ordinancewatch.record.ScrapedMeeting;
import org.ordinancewatch.source.SourceDefinition;

/**
 * Turns one parsed page into stored meetings, items, measures and status changes, in one transaction: each agenda's
 * meeting ({@link MeetingUpserts}), its items ({@link ItemUpserts}), then the page's files ({@link MeasureUpserts}).
 * Idempotent: values equal to what is stored are not written again, so an unchanged page changes nothing.
 */
@ApplicationScoped
public class Ingestor {

    private final MeetingUpserts meetings;
    private final ItemUpserts items;
    private final MeasureUpserts measures;
    private final Clock clock;

    Ingestor(MeetingUpserts meetings, ItemUpserts items, MeasureUpserts measures, Clock clock) {
        this.meetings = meetings;
        this.items = items;
        this.measures = measures;
        this.clock = clock;
    }

    /** Counts of what one page held and what it changed. */
    public record Stats(int meetings, int items, int relevantItems, int measuresCreated, int statusChanges) {

        Stats plus(Stats o) {
            return new Stats(meetings + o.meetings, items + o.items, relevantItems + o.relevantItems,
                    measuresCreated + o.measuresCreated, statusChanges + o.statusChanges);
        }

        static final Stats NONE = new Stats(0, 0, 0, 0, 0);
    }

    /**
     * @param linkedBy the stored key of the meeting whose record linked this page (see {@code FollowPolicy}), or
     *                 null; an agenda document read on its own joins that meeting
     */
    @Transactional
    public Stats apply(long jurisdictionId, SourceDefinition source, Long snapshotId, String pageUrl, String linkedBy,
            ParseResult result) {
        return apply(jurisdictionId, source, snapshotId, pageUrl, linkedBy, false, result);
    }

    /** @param backfill the page is read in its source's first successful run: what it changes is not news */
    @Transactional
    public Stats apply(long jurisdictionId, SourceDefinition source, Long snapshotId, String pageUrl, String linkedBy,
            boolean backfill, ParseResult result) {
        Jurisdiction j = Jurisdiction.findById(jurisdictionId);
        Snapshot snapshot = snapshotId == null ? null : Snapshot.findById(snapshotId);
        IngestRun run = new IngestRun(j, snapshot, pageUrl, clock.instant(), !backfill);
        return store(run, source.bodies(), linkedBy, result).stats();
    }

    /**
     * What one page stored, record by record, in the order of the parse: the meeting of each agenda (null where the
     * source's bodies filter drops it), each of its items (null where the record has no title to store) and each
     * file (null where it is not tracked and not worth tracking).
     */
    record Stored(Stats stats, List<Meeting> meetings, List<List<AgendaItem>> items, List<Measure> measures) {
    }

    /** Stores the page in the caller's transaction. */
    Stored store(IngestRun run, SourceDefinition.Bodies bodies, String linkedBy, ParseResult result) {
        run.known.preload(result);
        List<Meeting> storedMeetings = new ArrayList<>();
        List<List<AgendaItem>> storedItems = new ArrayList<>();
        for (ScrapedAgenda agenda : result.agendas()) {
            List<AgendaItem> itemsOfAgenda = new ArrayList<>();
            Meeting meeting = null;
            if (!(agenda instanceof ScrapedMeeting listed) || bodies.accepts(listed.body())) {
                meeting = meetings.meetingFor(run, agenda, linkedBy);
                run.meetings++;
                for (ScrapedItem item : agenda.items()) {
                    itemsOfAgenda.add(items.upsert(run, meeting, item));
                }
            }
            storedMeetings.add(meeting);
            storedItems.add(Collections.unmodifiableList(itemsOfAgenda));
        }
        List<Measure> storedMeasures = new ArrayList<>();
        for (MeasureRecord rec : result.measures()) {
            storedMeasures.add(measures.upsert(run, rec));
        }
        return new Stored(run.stats(), Collections.unmodifiableList(storedMeetings),
                Collections.unmodifiableList(storedItems), Collections.unmodifiableList(storedMeasures));
    }
}
