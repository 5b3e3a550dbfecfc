package org.ordinancewatch.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.ordinancewatch.alert.subscriptions.Cadence;
import org.ordinancewatch.alert.subscriptions.Scope;
import org.ordinancewatch.alert.subscriptions.Subscriber;
import org.ordinancewatch.alert.subscriptions.Subscription;

/** Confirmed subscribers written directly, many at a time, and what the outbox holds for them. */
@ApplicationScoped
public class Followers {

    private final EntityManager em;

    public Followers(EntityManager em) {
        this.em = em;
    }

    /** {@code count} subscribers (zone UTC) each following the jurisdiction's status changes; their ids in order. */
    @Transactional
    public List<Long> ofJurisdiction(int count, String jurisdiction) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Subscriber subscriber = subscriber("fan" + i + "-" + jurisdiction + "@example.org", "UTC", null);
            follow(subscriber, Scope.JURISDICTION, jurisdiction, Cadence.IMMEDIATE);
            ids.add(subscriber.id);
        }
        return ids;
    }

    @Transactional
    public Subscriber subscriber(String email, String zone, Integer digestHour) {
        Instant now = Instant.now();
        Subscriber subscriber = new Subscriber();
        subscriber.email = email;
        subscriber.environment = "test";
        subscriber.timezone = zone;
        subscriber.digestHour = digestHour;
        subscriber.linkSalt = "salt-" + email;
        subscriber.confirmedAt = now;
        subscriber.createdAt = now;
        subscriber.persist();
        return subscriber;
    }

    /** A confirmed subscription to status changes. */
    @Transactional
    public Subscription follow(Subscriber subscriber, Scope scope, String target, Cadence cadence) {
        Instant now = Instant.now();
        Subscription s = new Subscription();
        s.subscriber = em.merge(subscriber);
        s.scope = scope;
        s.target = target;
        s.statusChanges = true;
        s.cadence = cadence;
        s.confirmedAt = now;
        s.createdAt = now;
        s.persist();
        return s;
    }

    @Transactional
    public void setZone(long subscriberId, String zone) {
        em.find(Subscriber.class, subscriberId).timezone = zone;
    }

    @Transactional
    public long alerts() {
        return em.createQuery("select count(a) from Alert a", Long.class).getSingleResult();
    }

    /** How many of these subscribers have an alert. */
    @Transactional
    public long told(List<Long> subscriberIds) {
        return em.createQuery("select count(distinct a.subscriber.id) from Alert a where a.subscriber.id in :ids",
                Long.class).setParameter("ids", subscriberIds).getSingleResult();
    }

    /** The newest fan-out's id. */
    @Transactional
    public long lastFanOut() {
        return em.createQuery("select max(f.id) from FanOut f", Long.class).getSingleResult();
    }
}
