package org.ordinancewatch.model;

/**
 * Fired synchronously, inside the transaction that recorded the change, whenever a measure's status
 * moves (not for a measure's first status). Observers that write (the alert outbox) join that transaction.
 */
public record StatusChanged(StatusChange change) {
}
