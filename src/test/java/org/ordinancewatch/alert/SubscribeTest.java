package org.ordinancewatch.alert;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.ordinancewatch.model.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Double opt-in: the confirmation email, its signed expiring token, and what the form reveals. */
@QuarkusTest
@TestProfile(AlertTestProfile.class)
class SubscribeTest extends AlertTestBase {

    @Inject
    Tokens tokens;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    jakarta.persistence.EntityManager em;

    @Test
    void subscribingSendsOneConfirmationEmail() {
        subscribe("ana@example.org", "everything", "immediate", "status").then().statusCode(200);
        dispatchNow();
        List<MimeMessage> mails = Smtp.receivedBy("ana@example.org");
        assertThat(mails).hasSize(1);
        assertThat(Mails.subject(mails.get(0))).isEqualTo("[test] Confirm your Ordinance Watch alerts");
    }

    @Test
    void confirmationLinkIsAbsoluteFromTheConfiguredBaseUrl() {
        subscribe("ana@example.org", "everything", "immediate", "status").then().statusCode(200);
        dispatchNow();
        assertThat(Mails.text(Smtp.receivedBy("ana@example.org").get(0)))
                .contains("https://ow.test.example/alerts/confirm?token=");
    }

    @Test
    void nothingButTheConfirmationIsSentBeforeConfirming() {
        AlertTestData.Place place = data.place();
        subscribe("ben@example.org", "jurisdiction:" + place.jurisdiction(), "immediate", "status").then().statusCode(200);
        data.move(place.measure(), Status.PASSED);
        dispatchNow();
        assertThat(Smtp.receivedBy("ben@example.org")).extracting(Mails::subject)
                .containsExactly("[test] Confirm your Ordinance Watch alerts");
        assertThat(data.alerts("ben@example.org")).isEqualTo(1);
    }

    @Test
    void confirmingTurnsTheSubscriptionOn() {
        AlertTestData.Place place = data.place();
        subscribed("cy@example.org", "jurisdiction:" + place.jurisdiction(), "immediate", "status");
        data.move(place.measure(), Status.PASSED);
        dispatchNow();
        assertThat(Smtp.receivedBy("cy@example.org")).extracting(Mails::subject)
                .containsExactly("[test] Alertville " + place.jurisdiction().substring(11)
                        + ", ZZ: Ordinance banning face surveillance in Alertville " + place.jurisdiction().substring(11)
                        + " is now Passed");
    }

    @Test
    void confirmationLinkShowsAButtonInsteadOfConfirming() {
        subscribe("dee@example.org", "everything", "immediate", "status").then().statusCode(200);
        String token = confirmationToken("dee@example.org");
        String html = given().get("/alerts/confirm?token=" + token).then().statusCode(200).extract().asString();
        assertThat(Jsoup.parse(html).select("form[action=/alerts/confirm] input[name=token]").val()).isEqualTo(token);
        assertThat(given().get("/api/admin/alerts").then().statusCode(200).extract().jsonPath()
                .getLong("unconfirmedSubscriptions")).isEqualTo(1);
    }

    @Test
    void responseIsTheSameForKnownAndUnknownAddresses() {
        subscribed("eve@example.org", "everything", "immediate", "status");
        String known = outcome(subscribe("eve@example.org", "everything", "immediate", "status").then()
                .statusCode(200).extract().asString()).replace("eve@example.org", "ADDRESS");
        String unknown = outcome(subscribe("fay@example.org", "everything", "immediate", "status").then()
                .statusCode(200).extract().asString()).replace("fay@example.org", "ADDRESS");
        assertThat(known).isEqualTo(unknown).contains("If ADDRESS can receive our email");
    }

    @Test
    void invalidAddressesAreRejected() {
        for (String bad : List.of("not-an-email", "a@b", "two@@example.org", "x@example.org\r\nBcc: y@example.org",
                "Name <x@example.org>", "")) {
            subscribe(bad, "everything", "immediate", "status").then().statusCode(400);
        }
        assertThat(given().get("/api/admin/alerts").jsonPath().getLong("subscribers")).isZero();
    }

    @Test
    void addressesAreNormalised() {
        subscribe("  Gus@Example.ORG ", "everything", "immediate", "status").then().statusCode(200);
        assertThat(data.subscriberExists("gus@example.org")).isTrue();
    }

    @Test
    void atLeastOneKindIsRequired() {
        given().formParam("email", "hal@example.org").formParam("scope", "everything").formParam("cadence", "daily")
                .post("/alerts/subscribe").then().statusCode(400);
    }

