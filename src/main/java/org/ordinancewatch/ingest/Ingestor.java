package org.ordinancewatch.ingest;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.ordinancewatch.model.Jurisdiction;
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
        for (ScrapedAgenda agenda : result.agendas()) {
            if (agenda instanceof ScrapedMeeting listed && !source.bodies().accepts(listed.body())) {
                continue;
            }
            Meeting meeting = meetings.meetingFor(run, agenda, linkedBy);
            run.meetings++;
            for (ScrapedItem item : agenda.items()) {
                items.upsert(run, meeting, item);
            }
        }
        for (MeasureRecord rec : result.measures()) {
            measures.upsert(run, rec);
        }
        return run.stats();
    }
}
