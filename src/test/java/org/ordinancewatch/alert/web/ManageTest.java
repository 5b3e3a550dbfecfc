package org.ordinancewatch.alert.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.time.ZoneId;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.ordinancewatch.alert.AlertTestBase;
import org.ordinancewatch.alert.AlertTestData;
import org.ordinancewatch.alert.AlertTestProfile;
import org.ordinancewatch.alert.Mails;
import org.ordinancewatch.alert.Smtp;
import org.ordinancewatch.alert.outbox.Alert;
import org.ordinancewatch.alert.subscriptions.Cadence;
import org.ordinancewatch.model.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** The manage page behind every email's token link: change, unsubscribe (one click), delete. */
@QuarkusTest
@TestProfile(AlertTestProfile.class)
class ManageTest extends AlertTestBase {

    private static Document managePage(String token) {
        return Jsoup.parse(given().get("/alerts/manage?token=" + token).then().statusCode(200).extract().asString());
    }

    @Test
    void managePageListsTheSubscription() {
        AlertTestData.Place place = data.place();
        String token = subscribed("ada@example.org", "jurisdiction:" + place.jurisdiction(), "daily", "status", "sunsets");
        Document page = managePage(token);
        assertThat(page.select("#address").text()).isEqualTo("ada@example.org");
        assertThat(page.select(".subscription h2").text()).isEqualTo("Alertville " + place.jurisdiction().substring(11) + ", ZZ");
        assertThat(page.select(".subscription input[name=kinds][checked]").eachAttr("value")).containsExactly("status", "sunsets");
        assertThat(page.select(".subscription select[name=cadence] option[selected]").val()).isEqualTo("daily");
    }

    @Test
    void everyAlertLinksToTheManagePage() {
        AlertTestData.Place place = data.place();
        String token = subscribed("bea@example.org", "jurisdiction:" + place.jurisdiction(), "immediate", "status");
        data.move(place.measure(), Status.PASSED);
        dispatchNow();
        assertThat(Mails.token(Smtp.receivedBy("bea@example.org").get(0), "https://ow.test.example/alerts/manage"))
                .isEqualTo(token);
    }

    @Test
    void changingCadenceMovesAlertsIntoTheDigest() {
        AlertTestData.Place place = data.place();
        String token = subscribed("cal@example.org", "jurisdiction:" + place.jurisdiction(), "immediate", "status");
        long id = Long.parseLong(managePage(token).select(".subscription input[name=subscription]").val());
        update(token, id, "jurisdiction:" + place.jurisdiction(), "weekly", "status");
        data.move(place.measure(), Status.PASSED);
        dispatchNow();
        assertThat(Smtp.receivedBy("cal@example.org")).isEmpty();
        assertThat(data.onlyAlert("cal@example.org").cadence).isEqualTo(Cadence.WEEKLY);
    }

    @Test
    void droppingAKindStopsThoseAlerts() {
        AlertTestData.Place place = data.place();
        String token = subscribed("dot@example.org", "jurisdiction:" + place.jurisdiction(), "immediate", "status", "hearings");
        long id = Long.parseLong(managePage(token).select(".subscription input[name=subscription]").val());
        update(token, id, "jurisdiction:" + place.jurisdiction(), "immediate", "hearings");
        data.move(place.measure(), Status.PASSED);
        dispatchNow();
        assertThat(Smtp.receivedBy("dot@example.org")).isEmpty();
    }

    private static long firstSubscription(String token) {
        return Long.parseLong(managePage(token).select(".subscription input[name=subscription]").first().val());
    }

    private static void update(String token, long id, String scope, String cadence, String... kinds) {
        given().redirects().follow(false).formParam("token", token).formParam("subscription", id)
                .formParam("scope", scope).formParam("kinds", (Object[]) kinds).formParam("cadence", cadence)
                .post("/alerts/manage/update").then().statusCode(303);
    }

    @Test
    void theSubscriberChoosesTheDigestHourAndZone() {
        AlertTestData.Place place = data.place();
        String token = subscribed("eda@example.org", "jurisdiction:" + place.jurisdiction(), "daily", "status");
        data.move(place.measure(), Status.PASSED);
        given().redirects().follow(false).formParam("token", token).formParam("hour", "18")
                .formParam("zone", "Asia/Tokyo").post("/alerts/manage/digest").then().statusCode(303);
        assertThat(data.onlyAlert("eda@example.org").dueAt.atZone(ZoneId.of("Asia/Tokyo")).getHour())
                .as("the pending alert moved too").isEqualTo(18);
        Document page = managePage(token);
        assertThat(page.select("#digest-time").text()).isEqualTo("18:00");
        assertThat(page.select("#zone").text()).isEqualTo("Asia/Tokyo");
        assertThat(page.select("select[name=hour] option[selected]").val()).isEqualTo("18");
    }

