package org.ordinancewatch.alert.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.jsoup.Jsoup;
import org.ordinancewatch.alert.AlertConfig;
import org.ordinancewatch.alert.AlertTestBase;
import org.ordinancewatch.alert.AlertTestData;
import org.ordinancewatch.alert.AlertTestProfile;
import org.ordinancewatch.alert.Mails;
import org.ordinancewatch.alert.Smtp;
import org.ordinancewatch.alert.subscriptions.RateLimiter;
import org.ordinancewatch.alert.subscriptions.Subscription;
import org.ordinancewatch.alert.subscriptions.Tokens;
import org.ordinancewatch.testing.Accounts;
import org.junit.jupiter.api.Test;
import org.ordinancewatch.model.Status;

import io.quarkus.narayana.jta.QuarkusTransaction;
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
    AlertConfig config;

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
        assertThat(Accounts.asAdmin().get("/api/admin/alerts").then().statusCode(200).extract().jsonPath()
                .getLong("unconfirmedSubscriptions")).isEqualTo(1);
    }

    /** Status, every header but the date, and the body with the address masked. */
    private static String wholeResponse(io.restassured.response.Response response, String address) {
        String headers = response.headers().asList().stream().filter(h -> !h.getName().equalsIgnoreCase("Date"))
                .map(h -> h.getName() + ": " + h.getValue()).sorted().collect(java.util.stream.Collectors.joining("\n"));
        return response.statusLine() + "\n" + headers + "\n\n" + response.asString().replace(address, "ADDRESS");
    }

    @Test
    void responseIsTheSameForKnownAndUnknownAddresses() {
        subscribed("eve@example.org", "everything", "immediate", "status");
        subscribe("gia@example.org", "everything", "immediate", "status").then().statusCode(200);
        String known = wholeResponse(subscribe("eve@example.org", "everything", "immediate", "status"), "eve@example.org");
        String pending = wholeResponse(subscribe("gia@example.org", "everything", "immediate", "status"),
                "gia@example.org");
        String unknown = wholeResponse(subscribe("fay@example.org", "everything", "immediate", "status"),
                "fay@example.org");
        assertThat(known).as("a confirmed address").isEqualTo(unknown);
        assertThat(pending).as("an address whose earlier link is still valid").isEqualTo(unknown);
        assertThat(unknown).startsWith("HTTP/1.1 200").contains("If ADDRESS can receive our email")
                .doesNotContain("@example.org");
    }

    @Test
    void theConfirmationLinkFromTheEmailLastsItsConfiguredLifetime() throws Exception {
        Instant asked = Instant.now();
        subscribe("lif@example.org", "everything", "immediate", "status").then().statusCode(200);
        String token = confirmationToken("lif@example.org");
        Duration ttl = config.confirmationTtl();
        assertThat(tokens.verifyConfirm(token, asked.plus(ttl).minus(Duration.ofHours(1)))).isPositive();
        assertThatThrownBy(() -> tokens.verifyConfirm(token, asked.plus(ttl).plus(Duration.ofHours(1))))
                .isInstanceOfSatisfying(Tokens.InvalidToken.class, e -> assertThat(e.expired()).isTrue());
    }

    @Test
    void invalidAddressesAreRejected() {
        for (String bad : List.of("not-an-email", "a@b", "two@@example.org", "x@example.org\r\nBcc: y@example.org",
                "Name <x@example.org>", "")) {
            subscribe(bad, "everything", "immediate", "status").then().statusCode(400);
        }
        assertThat(Accounts.asAdmin().get("/api/admin/alerts").jsonPath().getLong("subscribers")).isZero();
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
        assertThat(Accounts.asAdmin().get("/api/admin/alerts").jsonPath().getLong("confirmedSubscriptions")).isZero();
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
    void rateBucketsOlderThanTheWindowArePurged() {
        subscribe("purge@example.org", "everything", "immediate", "status").then().statusCode(200);
        assertThat(data.rateCounters()).as("one bucket for the client, one for the address").containsExactly(1, 1);
        assertThat(rateLimiter.purgeExpired(Instant.now().plus(Duration.ofMinutes(30)))).isZero();
        assertThat(rateLimiter.purgeExpired(Instant.now().plus(Duration.ofHours(2)))).isEqualTo(2);
        assertThat(data.rateCounters()).isEmpty();
    }

    @Test
    void refusedRequestsWriteNothing() {
        for (int i = 0; i < 6; i++) {
            subscribe("flood@example.org", "everything", "immediate", "status");
        }
        assertThat(data.rateCounters()).as("the address stops at its limit of 3").containsExactly(3, 6);
    }

    @Test
    void parallelRequestsNeverExceedTheLimit() throws Exception {
        int requests = 12;
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                String client = "198.51.100." + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return rateLimiter.allowSubscribe("race@example.org", client);
                }));
            }
            start.countDown();
            int allowed = 0;
            for (Future<Boolean> answer : answers) {
                allowed += answer.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
        assertThat(data.rateCounters()).filteredOn(hits -> hits > 1).containsExactly(3);
    }

    @Test
    void anIpv6ClientIsLimitedByItsSlash64() {
        for (int i = 0; i < 10; i++) {
            assertThat(rateLimiter.allowSubscribe("v6-" + i + "@example.org", "2001:db8:7:8:" + Integer.toHexString(i + 1)
                    + "::1")).isTrue();
        }
        assertThat(rateLimiter.allowSubscribe("v6-10@example.org", "2001:db8:7:8:ffff::9")).as("same /64").isFalse();
        assertThat(rateLimiter.allowSubscribe("v6-11@example.org", "2001:db8:7:9::1")).as("another /64").isTrue();
    }

    @Test
    void askingAgainWhileTheLinkIsValidSendsNoSecondEmail() {
        data.place();
        String first = subscribe("twice@example.org", "everything", "immediate", "status").then().statusCode(200)
                .extract().asString();
        String second = subscribe("twice@example.org", "everything", "daily", "status", "sunsets").then().statusCode(200)
                .extract().asString();
        assertThat(second).isEqualTo(first);
        dispatchNow();
        assertThat(Smtp.receivedBy("twice@example.org")).hasSize(1);
        subscribe("twice@example.org", "region:ZZ", "immediate", "status").then().statusCode(200);
        dispatchNow();
        assertThat(Smtp.receivedBy("twice@example.org")).as("another scope is another request").hasSize(2);
    }

    @Test
    void askingAgainAfterTheLinkExpiredReusesTheRequestAndSendsAFreshLink() {
        subscribe("again@example.org", "everything", "immediate", "status").then().statusCode(200);
        dispatchNow();
        data.ageRequests("again@example.org", Duration.ofHours(49));
        subscribe("again@example.org", "everything", "daily", "status", "sunsets").then().statusCode(200);
        dispatchNow();
        assertThat(Smtp.receivedBy("again@example.org")).hasSize(2);
        long pending = QuarkusTransaction.requiringNew().call(() ->
                Subscription.count("subscriber.email = ?1 and confirmedAt is null", "again@example.org"));
        assertThat(pending).isEqualTo(1);
        confirm(Mails.token(Smtp.receivedBy("again@example.org").get(1), "/alerts/confirm"));
        String cadence = QuarkusTransaction.requiringNew().call(() ->
                Subscription.<Subscription>find("subscriber.email", "again@example.org").firstResult().cadence.name());
        assertThat(cadence).isEqualTo("DAILY");
    }
}
