package org.ordinancewatch.record;

import java.time.LocalDate;

/**
 * One row of a legislative file's history.
 *
 * @param date     when the action was taken (local date in the jurisdiction), or null
 * @param actionBy the body or officer that acted ("City Council", "Mayor"), or null
 * @param action   the action text exactly as the source prints it
 * @param result   the result ("Pass", "Fail"), or null
 * @param url      a link to the action's details or minutes, or null
 */
public record HistoryEntry(LocalDate date, String actionBy, String action, String result, String url) {
}
