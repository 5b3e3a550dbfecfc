package org.ordinancewatch.alert.delivery;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import org.ordinancewatch.alert.AlertTestBase;
import org.ordinancewatch.alert.AlertTestData;
import org.ordinancewatch.alert.AlertTestProfile;
import org.ordinancewatch.alert.Mails;
import org.ordinancewatch.alert.Smtp;
import org.ordinancewatch.alert.outbox.Alert;
import org.ordinancewatch.alert.outbox.AlertKind;
import org.ordinancewatch.testing.Accounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ordinancewatch.model.Status;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The outbox under trouble: SMTP outages, retries, digests, idempotency, and the admin counts. */
@QuarkusTest
@TestProfile(AlertTestProfile.class)
class DeliveryTest extends AlertTestBase {

    @Inject
    ReactiveMailer mailer;

    /**
     * After an outage the mailer's first send can hang until its timeout; a throwaway send takes that hit
     * here, so the next test's confirmation email is not the one lost to it.
     */
    @AfterEach
    void smtpBackUp() {
        Smtp.up();
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                mailer.send(Mail.withText("warm-up@example.org", "warm-up", "after an outage")).await()
                        .atMost(Duration.ofSeconds(10));
                return;
            } catch (RuntimeException e) {
                // the hit this is for; the next send goes through
            }
        }
    }

    @Test
    void anHourOfSmtpOutageLosesNothingAndSendsNothingTwice() {
        AlertTestData.Place place = data.place();
        subscribed("amy@example.org", "jurisdiction:" + place.jurisdiction(), "immediate", "status");
        Smtp.down();
        data.move(place.measure(), Status.PASSED);
        data.move(place.measure(), Status.IN_FORCE);
        Instant start = Instant.now();
        for (int minute = 0; minute <= 60; minute += 5) {
            dispatcher.dispatch(start.plus(Duration.ofMinutes(minute)));
        }
        assertThat(data.alerts("amy@example.org", Alert.Delivery.PENDING)).as(data.describe("amy@example.org"))
                .isEqualTo(2);
        Smtp.up();
        dispatcher.dispatch(start.plus(Duration.ofMinutes(75)));
        dispatcher.dispatch(start.plus(Duration.ofMinutes(90)));
        assertThat(Smtp.receivedBy("amy@example.org")).extracting(Mails::subject)
                .hasSize(2)
                .anyMatch(s -> s.endsWith("is now Passed"))
                .anyMatch(s -> s.endsWith("is now In force"));
        assertThat(data.alerts("amy@example.org", Alert.Delivery.SENT)).as("the confirmation request and both alerts")
                .isEqualTo(3);
        assertThat(data.alerts("amy@example.org", Alert.Delivery.PENDING)).isZero();
    }

    @Test
    void failedSendsAreRetriedWithGrowingWaits() {
        AlertTestData.Place place = data.place();
        subscribed("bob@example.org", "jurisdiction:" + place.jurisdiction(), "immediate", "status");
        Smtp.down();
        data.move(place.measure(), Status.PASSED);
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        assertThat(dispatcher.dispatch(t0).failed()).isEqualTo(1);
        assertThat(data.onlyAlert("bob@example.org").nextAttemptAt).isEqualTo(t0.plusSeconds(30));
        assertThat(dispatcher.dispatch(t0.plusSeconds(10)).failed()).as("not due again yet").isZero();
        dispatcher.dispatch(t0.plusSeconds(30));
        Alert alert = data.onlyAlert("bob@example.org");
        assertThat(alert.attempts).isEqualTo(2);
        assertThat(alert.nextAttemptAt).isEqualTo(t0.plusSeconds(30 + 60));
        assertThat(alert.lastError).isNotBlank();
    }

    @Test
    void afterTheLastAttemptAnAlertIsMarkedFailed() {
        AlertTestData.Place place = data.place();
        subscribed("abe@example.org", "jurisdiction:" + place.jurisdiction(), "immediate", "status");
        Smtp.down();
        data.move(place.measure(), Status.PASSED);
        Instant at = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.MILLIS);
        for (int attempt = 1; attempt <= 30; attempt++) {
            assertThat(dispatcher.dispatch(at).failed()).as("attempt " + attempt).isEqualTo(1);
            Alert alert = data.onlyAlert("abe@example.org");
            assertThat(alert.attempts).isEqualTo(attempt);
            if (attempt < 30) {
                assertThat(alert.status).isEqualTo(Alert.Delivery.PENDING);
                assertThat(Duration.between(at, alert.nextAttemptAt)).as("wait after attempt " + attempt)
                        .isEqualTo(attempt >= 6 ? Duration.ofMinutes(10) : Duration.ofSeconds(30L << (attempt - 1)));
                at = alert.nextAttemptAt;
            }
        }
        Alert alert = data.onlyAlert("abe@example.org");
        assertThat(alert.status).isEqualTo(Alert.Delivery.FAILED);
        assertThat(alert.lastError).isNotBlank();
        Smtp.up();
        assertThat(dispatcher.dispatch(at.plus(Duration.ofDays(1))).sent()).as("a failed alert is not retried").isZero();
    }

    @Test
    void thirtyAttemptsSpanAboutFourAndAQuarterHours() {
        Duration total = Duration.ZERO;
        for (int attempt = 1; attempt < 30; attempt++) {
            total = total.plus(dispatcher.backoff(attempt));
        }
        assertThat(total).isEqualTo(Duration.ofSeconds(30 + 60 + 120 + 240 + 480 + 24 * 600));
        assertThat(total.toMinutes()).isEqualTo(255);
    }

    @Test
    void anAlertWhoseTransactionRollsBackLeavesNoRow() {
        AlertTestData.Place place = data.place();
        subscribed("ben@example.org", "jurisdiction:" + place.jurisdiction(), "immediate", "status");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            data.move(place.measure(), Status.PASSED);
            assertThat(data.fanOutRows()).as("the fan-out, written in the change's transaction").isEqualTo(1);
            throw new IllegalStateException("the change fails after its status moved");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(data.fanOutRows()).isZero();
        assertThat(data.kinds("ben@example.org")).isEmpty();
        dispatchNow();
        assertThat(Smtp.receivedBy("ben@example.org")).isEmpty();
    }

    @Test
    void anUnreadableAlertIsMarkedFailedAndTheOthersAreSent() {
        AlertTestData.Place place = data.place();
        subscribed("cid@example.org", "jurisdiction:" + place.jurisdiction(), "immediate", "status");
        data.move(place.measure(), Status.PASSED);
        data.move(place.measure(), Status.IN_FORCE);
        long spoilt = data.corruptOldestAlert("cid@example.org");
        AlertDispatcher.Report report = dispatchNow();
        assertThat(report.sent()).isEqualTo(1);
        assertThat(report.failed()).isEqualTo(1);
        assertThat(Smtp.receivedBy("cid@example.org")).extracting(Mails::subject).singleElement().asString()
                .endsWith("is now In force");
        Alert alert = data.alert(spoilt);
        assertThat(alert.status).isEqualTo(Alert.Delivery.FAILED);
        assertThat(alert.lastError).contains("unreadable payload");
    }

    @Test
    void anUnreadableAlertIsLeftOutOfItsDigest() {
        AlertTestData.Place place = data.place();
        subscribed("dee@example.org", "jurisdiction:" + place.jurisdiction(), "daily", "status");
        data.move(place.measure(), Status.PASSED);
        data.move(place.measure(), Status.IN_FORCE);
        long spoilt = data.corruptOldestAlert("dee@example.org");
        dispatcher.dispatch(Instant.now().plus(Duration.ofDays(1)).plusSeconds(60));
        assertThat(Smtp.receivedBy("dee@example.org")).extracting(Mails::subject)
                .containsExactly("[test] Your daily Ordinance Watch digest: 1 update");
        assertThat(data.alert(spoilt).status).isEqualTo(Alert.Delivery.FAILED);
    }

    @Test
    void dailyAndWeeklyDigestAlertsOfOneSubscriberGoOutAsOneEmail() {
        AlertTestData.Place daily = data.place();
        AlertTestData.Place weekly = data.place();
        subscribed("fox@example.org", "jurisdiction:" + daily.jurisdiction(), "daily", "status");
        subscribed("fox@example.org", "jurisdiction:" + weekly.jurisdiction(), "weekly", "status");
        data.move(daily.measure(), Status.PASSED);
        data.move(weekly.measure(), Status.PASSED);
        dispatcher.dispatch(Instant.now().plus(Duration.ofDays(8)));
        assertThat(Smtp.receivedBy("fox@example.org")).extracting(Mails::subject)
                .containsExactly("[test] Your Ordinance Watch digest: 2 updates");
    }

    @Test
    void theBatchLimitNeverSplitsADigest() {
        AlertTestData.Place place = data.place();
        subscribed("ida@example.org", "jurisdiction:" + place.jurisdiction(), "daily", "status");
        data.move(place.measure(), Status.PASSED);
        data.move(place.measure(), Status.IN_FORCE);
        data.move(place.measure(), Status.REPEALED);
        Instant digestTime = Instant.now().plus(Duration.ofDays(1)).plusSeconds(60);
        assertThat(dispatcher.dispatch(digestTime, 1).sent()).isEqualTo(1);
        dispatcher.dispatch(digestTime, 1);
        assertThat(Smtp.receivedBy("ida@example.org")).extracting(Mails::subject)
                .containsExactly("[test] Your daily Ordinance Watch digest: 3 updates");
    }

    @Test
    void everyEmailHasAMessageIdMadeOfItsAlerts() {
        AlertTestData.Place place = data.place();
        subscribed("gus@example.org", "jurisdiction:" + place.jurisdiction(), "immediate", "status");
        data.move(place.measure(), Status.PASSED);
        dispatchNow();
        long id = data.onlyAlert("gus@example.org").id;
        assertThat(Mails.header(Smtp.receivedBy("gus@example.org").get(0), "Message-ID"))
                .isEqualTo("<alert-" + id + "@ow.test.example>");
    }

    @Test
    void aDigestsMessageIdNamesAllItsAlerts() {
        AlertTestData.Place place = data.place();
        subscribed("hal@example.org", "jurisdiction:" + place.jurisdiction(), "daily", "status");
        data.move(place.measure(), Status.PASSED);
        data.move(place.measure(), Status.IN_FORCE);
        dispatcher.dispatch(Instant.now().plus(Duration.ofDays(1)).plusSeconds(60));
        List<Long> ids = data.alertIds("hal@example.org");
        assertThat(Mails.header(Smtp.receivedBy("hal@example.org").get(0), "Message-ID"))
                .isEqualTo("<alert-" + ids.get(0) + "-" + ids.get(1) + "@ow.test.example>");
        assertThat(AlertMails.messageId(java.util.stream.LongStream.rangeClosed(1, 11).boxed().toList(), "h"))
                .as("a long digest").matches("<alert-1-11-[0-9a-f]{16}@h>");
    }

    @Test
    void dailyDigestWaitsForTheDigestHourInTheSubscribersZone() {
        AlertTestData.Place place = data.place();
        subscribed("cat@example.org", "jurisdiction:" + place.jurisdiction(), "daily", "status");
        data.move(place.measure(), Status.PASSED);
        Alert alert = data.onlyAlert("cat@example.org");
        assertThat(alert.dueAt.atZone(ZoneId.of("America/Chicago")).getHour()).as("the jurisdiction's zone")
                .isEqualTo(7);
        assertThat(alert.dueAt).isAfter(Instant.now()).isBefore(Instant.now().plus(Duration.ofHours(25)));
        dispatchNow();
        assertThat(Smtp.receivedBy("cat@example.org")).isEmpty();
    }

    @Test
    void digestGroupsPendingAlertsIntoOneEmail() {
        AlertTestData.Place place = data.place();
        subscribed("dan@example.org", "jurisdiction:" + place.jurisdiction(), "daily", "status");
        data.move(place.measure(), Status.PASSED);
        data.move(place.measure(), Status.IN_FORCE);
        dispatcher.dispatch(Instant.now().plus(Duration.ofDays(1)).plusSeconds(60));
        assertThat(Smtp.receivedBy("dan@example.org")).hasSize(1);
        var mail = Smtp.receivedBy("dan@example.org").get(0);
        assertThat(Mails.subject(mail)).isEqualTo("[test] Your daily Ordinance Watch digest: 2 updates");
        assertThat(Mails.text(mail)).contains("is now Passed", "is now In force", "Status: Proposed -> Passed");
        assertThat(Mails.header(mail, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
    }

    @Test
    void weeklyDigestGoesOutOnTheConfiguredDay() {
        AlertTestData.Place place = data.place();
        subscribed("eli@example.org", "jurisdiction:" + place.jurisdiction(), "weekly", "status");
        data.move(place.measure(), Status.PASSED);
        var due = data.onlyAlert("eli@example.org").dueAt.atZone(ZoneId.of("America/Chicago"));
        assertThat(due.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThat(due.getHour()).isEqualTo(7);
    }

    @Test
    void aSentAlertIsNeverSentAgain() {
        AlertTestData.Place place = data.place();
        subscribed("fin@example.org", "jurisdiction:" + place.jurisdiction(), "immediate", "status");
        data.move(place.measure(), Status.PASSED);
        dispatchNow();
        dispatchNow();
        dispatcher.dispatch(Instant.now().plus(Duration.ofDays(8)));
        assertThat(Smtp.receivedBy("fin@example.org")).hasSize(1);
    }

    @Test
    void alertsFromAnotherEnvironmentAreNotSent() {
        AlertTestData.Place place = data.place();
        subscribed("gil@example.org", "jurisdiction:" + place.jurisdiction(), "immediate", "status");
        data.move(place.measure(), Status.PASSED);
        data.retag("gil@example.org", "production");
        dispatchNow();
        assertThat(Smtp.receivedBy("gil@example.org")).isEmpty();
        assertThat(data.alerts("gil@example.org", Alert.Delivery.PENDING)).isEqualTo(1);
    }

    @Test
    void subscribersOfAnotherDeploymentAreNeitherMatchedNorMailed() {
        AlertTestData.Place place = data.place();
        String token = subscribed("jay@example.org", "jurisdiction:" + place.jurisdiction(), "daily", "status");
        data.move(place.measure(), Status.PASSED);
        data.moveSubscriber("jay@example.org", "production");
        data.move(place.measure(), Status.IN_FORCE);
        assertThat(data.kinds("jay@example.org")).as("only the alert written before the copy")
                .containsExactly(AlertKind.STATUS_CHANGE);
        dispatcher.dispatch(Instant.now().plus(Duration.ofDays(2)));
        assertThat(Smtp.receivedBy("jay@example.org")).isEmpty();
        given().get("/alerts/manage?token=" + token).then().statusCode(400);
    }

    @Test
    void anAddressMaySubscribeOnEachDeployment() {
        subscribed("kit@example.org", "everything", "immediate", "status");
        data.moveSubscriber("kit@example.org", "production");
        subscribe("kit@example.org", "everything", "immediate", "status").then().statusCode(200);
        dispatchNow();
        assertThat(Smtp.receivedBy("kit@example.org")).extracting(Mails::subject)
                .containsExactly("[test] Confirm your Ordinance Watch alerts");
        assertThat(data.subscribersWithAddress("kit@example.org")).isEqualTo(2);
    }

    @Test
    void adminEndpointCountsPendingSentAndFailed() {
        AlertTestData.Place place = data.place();
        subscribed("hub@example.org", "jurisdiction:" + place.jurisdiction(), "immediate", "status");
        subscribed("ivy@example.org", "jurisdiction:" + place.jurisdiction(), "daily", "status");
        data.move(place.measure(), Status.PASSED);
        dispatchNow();
        data.markFailed("hub@example.org");
        var json = Accounts.asAdmin().get("/api/admin/alerts").then().statusCode(200).extract().jsonPath();
        assertThat(json.getLong("pending")).isEqualTo(1);
        assertThat(json.getLong("sent")).as("two confirmation requests and one alert").isEqualTo(3);
        assertThat(json.getLong("failed")).isEqualTo(1);
    }
}