    @Test
    void aBadDigestHourOrZoneIsRefused() {
        String token = subscribed("eli@example.org", "everything", "daily", "status");
        given().formParam("token", token).formParam("hour", "24").formParam("zone", "Asia/Tokyo")
                .post("/alerts/manage/digest").then().statusCode(400);
        given().formParam("token", token).formParam("hour", "6").formParam("zone", "Eastern")
                .post("/alerts/manage/digest").then().statusCode(400);
    }

    @Test
    void digestsGoOutInTheZoneOfTheJurisdictionFollowedFirst() {
        AlertTestData.Place place = data.place();
        String local = subscribed("fia@example.org", "measure:" + place.measure(), "daily", "status");
        assertThat(managePage(local).select("#zone").text()).isEqualTo("America/Chicago");
        String everywhere = subscribed("gil@example.org", "everything", "daily", "status");
        assertThat(managePage(everywhere).select("#zone").text()).as("ow.alert.default-zone")
                .isEqualTo("America/New_York");
    }

    @Test
    void changingTheScopeFollowsTheNewPlaceAndDropsAlertsAboutTheOld() {
        AlertTestData.Place before = data.place();
        AlertTestData.Place after = data.place();
        String token = subscribed("hana@example.org", "jurisdiction:" + before.jurisdiction(), "daily", "status");
        data.move(before.measure(), Status.PASSED);
        assertThat(managePage(token).select(".subscription select[name=scope] option[selected]").val())
                .isEqualTo("jurisdiction:" + before.jurisdiction());
        update(token, firstSubscription(token), "jurisdiction:" + after.jurisdiction(), "immediate", "status");
        assertThat(data.kinds("hana@example.org")).as("the pending alert about the old place").isEmpty();
        data.move(before.measure(), Status.IN_FORCE);
        data.move(after.measure(), Status.PASSED);
        dispatchNow();
        assertThat(Smtp.receivedBy("hana@example.org")).extracting(Mails::subject).singleElement().asString()
                .startsWith("[test] Alertville " + after.jurisdiction().substring(11) + ", ZZ:");
        assertThat(managePage(token).select(".subscription h2").text())
                .isEqualTo("Alertville " + after.jurisdiction().substring(11) + ", ZZ");
    }

    @Test
    void theScopeCanBecomeARegionOrEverything() {
        AlertTestData.Place place = data.place();
        String token = subscribed("ira@example.org", "measure:" + place.measure(), "immediate", "status");
        update(token, firstSubscription(token), "region:ZZ", "immediate", "status");
        assertThat(managePage(token).select(".subscription h2").text()).isEqualTo("region ZZ");
        update(token, firstSubscription(token), "everything", "immediate", "status");
        assertThat(managePage(token).select(".subscription h2").text()).isEqualTo("all tracked jurisdictions");
    }

    @Test
    void aScopeAlreadyFollowedOrUnknownIsRefused() {
        AlertTestData.Place place = data.place();
        String token = subscribed("jo@example.org", "everything", "immediate", "status");
        subscribed("jo@example.org", "measure:" + place.measure(), "immediate", "status");
        long measureSubscription = Long.parseLong(managePage(token).select(".subscription input[name=subscription]")
                .last().val());
        given().formParam("token", token).formParam("subscription", measureSubscription).formParam("scope", "everything")
                .formParam("kinds", "status").formParam("cadence", "immediate").post("/alerts/manage/update")
                .then().statusCode(400);
        given().formParam("token", token).formParam("subscription", measureSubscription)
                .formParam("scope", "jurisdiction:atlantis").formParam("kinds", "status")
                .formParam("cadence", "immediate").post("/alerts/manage/update").then().statusCode(400);
    }

