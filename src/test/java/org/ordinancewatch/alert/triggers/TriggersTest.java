package org.ordinancewatch.alert.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ordinancewatch.alert.AlertTestBase;
import org.ordinancewatch.alert.AlertTestData;
import org.ordinancewatch.alert.AlertTestProfile;
import org.ordinancewatch.alert.Mails;
import org.ordinancewatch.alert.Smtp;
import org.ordinancewatch.alert.outbox.AlertKind;
import org.ordinancewatch.model.MeasureKind;
import org.ordinancewatch.model.PartialDate;
import org.ordinancewatch.model.Status;
import org.ordinancewatch.model.MeetingStatus;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Hearings coming up (and called off), sunsets approaching, newly detected measures. */
@QuarkusTest
@TestProfile(AlertTestProfile.class)
class TriggersTest extends AlertTestBase {

    @Inject
    Reminders reminders;

    private static OffsetDateTime inDays(int days) {
        return OffsetDateTime.now(ZoneOffset.UTC).plusDays(days).withNano(0);
    }

    @Test
    void hearingWithinTheConfiguredDaysIsAnnounced() {
        AlertTestData.Place place = data.place();
        subscribed("abe@example.org", "jurisdiction:" + place.jurisdiction(), "immediate", "hearings");
        data.meeting(place, inDays(2));
        reminders.hearings(Instant.now());
        dispatchNow();
        assertThat(Smtp.receivedBy("abe@example.org")).hasSize(1);
        var mail = Smtp.receivedBy("abe@example.org").get(0);
        assertThat(Mails.subject(mail)).matches("\\[test\\] Alertville \\d+, ZZ: City Council hearing in \\d days");
        assertThat(Mails.text(mail)).contains("On the agenda: Second reading: face surveillance ban",
                "Next hearing: City Council, ");
    }

    @Test
    void hearingFurtherAwayIsNotAnnouncedYet() {
        AlertTestData.Place place = data.place();
        subscribed("bo@example.org", "jurisdiction:" + place.jurisdiction(), "immediate", "hearings");
        data.meeting(place, inDays(5));
        assertThat(reminders.hearings(Instant.now())).isZero();
    }

    @Test
    void hearingIsAnnouncedOnceHoweverOftenTheJobRuns() {
        AlertTestData.Place place = data.place();
        subscribed("cy@example.org", "measure:" + place.measure(), "immediate", "hearings");
        data.meeting(place, inDays(2));
        assertThat(reminders.hearings(Instant.now())).isEqualTo(1);
        assertThat(reminders.hearings(Instant.now().plusSeconds(3600))).isZero();
    }

    @Test
    void aCancelledHearingDropsItsUnsentReminderAndIsAnnounced() {
        AlertTestData.Place place = data.place();
        subscribed("di@example.org", "jurisdiction:" + place.jurisdiction(), "immediate", "hearings");
        long meeting = data.meeting(place, inDays(2));
        reminders.hearings(Instant.now());
        data.changeMeeting(meeting, MeetingStatus.CANCELLED, inDays(2));
        assertThat(data.kinds("di@example.org")).containsExactly(AlertKind.HEARING_CHANGED);
        dispatchNow();
        var mail = Smtp.receivedBy("di@example.org").get(0);
        assertThat(Mails.subject(mail)).endsWith(" cancelled");
        assertThat(Mails.text(mail)).contains("Meeting cancelled: City Council, ").doesNotContain("Next hearing");
    }

