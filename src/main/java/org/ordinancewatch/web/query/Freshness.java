package org.ordinancewatch.web.query;

import java.time.Instant;

/**
 * How current a page's data is, told as two separate facts: when the data it shows last changed, and when the agenda
 * sources it relies on were last read successfully (none watched, never read yet, or longer ago than
 * {@code ow.sources.stale-after}: stale).
 *
 * @param changed  when the data shown last changed
 * @param checked  the latest successful read of a source behind the page, null if none succeeded yet
 * @param watched  how many agenda sources the page relies on
 * @param stale    how many of them have not been read successfully within {@code ow.sources.stale-after}
 */
public record Freshness(Instant changed, Instant checked, int watched, int stale) {

    public boolean isWatched() {
        return watched > 0;
    }

    public boolean isStale() {
        return stale > 0;
    }
}
