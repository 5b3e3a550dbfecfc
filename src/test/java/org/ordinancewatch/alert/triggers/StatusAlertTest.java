package org.ordinancewatch.alert.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.mail.internet.MimeMessage;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.ordinancewatch.alert.AlertTestBase;
import org.ordinancewatch.alert.AlertTestData;
import org.ordinancewatch.alert.AlertTestProfile;
import org.ordinancewatch.alert.Mails;
import org.ordinancewatch.alert.Smtp;
import org.ordinancewatch.model.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The alert a status change produces: whole context, why it came, absolute links, both variants. */
@QuarkusTest
@TestProfile(AlertTestProfile.class)
class StatusAlertTest extends AlertTestBase {

    private MimeMessage alertAfterPassing(AlertTestData.Place place, String email) {
        subscribed(email, "jurisdiction:" + place.jurisdiction(), "immediate", "status");
        data.move(place.measure(), Status.PASSED);
        dispatchNow();
        assertThat(Smtp.receivedBy(email)).hasSize(1);
        return Smtp.receivedBy(email).get(0);
    }

    @Test
    void textSaysStatusBeforeAndAfterWithDateAndAction() {
        MimeMessage mail = alertAfterPassing(data.place(), "ola@example.org");
        assertThat(Mails.text(mail)).contains("Status before: Proposed", "Status after:  Passed",
                "Date:         13 Jan 2026", "Action:       \"Adopted by City Council\"");
    }

    @Test
    void textLinksTheMeasurePageAndTheSource() {
        AlertTestData.Place place = data.place();
        MimeMessage mail = alertAfterPassing(place, "pat@example.org");
        assertThat(Mails.text(mail)).contains("https://ow.test.example/m/" + place.measure(),
                "City Council minutes <https://alertville.legistar.example/minutes/13>");
    }

    @Test
    void emailSaysWhichSubscriptionMatched() {
        AlertTestData.Place place = data.place();
        MimeMessage mail = alertAfterPassing(place, "quin@example.org");
        assertThat(Mails.text(mail)).contains("You get this because you follow Alertville "
                + place.jurisdiction().substring(11) + ", ZZ for status changes (immediately).");
    }

    @Test
    void htmlVersionHasTheSameFactsWithAbsoluteLinks() {
        AlertTestData.Place place = data.place();
        var html = Jsoup.parse(Mails.html(alertAfterPassing(place, "rae@example.org")));
        assertThat(html.select("h1").text()).endsWith("is now Passed");
        assertThat(html.select("a").eachAttr("href")).contains("https://ow.test.example/m/" + place.measure(),
                "https://ow.test.example/j/" + place.jurisdiction(), "https://alertville.legistar.example/minutes/13");
        assertThat(html.select("a").eachAttr("href")).allMatch(href -> href.startsWith("https://"));
    }

    @Test
    void aScrapedTitleIsEscapedInTheHtmlEmail() {
        AlertTestData.Place place = data.place();
        data.retitle(place.measure(), "<script>\"x");
        MimeMessage mail = alertAfterPassing(place, "esc@example.org");
        String html = Mails.html(mail);
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;&quot;x");
        var document = Jsoup.parse(html);
        assertThat(document.select("script")).isEmpty();
        assertThat(document.select("h1").text()).contains("<script>\"x is now Passed");
        assertThat(Mails.text(mail)).contains("Measure:      <script>\"x");
    }

    @Test
    void alertCarriesOneClickUnsubscribeHeaders() {
        MimeMessage mail = alertAfterPassing(data.place(), "sam@example.org");
        assertThat(Mails.header(mail, "List-Unsubscribe")).matches("<https://ow\\.test\\.example/alerts/unsubscribe\\?token=[^>]+>");
        assertThat(Mails.header(mail, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
    }

    @Test
    void alertNamesTheEnvironmentOutsideProduction() {
        MimeMessage mail = alertAfterPassing(data.place(), "tom@example.org");
        assertThat(Mails.header(mail, "X-Ordinance-Watch-Environment")).isEqualTo("test");
        assertThat(Mails.subject(mail)).startsWith("[test] ");
    }

    @Test
    void alertMentionsTheNextHearing() {
        AlertTestData.Place place = data.place();
        data.meeting(place, OffsetDateTime.now(ZoneOffset.UTC).plusDays(10).withHour(15).withMinute(0));
        assertThat(Mails.text(alertAfterPassing(place, "uma@example.org")))
                .containsPattern("Next hearing: City Council, \\w{3} \\d{1,2} \\w{3} \\d{4}, 09:00 CS?T, Council Chambers");
    }

    @Test
    void aMeetingAlreadyHeldIsNeverTheNextHearing() {
        AlertTestData.Place place = data.place();
        data.meeting(place, OffsetDateTime.now(ZoneOffset.UTC).minusDays(3));
        assertThat(Mails.text(alertAfterPassing(place, "ulf@example.org"))).doesNotContain("Next hearing");
    }

    @Test
    void changesOutsideTheScopeSendNothing() {
        AlertTestData.Place followed = data.place();
        AlertTestData.Place other = data.place();
        subscribed("val@example.org", "jurisdiction:" + followed.jurisdiction(), "immediate", "status");
        data.move(other.measure(), Status.PASSED);
        dispatchNow();
        assertThat(Smtp.receivedBy("val@example.org")).isEmpty();
    }

    @Test
    void regionScopeMatchesItsJurisdictions() {
        AlertTestData.Place place = data.place();
        subscribed("wes@example.org", "region:ZZ", "immediate", "status");
        data.move(place.measure(), Status.PASSED);
        dispatchNow();
        assertThat(Smtp.receivedBy("wes@example.org")).hasSize(1);
    }

    @Test
    void kindsNotAskedForSendNothing() {
        AlertTestData.Place place = data.place();
        subscribed("xan@example.org", "jurisdiction:" + place.jurisdiction(), "immediate", "hearings");
        data.move(place.measure(), Status.PASSED);
        dispatchNow();
        assertThat(Smtp.receivedBy("xan@example.org")).isEmpty();
    }

    @Test
    void overlappingSubscriptionsGiveOneAlertNamingTheMostSpecific() {
        AlertTestData.Place place = data.place();
        subscribed("yul@example.org", "everything", "immediate", "status");
        subscribed("yul@example.org", "measure:" + place.measure(), "immediate", "status");
        data.move(place.measure(), Status.PASSED);
        dispatchNow();
        assertThat(Smtp.receivedBy("yul@example.org")).hasSize(1);
        assertThat(Mails.text(Smtp.receivedBy("yul@example.org").get(0)))
                .contains("You get this because you follow “Ordinance banning face surveillance");
    }
}