    @Test
    void aSubscriptionAddedOnTheManagePageIsOnAtOnce() {
        AlertTestData.Place place = data.place();
        String token = subscribed("kai@example.org", "region:ZZ", "immediate", "sunsets");
        given().redirects().follow(false).formParam("token", token).formParam("scope", "measure:" + place.measure())
                .formParam("kinds", "status").formParam("cadence", "immediate").post("/alerts/manage/add")
                .then().statusCode(303);
        assertThat(managePage(token).select(".subscription")).hasSize(2);
        data.move(place.measure(), Status.PASSED);
        dispatchNow();
        assertThat(Smtp.receivedBy("kai@example.org")).as("no confirmation needed: the token proves the address")
                .extracting(Mails::subject).singleElement().asString().endsWith("is now Passed");
    }

    @Test
    void droppingAKindDropsItsUnsentAlerts() {
        AlertTestData.Place place = data.place();
        String token = subscribed("lin@example.org", "jurisdiction:" + place.jurisdiction(), "daily", "status", "hearings");
        data.move(place.measure(), Status.PASSED);
        update(token, firstSubscription(token), "jurisdiction:" + place.jurisdiction(), "daily", "hearings");
        assertThat(data.kinds("lin@example.org")).isEmpty();
    }

    @Test
    void revokingLinksInvalidatesEveryEarlierLink() {
        AlertTestData.Place place = data.place();
        String old = subscribed("mo@example.org", "jurisdiction:" + place.jurisdiction(), "immediate", "status");
        String location = given().redirects().follow(false).formParam("token", old).post("/alerts/manage/revoke")
                .then().statusCode(303).extract().header("Location");
        String fresh = manageTokenFrom(location);
        assertThat(fresh).isNotEqualTo(old);
        given().get("/alerts/manage?token=" + old).then().statusCode(400);
        given().get("/alerts/unsubscribe?token=" + old).then().statusCode(400);
        assertThat(managePage(fresh).select(".subscription")).hasSize(1);
        data.move(place.measure(), Status.PASSED);
        dispatchNow();
        assertThat(Mails.token(Smtp.receivedBy("mo@example.org").get(0), "https://ow.test.example/alerts/manage"))
                .isEqualTo(fresh);
    }

    @Test
    void oneClickUnsubscribeWorksAsMailClientsSendIt() {
        AlertTestData.Place place = data.place();
        subscribed("fox@example.org", "jurisdiction:" + place.jurisdiction(), "immediate", "status");
        data.move(place.measure(), Status.PASSED);
        dispatchNow();
        String header = Mails.header(Smtp.receivedBy("fox@example.org").get(0), "List-Unsubscribe");
        String path = header.substring(1, header.length() - 1).replace("https://ow.test.example", "");
        given().contentType(ContentType.URLENC).body("List-Unsubscribe=One-Click").post(path).then().statusCode(200);
        data.move(place.measure(), Status.IN_FORCE);
        dispatchNow();
        assertThat(Smtp.receivedBy("fox@example.org")).hasSize(1);
    }

    @Test
    void unsubscribingDropsPendingDigestAlerts() {
        AlertTestData.Place place = data.place();
        String token = subscribed("gia@example.org", "jurisdiction:" + place.jurisdiction(), "daily", "status");
        data.move(place.measure(), Status.PASSED);
        given().formParam("token", token).post("/alerts/unsubscribe").then().statusCode(200);
        dispatcher.dispatch(Instant.now().plusSeconds(8 * 86400));
        assertThat(Smtp.receivedBy("gia@example.org")).isEmpty();
        assertThat(data.alerts("gia@example.org", Alert.Delivery.PENDING)).isZero();
    }

    @Test
    void unsubscribeLinkShowsAButtonInsteadOfUnsubscribing() {
        String token = subscribed("hap@example.org", "everything", "immediate", "status");
        Document page = Jsoup.parse(given().get("/alerts/unsubscribe?token=" + token).then().statusCode(200)
                .extract().asString());
        assertThat(page.select("form[action=/alerts/unsubscribe] button").text()).isEqualTo("Unsubscribe");
        assertThat(managePage(token).select(".subscription")).hasSize(1);
    }

    @Test
    void removingOneSubscriptionKeepsTheOthers() {
        AlertTestData.Place place = data.place();
        String token = subscribed("ian@example.org", "everything", "immediate", "status");
        subscribed("ian@example.org", "measure:" + place.measure(), "immediate", "sunsets");
        long first = Long.parseLong(managePage(token).select(".subscription input[name=subscription]").first().val());
        given().redirects().follow(false).formParam("token", token).formParam("subscription", first)
                .post("/alerts/manage/remove").then().statusCode(303);
        assertThat(managePage(token).select(".subscription h2").eachText())
                .containsExactly("“Ordinance banning face surveillance in Alertville " + place.jurisdiction().substring(11)
                        + "” (Alertville " + place.jurisdiction().substring(11) + ", ZZ)");
    }

