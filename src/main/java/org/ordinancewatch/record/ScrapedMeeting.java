package org.ordinancewatch.record;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A meeting of a body, as a source lists it.
 *
 * @param sourceId the platform's own id for the meeting (stable across fetches), or null
 * @param body     the body that meets ("City Council", "Public Safety Committee")
 * @param title    a title where the platform gives one apart from the body, or null
 * @param start    start in the jurisdiction's time zone; null only when the source gives no date
 * @param location where it meets, or null
 * @param status   scheduled, cancelled, postponed, rescheduled or held
 * @param url      the meeting's detail page, or null
 * @param links    agenda, minutes, video and other documents
 * @param items    agenda items, where the page carries them
 */
public record ScrapedMeeting(String sourceId, String body, String title, OffsetDateTime start, String location,
        ScrapedMeetingStatus status, String url, List<Link> links, List<ScrapedItem> items)
        implements ScrapedAgenda {

    public ScrapedMeeting {
        links = links == null ? List.of() : List.copyOf(links);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** Whether it names something to know it by across fetches: the platform's id, its body or its start. */
    public boolean namesItself() {
        return sourceId != null || body != null || start != null;
    }
}
