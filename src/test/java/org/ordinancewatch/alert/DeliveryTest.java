package org.ordinancewatch.alert;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ordinancewatch.model.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The outbox under trouble: SMTP outages, retries, digests, idempotency, and the admin counts. */
@QuarkusTest
@TestProfile(AlertTestProfile.class)
class DeliveryTest extends AlertTestBase {

    @AfterEach
    void smtpBackUp() {
        Smtp.up();
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
    void dailyDigestWaitsForTheDigestHourInTheSubscribersZone() {
        AlertTestData.Place place = data.place();
        subscribed("cat@example.org", "jurisdiction:" + place.jurisdiction(), "daily", "status");
        data.move(place.measure(), Status.PASSED);
        Alert alert = data.onlyAlert("cat@example.org");
        assertThat(alert.dueAt.atZone(ZoneId.of("America/New_York")).getHour()).isEqualTo(7);
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
        var due = data.onlyAlert("eli@example.org").dueAt.atZone(ZoneId.of("America/New_York"));
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
    void adminEndpointCountsPendingSentAndFailed() {
        AlertTestData.Place place = data.place();
        subscribed("hub@example.org", "jurisdiction:" + place.jurisdiction(), "immediate", "status");
        subscribed("ivy@example.org", "jurisdiction:" + place.jurisdiction(), "daily", "status");
        data.move(place.measure(), Status.PASSED);
        dispatchNow();
        data.markFailed("hub@example.org");
        var json = given().get("/api/admin/alerts").then().statusCode(200).extract().jsonPath();
        assertThat(json.getLong("pending")).isEqualTo(1);
        assertThat(json.getLong("sent")).as("two confirmation requests and one alert").isEqualTo(3);
        assertThat(json.getLong("failed")).isEqualTo(1);
    }
}