    @Test
    void deletingTheSubscriberRemovesAllTheirData() {
        AlertTestData.Place place = data.place();
        String token = subscribed("jan@example.org", "jurisdiction:" + place.jurisdiction(), "daily", "status");
        data.move(place.measure(), Status.PASSED);
        long id = data.subscriberId("jan@example.org");
        given().formParam("token", token).post("/alerts/manage/delete").then().statusCode(200);
        assertThat(data.subscriberExists("jan@example.org")).isFalse();
        assertThat(data.rows("subscription", id)).isZero();
        assertThat(data.rows("alert", id)).isZero();
    }

    @Test
    void linksOfADeletedSubscriberStopWorking() {
        String token = subscribed("kay@example.org", "everything", "immediate", "status");
        given().formParam("token", token).post("/alerts/manage/delete").then().statusCode(200);
        given().get("/alerts/manage?token=" + token).then().statusCode(400);
        given().contentType(ContentType.URLENC).body("List-Unsubscribe=One-Click")
                .post("/alerts/unsubscribe?token=" + token).then().statusCode(400);
    }

    @Test
    void forgedManageTokenIsRefused() {
        String token = subscribed("lou@example.org", "everything", "immediate", "status");
        String forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        given().get("/alerts/manage?token=" + forged).then().statusCode(400);
        given().redirects().follow(false).formParam("token", forged).post("/alerts/manage/delete").then().statusCode(400);
        assertThat(data.subscriberExists("lou@example.org")).isTrue();
    }

    @Test
    void aManageTokenWithAChangedPayloadAndTheOriginalSignatureIsRefused() {
        String mine = subscribed("lyn@example.org", "everything", "immediate", "status");
        String genuine = subscribed("lyle@example.org", "everything", "immediate", "status");
        String[] claim = new String(Base64.getUrlDecoder().decode(mine.substring(0, mine.indexOf('.'))),
                StandardCharsets.UTF_8).split(":");
        long theirs = data.subscriberId("lyle@example.org");
        String forgedPayload = claim[0] + ":" + theirs + ":" + claim[2];
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(forgedPayload.getBytes(StandardCharsets.UTF_8))
                + mine.substring(mine.indexOf('.'));
        given().get("/alerts/manage?token=" + forged).then().statusCode(400);
        given().redirects().follow(false).formParam("token", forged).post("/alerts/manage/delete").then().statusCode(400);
        given().contentType(ContentType.URLENC).body("List-Unsubscribe=One-Click")
                .post("/alerts/unsubscribe?token=" + java.net.URLEncoder.encode(forged, StandardCharsets.UTF_8))
                .then().statusCode(400);
        assertThat(data.subscriberExists("lyle@example.org")).isTrue();
        assertThat(managePage(genuine).select(".subscription")).as("their subscription is untouched").hasSize(1);
    }

    @Test
    void oneClickUnsubscribeAlsoWorksAsMultipartFormData() {
        AlertTestData.Place place = data.place();
        subscribed("moe@example.org", "jurisdiction:" + place.jurisdiction(), "immediate", "status");
        data.move(place.measure(), Status.PASSED);
        dispatchNow();
        String header = Mails.header(Smtp.receivedBy("moe@example.org").get(0), "List-Unsubscribe");
        String path = header.substring(1, header.length() - 1).replace("https://ow.test.example", "");
        given().multiPart("List-Unsubscribe", "One-Click").post(path).then().statusCode(200);
        data.move(place.measure(), Status.IN_FORCE);
        dispatchNow();
        assertThat(Smtp.receivedBy("moe@example.org")).hasSize(1);
    }

    @Test
    void aManageTokenCannotChangeAnotherSubscribersSubscription() {
        String mine = subscribed("mae@example.org", "everything", "immediate", "status");
        String theirs = subscribed("ned@example.org", "everything", "immediate", "status");
        long theirId = Long.parseLong(managePage(theirs).select(".subscription input[name=subscription]").val());
        given().redirects().follow(false).formParam("token", mine).formParam("subscription", theirId)
                .post("/alerts/manage/remove").then().statusCode(400);
        assertThat(managePage(theirs).select(".subscription")).hasSize(1);
    }
}
