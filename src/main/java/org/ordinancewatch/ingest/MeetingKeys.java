package org.ordinancewatch.ingest;

import org.ordinancewatch.record.Meeting;

/**
 * The key a meeting record is stored under, stable across fetches: the platform's id, else the meeting's own page,
 * else its body and start. The crawl uses it to tell the ingest which stored meeting a followed document belongs to.
 */
final class MeetingKeys {

    private static final int MAX_LENGTH = 400;

    private MeetingKeys() {
    }

    static String of(Meeting rec) {
        String key = rec.sourceId() != null ? "id:" + rec.sourceId()
                : rec.url() != null ? "url:" + rec.url() : "at:" + rec.body() + "|" + rec.start();
        String stripped = key.strip();
        return stripped.length() <= MAX_LENGTH ? stripped : stripped.substring(0, MAX_LENGTH - 1) + "…";
    }
}
