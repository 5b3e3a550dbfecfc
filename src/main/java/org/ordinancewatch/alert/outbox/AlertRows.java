package org.ordinancewatch.alert.outbox;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.ordinancewatch.alert.subscriptions.Cadence;

/**
 * Writes many new outbox rows of one event in a few multi-row INSERTs. Identity keys keep Hibernate from batching
 * inserts, and one INSERT per alert made a fan-out cost a round trip per subscriber. The values all rows share
 * (event, kind, environment, time, the few distinct payloads) are bound once per statement and referred to by
 * each row.
 */
final class AlertRows {

    /** Rows per statement: PostgreSQL takes at most 32,767 bound values in one, and each row binds ten. */
    static final int ROWS_PER_STATEMENT = 500;

    /** One new alert; {@code payload} indexes the event's list of payloads. */
    record Row(long subscriberId, long subscriptionId, Cadence cadence, Instant dueAt, int payload) {
    }

    private static final int SHARED = 4;

    private AlertRows() {
    }

    static void insert(EntityManager em, String eventKey, AlertKind kind, String environment, Instant now,
            List<String> payloads, List<Row> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            insertChunk(em, eventKey, kind, environment, now, payloads, chunk);
        }
    }

    private static void insertChunk(EntityManager em, String eventKey, AlertKind kind, String environment,
            Instant now, List<String> payloads, List<Row> rows) {
        StringBuilder sql = new StringBuilder("insert into alert (subscriber_id, subscription_id, event_key, kind,"
                + " cadence, environment, payload, status, due_at, next_attempt_at, attempts, created_at) values ");
        int next = SHARED + payloads.size() + 1;
        for (int i = 0; i < rows.size(); i++) {
            int payload = SHARED + 1 + rows.get(i).payload();
            sql.append(i == 0 ? "" : ", ").append("(?").append(next).append(", ?").append(next + 1)
                    .append(", ?1, ?2, ?").append(next + 2).append(", ?3, ?").append(payload)
                    .append(", 'PENDING', ?").append(next + 3).append(", ?").append(next + 3).append(", 0, ?4)");
            next += 4;
        }
        Query insert = em.createNativeQuery(sql.toString())
                .setParameter(1, eventKey)
                .setParameter(2, kind.name())
                .setParameter(3, environment)
                .setParameter(4, now);
        for (int p = 0; p < payloads.size(); p++) {
            insert.setParameter(SHARED + 1 + p, payloads.get(p));
        }
        int position = SHARED + payloads.size() + 1;
        for (Row row : rows) {
            insert.setParameter(position, row.subscriberId())
                    .setParameter(position + 1, row.subscriptionId())
                    .setParameter(position + 2, row.cadence().name())
                    .setParameter(position + 3, row.dueAt());
            position += 4;
        }
        insert.executeUpdate();
    }
}