    @Test
    void unknownScopeTargetIsRejected() {
        subscribe("ida@example.org", "jurisdiction:atlantis", "immediate", "status").then().statusCode(400);
    }

    @Test
    void requestsPerAddressAreLimited() {
        for (int i = 0; i < 3; i++) {
            subscribe("jo@example.org", "everything", "immediate", "status").then().statusCode(200);
        }
        subscribe("jo@example.org", "everything", "immediate", "status").then().statusCode(429);
    }

    @Test
    void requestsPerClientAreLimited() {
        for (int i = 0; i < 10; i++) {
            subscribe("client" + i + "@example.org", "everything", "immediate", "status").then().statusCode(200);
        }
        subscribe("client10@example.org", "everything", "immediate", "status").then().statusCode(429);
    }

    @Test
    void expiredConfirmationTokenIsRefused() {
        subscribe("kit@example.org", "everything", "immediate", "status").then().statusCode(200);
        long id = Long.parseLong(payload(confirmationToken("kit@example.org")).split(":")[1]);
        String expired = tokens.confirm(id, Instant.now().minusSeconds(1));
        given().redirects().follow(false).formParam("token", expired).post("/alerts/confirm").then().statusCode(410);
        assertThat(given().get("/api/admin/alerts").jsonPath().getLong("confirmedSubscriptions")).isZero();
    }

    @Test
    void forgedConfirmationTokenIsRefused() {
        subscribe("lee@example.org", "everything", "immediate", "status").then().statusCode(200);
        String token = confirmationToken("lee@example.org");
        String[] parts = payload(token).split(":");
        String forgedPayload = parts[0] + ":" + (Long.parseLong(parts[1]) + 1) + ":" + parts[2];
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(forgedPayload.getBytes(StandardCharsets.UTF_8)) + token.substring(token.indexOf('.'));
        given().redirects().follow(false).formParam("token", forged).post("/alerts/confirm").then().statusCode(400);
        given().redirects().follow(false).formParam("token", "garbage").post("/alerts/confirm").then().statusCode(400);
    }

    @Test
    void confirmationTokenDoesNotOpenTheManagePage() {
        subscribe("max@example.org", "everything", "immediate", "status").then().statusCode(200);
        given().get("/alerts/manage?token=" + confirmationToken("max@example.org")).then().statusCode(400);
    }

    @Test
    void subscribeFormIsOnTheDashboardJurisdictionAndMeasurePages() {
        AlertTestData.Place place = data.place();
        assertThat(Jsoup.parse(given().get("/").asString()).select("form[action=/alerts/subscribe] select[name=scope] option")
                .eachAttr("value")).contains("everything", "region:ZZ");
        assertThat(Jsoup.parse(given().get("/j/" + place.jurisdiction()).asString())
                .select("form[action=/alerts/subscribe] input[name=scope]").val())
                .isEqualTo("jurisdiction:" + place.jurisdiction());
        assertThat(Jsoup.parse(given().get("/m/" + place.measure()).asString())
                .select("form[action=/alerts/subscribe] input[name=scope]").val())
                .isEqualTo("measure:" + place.measure());
    }

    private static String outcome(String html) {
        return Jsoup.parse(html).select("#outcome").text();
    }

    private static String payload(String token) {
        return new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8);
    }

    @Test
    void rateRecordsOlderThanTheWindowArePurgedForEveryBucket() {
        subscribe("purge@example.org", "everything", "immediate", "status").then().statusCode(200);
        long before = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from alert_rate_event").getSingleResult()).longValue());
        assertThat(before).isPositive();
        int purged = rateLimiter.purgeExpired(java.time.Instant.now().plus(java.time.Duration.ofDays(2)));
        assertThat(purged).isEqualTo((int) before);
    }

    @Test
    void askingAgainBeforeConfirmingReusesTheRequestAndSendsAFreshLink() {
        subscribe("twice@example.org", "everything", "immediate", "status").then().statusCode(200);
        subscribe("twice@example.org", "everything", "daily", "status", "sunsets").then().statusCode(200);
        dispatchNow();
        assertThat(Smtp.receivedBy("twice@example.org")).hasSize(2);
        long pending = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                Subscription.count("subscriber.email = ?1 and confirmedAt is null", "twice@example.org"));
        assertThat(pending).isEqualTo(1);
        confirm(Mails.token(Smtp.receivedBy("twice@example.org").get(1), "/alerts/confirm"));
        String cadence = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                Subscription.<Subscription>find("subscriber.email", "twice@example.org").firstResult().cadence.name());
        assertThat(cadence).isEqualTo("DAILY");
    }
}
