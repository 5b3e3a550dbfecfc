package org.ordinancewatch.alert.triggers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ordinancewatch.alert.AlertTestData;
import org.ordinancewatch.alert.FanOutTestProfile;
import org.ordinancewatch.alert.Followers;
import org.ordinancewatch.alert.outbox.Alert;
import org.ordinancewatch.alert.outbox.DigestSchedule;
import org.ordinancewatch.alert.outbox.Outbox;
import org.ordinancewatch.alert.subscriptions.Cadence;
import org.ordinancewatch.alert.subscriptions.Scope;
import org.ordinancewatch.alert.subscriptions.Subscriber;
import org.ordinancewatch.model.Status;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A fan-out interrupted (a batch failing, a node holding it) is finished later with every subscriber told once, and
 * the alerts it writes are those a change used to write itself: a digest due at the subscriber's own hour, one
 * alert naming the most specific subscription.
 */
@QuarkusTest
@TestProfile(FanOutTestProfile.class)
class FanOutResumeTest {

    @Inject
    AlertTestData data;

    /** No mail is sent here: the test SMTP server belongs to the alert test profile's run, not this one's. */
    @BeforeEach
    void cleanSlate() {
        data.clearAlerts();
    }

    @Inject
    Followers followers;

    @Inject
    FanOuts fanOuts;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Test
    void anExpansionInterruptedAfterABatchIsFinishedWithEveryoneToldOnce() throws Exception {
        AlertTestData.Place place = data.place();
        List<Long> ids = followers.ofJurisdiction(450, place.jurisdiction());
        data.move(place.measure(), Status.PASSED);
        long fanOut = followers.lastFanOut();
        assertThat(fanOuts.expand(fanOut, 1)).isEqualTo(FanOuts.Progress.MORE);
        assertThat(followers.alerts()).isEqualTo(FanOutTestProfile.BATCH);

        // The second batch fails half-way (a subscriber's zone no longer exists): nothing of it is kept.
        followers.setZone(ids.get(150), "Nowhere/Atlantis");
        assertThatThrownBy(() -> fanOuts.expand(fanOut, 10)).hasStackTraceContaining("Nowhere/Atlantis");
        assertThat(followers.alerts()).isEqualTo(FanOutTestProfile.BATCH);
        assertThat(cursor(fanOut)).isEqualTo(ids.get(FanOutTestProfile.BATCH - 1));
        followers.setZone(ids.get(150), "UTC");

        // Another node holds it: the job passes over it.
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> otherNode = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("select id from alert_fanout where id = :id for update").setParameter("id", fanOut)
                    .getResultList();
            held.countDown();
            await(release);
        }));
        assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(fanOuts.finishUnfinished()).isZero();
        assertThat(followers.alerts()).isEqualTo(FanOutTestProfile.BATCH);
        release.countDown();
        otherNode.get(30, TimeUnit.SECONDS);

        assertThat(fanOuts.finishUnfinished()).isEqualTo(1);
        assertThat(followers.alerts()).isEqualTo(450);
        assertThat(followers.told(ids)).isEqualTo(450);
        assertThat(fanOuts.finishUnfinished()).as("nothing left").isZero();
    }

    @Test
    void digestsAreDueAtTheSubscribersHourAndTheMostSpecificSubscriptionIsNamed() {
        AlertTestData.Place place = data.place();
        Subscriber tokyo = followers.subscriber("tokyo@example.org", "Asia/Tokyo", 18);
        followers.follow(tokyo, Scope.JURISDICTION, place.jurisdiction(), Cadence.DAILY);
        Subscriber both = followers.subscriber("both@example.org", "UTC", null);
        followers.follow(both, Scope.REGION, "ZZ", Cadence.IMMEDIATE);
        followers.follow(both, Scope.MEASURE, place.measure(), Cadence.WEEKLY);
        followers.follow(both, Scope.JURISDICTION, place.jurisdiction(), Cadence.IMMEDIATE);
        data.move(place.measure(), Status.PASSED);
        assertThat(fanOuts.finishUnfinished()).isEqualTo(1);

        Alert daily = data.onlyAlert("tokyo@example.org");
        assertThat(daily.cadence).isEqualTo(Cadence.DAILY);
        assertThat(daily.dueAt).isEqualTo(new DigestSchedule(DayOfWeek.MONDAY)
                .dueAt(Cadence.DAILY, daily.createdAt, ZoneId.of("Asia/Tokyo"), 18));
        assertThat(outbox.read(daily).why()).contains("Alertville").contains("daily digest");

        Alert one = data.onlyAlert("both@example.org");
        assertThat(one.cadence).isEqualTo(Cadence.WEEKLY);
        assertThat(one.dueAt).isEqualTo(new DigestSchedule(DayOfWeek.MONDAY)
                .dueAt(Cadence.WEEKLY, one.createdAt, ZoneId.of("UTC"), 7));
        assertThat(outbox.read(one).why()).contains("“Ordinance banning face surveillance in Alertville")
                .contains("weekly digest");
        assertThat(outbox.read(one).headline()).contains("is now");
    }

    private long cursor(long fanOut) {
        return QuarkusTransaction.requiringNew().call(() -> FanOut.<FanOut>findById(fanOut).lastSubscriberId);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
