package org.ordinancewatch.model;

/**
 * Whether a curator has looked at what a scraper found. A scraped measure, or a status change a rule read from
 * action text, is public at once with an "automatic, not yet reviewed" badge until a curator confirms it.
 */
public enum ReviewState {
    UNREVIEWED, CONFIRMED,
    /** A status change a curator found wrong: kept in the timeline, marked, and undone by a later change. */
    REJECTED;

    /** Status changes decided by a rule reading a council's words wait for review; the sunset rule and curators do not. */
    public static ReviewState forReason(String reason) {
        return reason != null && reason.startsWith("rule:") && !"rule:sunset-reached".equals(reason) ? UNREVIEWED
                : CONFIRMED;
    }
}
