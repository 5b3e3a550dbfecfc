package org.ordinancewatch.alert.outbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.ordinancewatch.alert.subscriptions.Cadence;
import org.ordinancewatch.alert.subscriptions.Subscriber;

/**
 * A row of the transactional outbox: an email owed to a subscriber, written in the transaction of the
 * change that caused it, claimed in batches and sent by the dispatcher ({@code alert.delivery}).
 */
@Entity
public class Alert extends PanacheEntityBase {

    public enum Delivery {
        PENDING, SENT, FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "subscriber_id")
    public Subscriber subscriber;

    /** The subscription that matched; kept as a plain id so removing the subscription keeps the row. */
    @Column(name = "subscription_id")
    public Long subscriptionId;

    /** Unique per subscriber: the same event never becomes two alerts for one person. */
    @Column(name = "event_key", nullable = false)
    public String eventKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AlertKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Cadence cadence;

    @Column(nullable = false)
    public String environment;

    /** {@link AlertContent} as JSON: what the email says, captured when the event happened. */
    @Column(nullable = false)
    public String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Delivery status;

    /** Now for immediate alerts, the digest time for digest alerts. */
    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    public static boolean exists(Subscriber subscriber, String eventKey) {
        return count("subscriber = ?1 and eventKey = ?2", subscriber, eventKey) > 0;
    }

    /** Drops a subscription's unsent alerts of the given kinds. */
    public static long deletePending(long subscriptionId, Collection<AlertKind> kinds) {
        return kinds.isEmpty() ? 0
                : delete("subscriptionId = ?1 and status = ?2 and kind in ?3", subscriptionId, Delivery.PENDING, kinds);
    }

    /** Drops what this environment has not sent yet for an event that is no longer true (a moved hearing). */
    public static long deletePending(String environment, String eventKey) {
        return delete("environment = ?1 and eventKey = ?2 and status = ?3", environment, eventKey, Delivery.PENDING);
    }

    /** Whether the subscriber was told (or is about to be told) about a meeting: a reminder or a change of it. */
    public static boolean toldAboutMeeting(Subscriber subscriber, long meetingId) {
        return count("subscriber = ?1 and status in ?2 and (eventKey like ?3 or eventKey like ?4)", subscriber,
                List.of(Delivery.PENDING, Delivery.SENT), "hearing:" + meetingId + ":%",
                "hearing-change:" + meetingId + ":%") > 0;
    }

    /** The subscribers this environment has already emailed about an event. */
    public static List<Subscriber> toldAbout(String environment, String eventKey) {
        return getEntityManager().createQuery("select distinct a.subscriber from Alert a where a.environment = ?1 "
                + "and a.eventKey = ?2 and a.status = ?3", Subscriber.class).setParameter(1, environment)
                .setParameter(2, eventKey).setParameter(3, Delivery.SENT).getResultList();
    }

    public static long countByStatus(Delivery status) {
        return count("status", status);
    }
}
