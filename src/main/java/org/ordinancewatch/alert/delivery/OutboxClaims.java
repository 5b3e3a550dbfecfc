package org.ordinancewatch.alert.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.mailer.MailTemplate.MailTemplateInstance;
import org.jboss.logging.Logger;
import org.ordinancewatch.alert.AlertConfig;
import org.ordinancewatch.alert.outbox.Alert;
import org.ordinancewatch.alert.outbox.Outbox;

/**
 * Takes due outbox rows for one dispatcher and composes their emails, in one transaction. The rows are read
 * {@code FOR UPDATE SKIP LOCKED}, so a node claiming at the same moment passes over them, and leased: their next
 * attempt moves to the end of the lease, so no other node takes them while this one sends. A node that dies
 * mid-send leaves them pending, to be taken again once the lease ends (the same emails, the same Message-IDs).
 */
@ApplicationScoped
public class OutboxClaims {

    private static final Logger LOG = Logger.getLogger(OutboxClaims.class);

    /** One email to send, its subscriber, and the alerts it carries. */
    public record Envelope(long subscriberId, List<Long> alertIds, MailTemplateInstance mail) {
    }

    /**
     * What one claim took: the emails, how many rows were due (before a digest was completed), and how many rows
     * had to be given up on unread.
     */
    public record Claim(List<Envelope> envelopes, int due, int unreadable) {
    }

    private final AlertConfig config;
    private final AlertMails mails;
    private final Outbox outbox;
    private final EntityManager em;

    public OutboxClaims(AlertConfig config, AlertMails mails, Outbox outbox, EntityManager em) {
        this.config = config;
        this.mails = mails;
        this.outbox = outbox;
        this.em = em;
    }

    /**
     * Up to {@code limit} due rows, oldest first, leased until {@code leaseUntil}. A subscriber's digest is taken
     * whole once any of its alerts is due, so it is never split over two emails (a claim may go past the limit).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Claim claim(Instant now, int limit, Instant leaseUntil) {
        // Found unlocked (locking while scanning the pending outbox costs several times more), then locked by id
        // with the condition checked again, so a row another node leased in between is passed over.
        List<Long> found = ids("select id from alert where status = 'PENDING' and environment = :env"
                + " and due_at <= :now and next_attempt_at <= :now and exists (select 1 from subscriber s"
                + " where s.id = alert.subscriber_id and s.environment = :env) order by id limit " + limit, now, List.of());
        if (found.isEmpty()) {
            return new Claim(List.of(), 0, 0);
        }
        List<Long> due = ids("select id from alert where id in (:ids) and status = 'PENDING' and environment = :env"
                + " and next_attempt_at <= :now order by id for update skip locked", now, found);
        if (due.isEmpty()) {
            return new Claim(List.of(), found.size(), 0);
        }
        List<Alert> rows = load(due);
        List<Long> digestSubscribers = rows.stream().filter(a -> a.cadence.isDigest()).map(a -> a.subscriber.id)
                .distinct().toList();
        if (!digestSubscribers.isEmpty()) {
            // Whatever wait a failed attempt set on some of them: a digest goes out whole.
            List<Long> rest = ids("select id from alert where status = 'PENDING' and environment = :env"
                    + " and cadence <> 'IMMEDIATE' and due_at <= :now and subscriber_id in (:subscribers)"
                    + " order by id for update skip locked", now, digestSubscribers);
            rows = new ArrayList<>(rows);
            rows.addAll(load(rest.stream().filter(id -> !due.contains(id)).toList()));
        }
        Claim claim = compose(rows, found.size());
        em.flush();
        extendLease(rows.stream().map(a -> a.id).toList(), leaseUntil);
        return claim;
    }

    /** Keeps claimed rows from other nodes while this one is still sending the ones before them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void extendLease(List<Long> ids, Instant until) {
        em.createQuery("update Alert set nextAttemptAt = :until where id in :ids and status = :pending")
                .setParameter("until", until).setParameter("ids", ids)
                .setParameter("pending", Alert.Delivery.PENDING).executeUpdate();
    }

    private List<Long> ids(String sql, Instant now, Collection<Long> listed) {
        var query = em.createNativeQuery(sql, Long.class).setParameter("env", config.environment())
                .setParameter("now", now);
        if (sql.contains(":ids")) {
            query.setParameter("ids", listed);
        } else if (sql.contains(":subscribers")) {
            query.setParameter("subscribers", listed);
        }
        @SuppressWarnings("unchecked")
        List<Long> ids = query.getResultList();
        return ids;
    }

    private List<Alert> load(List<Long> ids) {
        return ids.isEmpty() ? List.of()
                : em.createQuery("select a from Alert a join fetch a.subscriber where a.id in :ids order by a.id",
                        Alert.class).setParameter("ids", ids).getResultList();
    }

    private Claim compose(List<Alert> rows, int due) {
        List<Envelope> envelopes = new ArrayList<>();
        Map<Long, List<AlertMails.Item>> digests = new LinkedHashMap<>();
        int unreadable = 0;
        for (Alert alert : rows) {
            Optional<AlertMails.Item> item = read(alert);
            if (item.isEmpty()) {
                unreadable++;
            } else if (!alert.cadence.isDigest()) {
                envelopes.add(new Envelope(alert.subscriber.id, List.of(alert.id), mails.single(item.get())));
            } else {
                digests.computeIfAbsent(alert.subscriber.id, k -> new ArrayList<>()).add(item.get());
            }
        }
        for (List<AlertMails.Item> items : digests.values()) {
            items.sort((a, b) -> Long.compare(a.alert().id, b.alert().id));
            envelopes.add(new Envelope(items.get(0).alert().subscriber.id, items.stream().map(i -> i.alert().id).toList(),
                    mails.digest(items)));
        }
        return new Claim(envelopes, due, unreadable);
    }

    /** The row with what it says; a row that cannot be read will never be, so it is marked failed at once. */
    private Optional<AlertMails.Item> read(Alert alert) {
        try {
            return Optional.of(new AlertMails.Item(alert, outbox.read(alert)));
        } catch (RuntimeException e) {
            LOG.errorf("Alert %d cannot be read and is marked failed: %s", alert.id, e.toString());
            alert.status = Alert.Delivery.FAILED;
            alert.attempts++;
            alert.lastError = AlertDispatcher.shorten(String.valueOf(e.getMessage()));
            return Optional.empty();
        }
    }
}
