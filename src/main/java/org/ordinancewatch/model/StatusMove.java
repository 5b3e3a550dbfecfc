package org.ordinancewatch.model;

/**
 * A requested status move and its evidence.
 *
 * @param to          the new status
 * @param occurredOn  when it happened in the world, or null
 * @param reason      the rule or curator action that decided it
 * @param actionText  the source's own words ("Signed by Mayor"), or null
 * @param sourceLabel what the evidence is, or null
 * @param sourceUrl   where the evidence is, or null
 * @param snapshot    the archived page the move was read from, or null
 */
public record StatusMove(Status to, PartialDate occurredOn, String reason, String actionText, String sourceLabel,
        String sourceUrl, Snapshot snapshot) {

    public StatusMove(Status to, PartialDate occurredOn, String reason, String actionText, String sourceLabel,
            String sourceUrl) {
        this(to, occurredOn, reason, actionText, sourceLabel, sourceUrl, null);
    }
}
