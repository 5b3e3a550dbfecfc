package org.ordinancewatch.alert.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ordinancewatch.alert.AlertConfig;
import org.ordinancewatch.alert.subscriptions.Cadence;
import org.ordinancewatch.alert.subscriptions.Subscriber;
import org.ordinancewatch.alert.subscriptions.Subscription;

/**
 * Writes alerts into the outbox, inside the caller's transaction: the alert exists if and only if the
 * change that caused it was committed.
 */
@ApplicationScoped
public class Outbox {

    private final AlertConfig config;
    private final ObjectMapper json;
    private final Clock clock;
    private final DigestSchedule schedule;
    private final EntityManager em;

    public Outbox(AlertConfig config, ObjectMapper json, Clock clock, EntityManager em) {
        this.config = config;
        this.json = json;
        this.clock = clock;
        this.em = em;
        this.schedule = new DigestSchedule(config.digest().weeklyDay());
    }

    /**
     * Adds one alert unless this subscriber already has one for the event (a rerun of a job, a second
     * subscription matching the same change). Returns whether a row was written.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean add(Subscriber subscriber, Subscription subscription, AlertKind kind, String eventKey,
            AlertContent content) {
        if (Alert.exists(subscriber, eventKey)) {
            return false;
        }
        insert(subscriber, subscription, kind, eventKey, content);
        return true;
    }

    /**
     * One event told to every matching subscription (one per subscriber, as the triggers' matcher picks them), skipping
     * subscribers who already have an alert for it. Costs a fixed few statements per 500 alerts whatever the number
     * of subscribers: who was already told is read once (among the subscribers given), and the alerts are written
     * by multi-row INSERTs, never entering the persistence context. Returns how many alerts were written.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int addAll(List<Subscription> matches, AlertKind kind, String eventKey, AlertContent shared) {
        if (matches.isEmpty()) {
            return 0;
        }
        LongSummaryStatistics ids = matches.stream().mapToLong(s -> s.subscriber.id).summaryStatistics();
        Set<Long> told = new HashSet<>(em.createQuery("select a.subscriber.id from Alert a where a.eventKey = :key"
                + " and a.subscriber.id between :min and :max", Long.class).setParameter("key", eventKey)
                .setParameter("min", ids.getMin()).setParameter("max", ids.getMax()).getResultList());
        Instant now = clock.instant();
        // Worded once per kind of subscription, not once per subscriber: naming a followed place reads it.
        Map<String, Integer> payloadOf = new HashMap<>();
        List<String> payloads = new ArrayList<>();
        Map<String, Instant> dueOf = new HashMap<>();
        List<AlertRows.Row> rows = new ArrayList<>();
        for (Subscription s : matches) {
            if (told.add(s.subscriber.id)) {
                int payload = payloadOf.computeIfAbsent(s.scope + "|" + s.target + "|" + s.kindsText() + "|" + s.cadence,
                        k -> {
                            payloads.add(write(shared.toBuilder().why(Texts.why(s)).build()));
                            return payloads.size() - 1;
                        });
                Subscriber subscriber = s.subscriber;
                Instant due = dueOf.computeIfAbsent(s.cadence + "|" + subscriber.timezone + "|" + subscriber.digestHour,
                        k -> dueAt(s.cadence, now, subscriber));
                rows.add(new AlertRows.Row(subscriber.id, s.id, s.cadence, due, payload));
            }
        }
        AlertRows.insert(em, eventKey, kind, config.environment(), now, payloads, rows);
        return rows.size();
    }

    private Alert insert(Subscriber subscriber, Subscription subscription, AlertKind kind, String eventKey,
            AlertContent content) {
        Instant now = clock.instant();
        Alert alert = new Alert();
        alert.subscriber = subscriber;
        alert.subscriptionId = subscription == null ? null : subscription.id;
        alert.eventKey = eventKey;
        alert.kind = kind;
        alert.cadence = subscription == null || kind == AlertKind.CONFIRMATION ? Cadence.IMMEDIATE : subscription.cadence;
        alert.environment = config.environment();
        alert.payload = write(content);
        alert.status = Alert.Delivery.PENDING;
        alert.dueAt = dueAt(alert.cadence, now, subscriber);
        alert.nextAttemptAt = alert.dueAt;
        alert.attempts = 0;
        alert.createdAt = now;
        alert.persist();
        return alert;
    }

    /** Moves a subscriber's pending alerts to their subscriptions' (new) cadence, at the subscriber's (new) hour and zone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reschedule(Subscriber subscriber) {
        Instant now = clock.instant();
        for (Alert alert : Alert.<Alert>list("subscriber = ?1 and status = ?2 and kind <> ?3", subscriber,
                Alert.Delivery.PENDING, AlertKind.CONFIRMATION)) {
            Subscription subscription = alert.subscriptionId == null ? null : Subscription.findById(alert.subscriptionId);
            if (subscription != null) {
                alert.cadence = subscription.cadence;
            }
            Instant due = dueAt(alert.cadence, now, subscriber);
            alert.dueAt = due;
            if (alert.attempts == 0) {
                alert.nextAttemptAt = due;
            }
        }
    }

    private Instant dueAt(Cadence cadence, Instant now, Subscriber subscriber) {
        return schedule.dueAt(cadence, now, subscriber.zone(), subscriber.digestHour(config.digest().hour()));
    }

    public AlertContent read(Alert alert) {
        try {
            return json.readValue(alert.payload, AlertContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("alert " + alert.id + " has an unreadable payload", e);
        }
    }

    /** A payload {@link #write} wrote. */
    public AlertContent read(String payload) {
        try {
            return json.readValue(payload, AlertContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an unreadable payload", e);
        }
    }

    /** The content as an alert's payload. */
    public String write(AlertContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("alert content cannot be written as JSON", e);
        }
    }
}
