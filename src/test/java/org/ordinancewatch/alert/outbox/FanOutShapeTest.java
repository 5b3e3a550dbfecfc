package org.ordinancewatch.alert.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.ordinancewatch.alert.AlertTestBase;
import org.ordinancewatch.alert.AlertTestData;
import org.ordinancewatch.alert.AlertTestProfile;
import org.ordinancewatch.alert.subscriptions.Cadence;
import org.ordinancewatch.alert.subscriptions.Scope;
import org.ordinancewatch.alert.subscriptions.Subscriber;
import org.ordinancewatch.alert.subscriptions.Subscription;
import org.ordinancewatch.model.Status;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A status change in scope of many subscribers writes one alert each in one statement each, plus a fixed few:
 * no check query per subscriber, and no flush that walks a session growing with the fan-out (which made a change
 * seen by 10,000 subscribers outlast its transaction and be lost). Counted at two sizes; the difference is exactly
 * the added subscribers' inserts.
 */
@QuarkusTest
@TestProfile(AlertTestProfile.class)
class FanOutShapeTest extends AlertTestBase {

    @Inject
    EntityManager em;

    @Test
    void eachSubscriberCostsOneInsertAndIsToldOnce() {
        long small = statementsForAChangeSeenBy(150);
        long large = statementsForAChangeSeenBy(450);
        assertThat(large - small).as("statements added by 300 more subscribers").isBetween(300L, 305L);
    }

    @Test
    void aSubscriberAlreadyToldIsNotToldAgain() {
        AlertTestData.Place place = data.place();
        subscribers(40, place.jurisdiction());
        data.move(place.measure(), Status.PASSED);
        assertThat(alerts()).isEqualTo(40);
        long changeId = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select max(c.id) from StatusChange c where c.measure.slug = :m", Long.class)
                .setParameter("m", place.measure()).getSingleResult());
        QuarkusTransaction.requiringNew().run(() -> {
            var matches = em.createQuery("select s from Subscription s join fetch s.subscriber", Subscription.class)
                    .getResultList();
            int written = outbox.addAll(matches, AlertKind.STATUS_CHANGE, "status:" + changeId,
                    AlertContent.builder("again").build());
            assertThat(written).isZero();
        });
        assertThat(alerts()).isEqualTo(40);
    }

    @Inject
    Outbox outbox;

    private long statementsForAChangeSeenBy(int subscribers) {
        data.clearAlerts();
        AlertTestData.Place place = data.place();
        subscribers(subscribers, place.jurisdiction());
        Statistics stats = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        long before = stats.getPrepareStatementCount();
        data.move(place.measure(), Status.PASSED);
        long used = stats.getPrepareStatementCount() - before;
        assertThat(alerts()).isEqualTo(subscribers);
        return used;
    }

    private long alerts() {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery("select count(a) from Alert a", Long.class).getSingleResult());
    }

    /** Confirmed subscribers following the jurisdiction's status changes, written directly. */
    private void subscribers(int count, String jurisdiction) {
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                Subscriber subscriber = new Subscriber();
                subscriber.email = "fan" + i + "-" + jurisdiction + "@example.org";
                subscriber.environment = "test";
                subscriber.timezone = "UTC";
                subscriber.linkSalt = "salt" + i;
                subscriber.confirmedAt = now;
                subscriber.createdAt = now;
                subscriber.persist();
                Subscription s = new Subscription();
                s.subscriber = subscriber;
                s.scope = Scope.JURISDICTION;
                s.target = jurisdiction;
                s.statusChanges = true;
                s.cadence = Cadence.IMMEDIATE;
                s.confirmedAt = now;
                s.createdAt = now;
                s.persist();
            }
        });
    }
}