    @Test
    void aCancelledHearingAlreadyRemindedOfIsAnnouncedEvenOutsideTheWindow() {
        AlertTestData.Place place = data.place();
        subscribed("dov@example.org", "jurisdiction:" + place.jurisdiction(), "immediate", "hearings");
        long meeting = data.meeting(place, inDays(2));
        reminders.hearings(Instant.now());
        dispatchNow();
        data.changeMeeting(meeting, MeetingStatus.RESCHEDULED, inDays(20));
        data.changeMeeting(meeting, MeetingStatus.CANCELLED, inDays(20));
        dispatchNow();
        assertThat(Smtp.receivedBy("dov@example.org")).extracting(Mails::subject).hasSize(3)
                .satisfies(subjects -> {
                    assertThat(subjects.get(1)).contains(" moved to ");
                    assertThat(subjects.get(2)).endsWith(" cancelled");
                });
    }

    @Test
    void rescheduledHearingIsAnnouncedAndRemindedAgain() {
        AlertTestData.Place place = data.place();
        subscribed("ed@example.org", "jurisdiction:" + place.jurisdiction(), "immediate", "hearings");
        long meeting = data.meeting(place, inDays(2));
        reminders.hearings(Instant.now());
        dispatchNow();
        data.changeMeeting(meeting, MeetingStatus.RESCHEDULED, inDays(9));
        dispatchNow();
        var change = Smtp.receivedBy("ed@example.org").get(1);
        assertThat(Mails.subject(change)).contains(" moved to ");
        assertThat(Mails.text(change)).containsPattern("Meeting moved: City Council, .* \\(was .*\\)")
                .doesNotContain("Next hearing");
        assertThat(reminders.hearings(Instant.now().plus(Duration.ofDays(7)))).as("reminder for the new date")
                .isEqualTo(1);
    }

    @Test
    void aChangeToAHearingMonthsAheadIsNoEmail() {
        AlertTestData.Place place = data.place();
        subscribed("eve@example.org", "jurisdiction:" + place.jurisdiction(), "immediate", "hearings");
        long meeting = data.meeting(place, inDays(60));
        data.changeMeeting(meeting, MeetingStatus.RESCHEDULED, inDays(67));
        data.changeMeeting(meeting, MeetingStatus.CANCELLED, inDays(67));
        assertThat(data.kinds("eve@example.org")).isEmpty();
    }

    @Test
    void changesToPastMeetingsAreNotNews() {
        AlertTestData.Place place = data.place();
        subscribed("flo@example.org", "jurisdiction:" + place.jurisdiction(), "immediate", "hearings");
        long meeting = data.meeting(place, inDays(-3));
        data.changeMeeting(meeting, MeetingStatus.CANCELLED, inDays(-3));
        assertThat(data.alerts("flo@example.org")).as("only the confirmation request").isEqualTo(1);
    }

    private AlertTestData.Place moratoriumLapsingIn(int days) {
        LocalDate today = LocalDate.now(ZoneId.of("America/Chicago"));
        return data.place(MeasureKind.MORATORIUM, Status.IN_FORCE, PartialDate.of(today.plusDays(days)));
    }

    @Test
    void theHourlyJobRemindsAndForgetsExpiredRequests() {
        AlertTestData.Place place = moratoriumLapsingIn(6);
        subscribed("mia@example.org", "jurisdiction:" + place.jurisdiction(), "immediate", "hearings", "sunsets");
        data.meeting(place, inDays(1));
        subscribe("nat@example.org", "everything", "immediate", "status").then().statusCode(200);
        subscribe("oli@example.org", "everything", "immediate", "status").then().statusCode(200);
        data.ageRequests("nat@example.org", Duration.ofHours(49));
        reminders.runAll(Instant.now());
        assertThat(data.kinds("mia@example.org")).containsExactlyInAnyOrder(AlertKind.HEARING, AlertKind.SUNSET);
        assertThat(data.subscriberExists("nat@example.org")).as("its link has expired").isFalse();
        assertThat(data.subscriberExists("oli@example.org")).as("its link is still valid").isTrue();
        assertThat(data.subscriberExists("mia@example.org")).isTrue();
        reminders.runAll(Instant.now().plus(Duration.ofHours(2)));
        assertThat(data.rateCounters()).as("rate buckets older than the window").isEmpty();
    }

