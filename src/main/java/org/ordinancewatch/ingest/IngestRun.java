package org.ordinancewatch.ingest;

import java.time.Instant;
import java.time.ZoneId;

import org.ordinancewatch.SafeUrl;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.model.Meeting;
import org.ordinancewatch.model.PartialDate;
import org.ordinancewatch.model.Snapshot;

/** One page being ingested: where it came from, when, and the counts of what it changed so far. */
final class IngestRun {

    final Jurisdiction jurisdiction;
    final ZoneId zone;
    final Snapshot snapshot;
    final String pageUrl;
    final Instant now;
    /** What this page changes is news; false in a source's first successful run (see {@link Backfill}). */
    final boolean news;
    /** The page's stored meetings and items, read once (see {@link Ingestor#store}). */
    final KnownRows known;
    int meetings;
    int items;
    int relevant;
    int created;
    int moves;

    IngestRun(Jurisdiction jurisdiction, Snapshot snapshot, String pageUrl, Instant now, boolean news) {
        this.jurisdiction = jurisdiction;
        this.zone = jurisdiction.zone();
        this.snapshot = snapshot;
        this.pageUrl = pageUrl;
        this.now = now;
        this.news = news;
        this.known = new KnownRows(jurisdiction);
    }

    Ingestor.Stats stats() {
        return new Ingestor.Stats(meetings, items, relevant, created, moves);
    }

    /** The page a finding was read from: the record's own safe address, else the crawled page. */
    String evidence(String url) {
        String safe = SafeUrl.httpOnly(url);
        return safe != null ? safe : pageUrl;
    }

    /** The meeting's day in the jurisdiction, or null when it has no start. */
    PartialDate dayOf(Meeting meeting) {
        return meeting.startAt == null ? null
                : PartialDate.of(meeting.startAt.atZoneSameInstant(zone).toLocalDate());
    }
}
