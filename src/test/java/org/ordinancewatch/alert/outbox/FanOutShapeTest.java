package org.ordinancewatch.alert.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ordinancewatch.alert.AlertTestData;
import org.ordinancewatch.alert.FanOutTestProfile;
import org.ordinancewatch.alert.Followers;
import org.ordinancewatch.alert.subscriptions.Subscription;
import org.ordinancewatch.alert.triggers.FanOuts;
import org.ordinancewatch.model.Status;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A status change costs its own transaction the same few statements whoever follows it: one fan-out row, no
 * alert (10,000 alerts written in the change's transaction made it outlast the transaction timeout and be lost).
 * The fan-out is then expanded a batch of subscribers per transaction, each batch costing the same few statements
 * (multi-row inserts, no statement per subscriber). The profile leaves expansion to the test, 100 subscribers a
 * batch.
 */
@QuarkusTest
@TestProfile(FanOutTestProfile.class)
class FanOutShapeTest {

    @Inject
    AlertTestData data;

    /** No mail is sent here: the test SMTP server belongs to the alert test profile's run, not this one's. */
    @BeforeEach
    void cleanSlate() {
        data.clearAlerts();
    }

    @Inject
    EntityManager em;

    @Inject
    Followers followers;

    @Inject
    FanOuts fanOuts;

    @Inject
    Outbox outbox;

    @Test
    void theChangeCostsTheSameWhoeverFollowsIt() {
        long small = statementsOfTheChange(150);
        long large = statementsOfTheChange(450);
        assertThat(large).as("statements of a change seen by 450 (150: %d)", small).isEqualTo(small);
        assertThat(small).isLessThan(40);
    }

    @Test
    void expansionCostsTheSameEveryBatch() {
        List<Long> small = statementsPerBatch(150);
        List<Long> large = statementsPerBatch(450);
        assertThat(small).as("batches of 100 for 150 subscribers").hasSize(2);
        assertThat(large).as("batches of 100 for 450 subscribers").hasSize(5);
        long full = small.get(0);
        assertThat(large.subList(0, 4)).as("each full batch").containsOnly(full);
        assertThat(large.get(4)).as("the last, partial batch").isEqualTo(small.get(1));
        assertThat(full).as("statements of a batch of 100").isLessThan(15);
    }

    @Test
    void aSubscriberAlreadyToldIsNotToldAgain() {
        AlertTestData.Place place = data.place();
        followers.ofJurisdiction(40, place.jurisdiction());
        data.move(place.measure(), Status.PASSED);
        fanOuts.finishUnfinished();
        assertThat(followers.alerts()).isEqualTo(40);
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
        assertThat(followers.alerts()).isEqualTo(40);
    }

    private long statementsOfTheChange(int subscribers) {
        data.clearAlerts();
        AlertTestData.Place place = data.place();
        followers.ofJurisdiction(subscribers, place.jurisdiction());
        long before = statistics().getPrepareStatementCount();
        data.move(place.measure(), Status.PASSED);
        long used = statistics().getPrepareStatementCount() - before;
        assertThat(followers.alerts()).as("alerts before expansion").isZero();
        assertThat(fanOuts.finishUnfinished()).isEqualTo(1);
        assertThat(followers.alerts()).isEqualTo(subscribers);
        return used;
    }

    private List<Long> statementsPerBatch(int subscribers) {
        data.clearAlerts();
        AlertTestData.Place place = data.place();
        List<Long> ids = followers.ofJurisdiction(subscribers, place.jurisdiction());
        data.move(place.measure(), Status.PASSED);
        long fanOut = followers.lastFanOut();
        List<Long> batches = new ArrayList<>();
        FanOuts.Progress progress = FanOuts.Progress.MORE;
        while (progress == FanOuts.Progress.MORE && batches.size() < 100) {
            long before = statistics().getPrepareStatementCount();
            progress = fanOuts.expand(fanOut, 1);
            batches.add(statistics().getPrepareStatementCount() - before);
        }
        assertThat(progress).isEqualTo(FanOuts.Progress.FINISHED);
        assertThat(followers.alerts()).isEqualTo(subscribers);
        assertThat(followers.told(ids)).isEqualTo(subscribers);
        return Collections.unmodifiableList(batches);
    }

    private Statistics statistics() {
        return em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
    }
}