    @Test
    void sunsetIsAnnouncedAtTheThirtyDayMark() {
        AlertTestData.Place place = moratoriumLapsingIn(25);
        subscribed("gen@example.org", "measure:" + place.measure(), "immediate", "sunsets");
        assertThat(reminders.sunsets(Instant.now())).isEqualTo(1);
        dispatchNow();
        var mail = Smtp.receivedBy("gen@example.org").get(0);
        assertThat(Mails.subject(mail)).endsWith(" lapses in 25 days");
        assertThat(Mails.text(mail)).contains("The moratorium reaches its sunset date on");
    }

    @Test
    void sunsetIsAnnouncedOncePerMark() {
        AlertTestData.Place place = moratoriumLapsingIn(25);
        subscribed("hy@example.org", "measure:" + place.measure(), "immediate", "sunsets");
        assertThat(reminders.sunsets(Instant.now())).isEqualTo(1);
        assertThat(reminders.sunsets(Instant.now().plus(Duration.ofDays(2)))).isZero();
        assertThat(reminders.sunsets(Instant.now().plus(Duration.ofDays(20)))).as("the seven-day mark").isEqualTo(1);
    }

    @Test
    void sunsetFarAwayIsNotAnnounced() {
        AlertTestData.Place place = moratoriumLapsingIn(90);
        subscribed("io@example.org", "measure:" + place.measure(), "immediate", "sunsets");
        assertThat(reminders.sunsets(Instant.now())).isZero();
    }

    @Test
    void newlyDetectedMeasureInScopeIsAnnounced() {
        AlertTestData.Place place = data.place();
        subscribed("jay@example.org", "region:ZZ", "immediate", "detected");
        String slug = data.detect(place, inDays(6));
        dispatchNow();
        var mail = Smtp.receivedBy("jay@example.org").get(0);
        assertThat(Mails.subject(mail)).endsWith(": Resolution on police use of facial recognition");
        assertThat(Mails.text(mail)).contains("On the agenda: Second reading: face surveillance ban (item 7)",
                "https://ow.test.example/m/" + slug);
    }

    @Test
    void aNewFileFoundOnAPastAgendaIsAnnouncedWithoutCallingThatMeetingNext() {
        AlertTestData.Place place = data.place();
        subscribed("lex@example.org", "jurisdiction:" + place.jurisdiction(), "immediate", "detected");
        data.detect(place, inDays(-5));
        dispatchNow();
        assertThat(Mails.text(Smtp.receivedBy("lex@example.org").get(0)))
                .contains("On the agenda of: City Council, ").doesNotContain("Next hearing");
    }

    @Test
    void anAgendaItemOfAMeetingAlreadyHeldIsNotNews() {
        AlertTestData.Place place = data.place();
        subscribed("lia@example.org", "jurisdiction:" + place.jurisdiction(), "immediate", "detected");
        data.detectItemWithoutFile(place, inDays(-2));
        assertThat(data.kinds("lia@example.org")).isEmpty();
    }

    @Test
    void relevantAgendaItemWithoutAFileIsAnnouncedToItsJurisdiction() {
        AlertTestData.Place place = data.place();
        subscribed("kim@example.org", "jurisdiction:" + place.jurisdiction(), "immediate", "detected");
        data.detectItemWithoutFile(place, inDays(4));
        dispatchNow();
        var mail = Smtp.receivedBy("kim@example.org").get(0);
        assertThat(Mails.subject(mail)).contains("New on an agenda in")
                .endsWith("Presentation on the police department's facial recognition pilot");
        assertThat(Mails.text(mail)).contains(
                "On the agenda: Presentation on the police department's facial recognition pilot (item 9)",
                "Source:       The agenda item <https://alertville.legistar.example/item/9>",
                "Date:         " + java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)
                        .format(inDays(4).atZoneSameInstant(ZoneId.of("America/Chicago"))));
    }
}
