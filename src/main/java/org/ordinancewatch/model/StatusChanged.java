package org.ordinancewatch.model;

/**
 * Fired synchronously, inside the transaction that recorded the change, whenever a measure's status
 * moves (not for a measure's first status). Observers that write (the alert outbox) join that transaction.
 *
 * @param news false when a scrape found the change during its source's first successful run (the site's past, a
 *             backfill); true for every other change, a curator's included
 */
public record StatusChanged(StatusChange change, boolean news) {

    /** A change made outside a source's first run. */
    public StatusChanged(StatusChange change) {
        this(change, true);
    }
}
