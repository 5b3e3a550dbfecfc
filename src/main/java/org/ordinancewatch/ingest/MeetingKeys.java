package org.ordinancewatch.ingest;

import org.ordinancewatch.model.Columns;
import org.ordinancewatch.model.Meeting;
import org.ordinancewatch.record.AgendaDocument;
import org.ordinancewatch.record.ScrapedMeeting;

/**
 * The key a meeting is stored under ({@code meeting.source_key}), stable across fetches: the platform's id, else the
 * meeting's own page, else its body and start. A document read on its own that no stored meeting links is keyed by
 * its address. The crawl uses the key to tell the ingest which stored meeting a followed document belongs to.
 */
final class MeetingKeys {

    private MeetingKeys() {
    }

    static String of(ScrapedMeeting rec) {
        String key = rec.sourceId() != null ? "id:" + rec.sourceId()
                : rec.url() != null ? "url:" + rec.url() : "at:" + rec.body() + "|" + rec.start();
        return fit(key);
    }

    static String of(AgendaDocument rec) {
        return fit("url:" + rec.url());
    }

    private static String fit(String key) {
        return Columns.fit(key, Meeting.SOURCE_KEY_WIDTH);
    }
}
