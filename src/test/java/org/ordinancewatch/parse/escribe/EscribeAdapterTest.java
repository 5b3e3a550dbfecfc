package org.ordinancewatch.parse.escribe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ordinancewatch.testing.AdapterTesting.context;
import static org.ordinancewatch.testing.AdapterTesting.cutBefore;
import static org.ordinancewatch.testing.AdapterTesting.edited;
import static org.ordinancewatch.testing.AdapterTesting.meeting;
import static org.ordinancewatch.testing.AdapterTesting.parse;
import static org.ordinancewatch.testing.AdapterTesting.truncated;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.record.Link;
import org.ordinancewatch.record.ScrapedMeeting;
import org.ordinancewatch.record.ScrapedMeetingStatus;
import org.ordinancewatch.testing.Fixtures;

class EscribeAdapterTest {

    private static final String CHULA_VISTA = "escribe/City-Bureau__city-scrapers-san-diego/tests__files__sandie_citychula.json";
    private static final String DETROIT = "escribe/City-Bureau__city-scrapers-det/tests__files__det_city_council.html";
    private static final String CHULA_ID = "3a6304b5-97b9-4bcc-aecd-72b8c188e73c";
    private static final String CHULA_SITE = "https://pub-chulavista.escribemeetings.com/";

    private final EscribeAdapter adapter = new EscribeAdapter();

    private Page chulaPage() {
        return Fixtures.page(Fixtures.shared(CHULA_VISTA),
                CHULA_SITE + "MeetingsCalendarView.aspx/GetCalendarMeetings", "application/json; charset=utf-8");
    }

    private Page detroitPage() {
        return Fixtures.page(Fixtures.shared(DETROIT), "https://pub-detroitmi.escribemeetings.com/Meetings.aspx",
                "text/html; charset=utf-8");
    }

    private ScrapedMeeting chula() {
        return meeting(parse(adapter, chulaPage(), context("America/Los_Angeles")), CHULA_ID);
    }

    private ParseResult detroit() {
        return parse(adapter, detroitPage(), context("America/Detroit"));
    }

    @Test
    void nameIsEscribe() {
        assertThat(adapter.name()).isEqualTo("escribe");
    }

    @Test
    void calendarJsonHasOneMeeting() {
        assertThat(parse(adapter, chulaPage(), context("America/Los_Angeles")).meetings()).hasSize(1);
    }

    @Test
    void calendarBodyIsTheMeetingType() {
        assertThat(chula().body()).isEqualTo("Board of Ethics Regular Meeting");
    }

    @Test
    void calendarStartIsInTheSourceZone() {
        assertThat(chula().start()).isEqualTo(OffsetDateTime.parse("2025-12-17T17:15:00-08:00"));
    }

    @Test
    void calendarLocation() {
        assertThat(chula().location()).isEqualTo("City Hall, Bldg. A, Executive Conference Room #103");
    }

    @Test
    void calendarPastMeetingIsHeld() {
        assertThat(chula().status()).isEqualTo(ScrapedMeetingStatus.HELD);
    }

    @Test
    void calendarFutureMeetingIsScheduled() {
        ParseResult result = parse(adapter, chulaPage(), context("America/Los_Angeles", Instant.parse("2025-12-01T00:00:00Z")));
        assertThat(meeting(result, CHULA_ID).status()).isEqualTo(ScrapedMeetingStatus.SCHEDULED);
    }

    @Test
    void calendarDocumentsResolveAgainstTheSiteRoot() {
        assertThat(chula().links()).hasSize(6).startsWith(
                new Link("Agenda Cover Page (PDF)", CHULA_SITE + "FileStream.ashx?DocumentId=56974"),
                new Link("Agenda (PDF)", CHULA_SITE + "FileStream.ashx?DocumentId=56975"),
                new Link("Agenda (HTML)", CHULA_SITE + "Meeting.aspx?Id=" + CHULA_ID + "&Agenda=Agenda&lang=English"));
    }

    @Test
    void calendarMeetingUrl() {
        assertThat(chula().url()).isEqualTo(CHULA_SITE + "MeetingsCalendarView.aspx/Meeting?Id=" + CHULA_ID);
    }

    @Test
    void calendarFollowsTheAgendaPdfNotItsCoverPageOrHtmlCopy() {
        // the entry links "Agenda Cover Page (PDF)" 56974, "Agenda (PDF)" 56975, "Agenda (HTML)" and a post agenda
        assertThat(parse(adapter, chulaPage(), context("America/Los_Angeles")).follow())
                .containsExactly(CHULA_SITE + "FileStream.ashx?DocumentId=56975");
    }

    @Test
    void listingWithOnlyHtmlAgendasFollowsNothing() {
        assertThat(detroit().meetings()).allSatisfy(m -> assertThat(m.links()).extracting(Link::label)
                .containsExactly("Agenda (HTML)"));
        assertThat(detroit().follow()).isEmpty();
    }

    @Test
    void listingHasTheUpcomingAndThePastMeeting() {
        assertThat(detroit().meetings()).hasSize(2);
    }

    @Test
    void upcomingMeetingBodyIsItsTitle() {
        assertThat(meeting(detroit(), "00c8942e-5eff-4224-8f30-ac0d1aa465eb").body()).isEqualTo("City Council Formal Session");
    }

    @Test
    void upcomingMeetingStart() {
        assertThat(meeting(detroit(), "00c8942e-5eff-4224-8f30-ac0d1aa465eb").start())
                .isEqualTo(OffsetDateTime.parse("2020-09-29T10:00:00-04:00"));
    }

    @Test
    void hiddenCancelledNoticeDoesNotCancel() {
        assertThat(meeting(detroit(), "00c8942e-5eff-4224-8f30-ac0d1aa465eb").status()).isEqualTo(ScrapedMeetingStatus.HELD);
    }

    @Test
    void visibleCancelledNoticeCancels() {
        Page shown = edited(detroitPage(), t -> t.replace("<div class='col-xs-12 hidden'>\r\n                                        <div class=\"text-danger pull-left\">\r\n                                            Meeting Cancelled",
                "<div class='col-xs-12'>\r\n                                        <div class=\"text-danger pull-left\">\r\n                                            Meeting Cancelled")
                .replace("<div class='col-xs-12 hidden'>\n                                        <div class=\"text-danger pull-left\">\n                                            Meeting Cancelled",
                        "<div class='col-xs-12'>\n                                        <div class=\"text-danger pull-left\">\n                                            Meeting Cancelled"));
        ParseResult result = parse(adapter, shown, context("America/Detroit"));
        assertThat(meeting(result, "00c8942e-5eff-4224-8f30-ac0d1aa465eb").status()).isEqualTo(ScrapedMeetingStatus.CANCELLED);
    }

    @Test
    void upcomingMeetingLocation() {
        assertThat(meeting(detroit(), "00c8942e-5eff-4224-8f30-ac0d1aa465eb").location()).isEqualTo("Committee of the Whole Room");
    }

    @Test
    void upcomingMeetingLinksTheHtmlAgendaWithoutScreenReaderText() {
        assertThat(meeting(detroit(), "00c8942e-5eff-4224-8f30-ac0d1aa465eb").links()).containsExactly(new Link(
                "Agenda (HTML)",
                "https://pub-detroitmi.escribemeetings.com/Meeting.aspx?Id=00c8942e-5eff-4224-8f30-ac0d1aa465eb&Agenda=Agenda&lang=English"));
    }

    @Test
    void pastMeetingBodyIsItsMeetingTypeGroup() {
        assertThat(meeting(detroit(), "8dff3dc0-af33-45fe-958b-2ff2f4b59785").body())
                .isEqualTo("Budget, Finance and Audit Standing Committee");
    }

    @Test
    void pastMeetingStart() {
        assertThat(meeting(detroit(), "8dff3dc0-af33-45fe-958b-2ff2f4b59785").start())
                .isEqualTo(OffsetDateTime.parse("2020-09-23T13:00:00-04:00"));
    }

    @Test
    void pastMeetingUrl() {
        assertThat(meeting(detroit(), "8dff3dc0-af33-45fe-958b-2ff2f4b59785").url()).isEqualTo(
                "https://pub-detroitmi.escribemeetings.com/Meeting.aspx?Id=8dff3dc0-af33-45fe-958b-2ff2f4b59785&lang=English");
    }

    @Test
    void emptyCalendarIsEmptyWithAWarning() {
        ParseResult result = parse(adapter, edited(chulaPage(), t -> "{\"d\":[]}"), context("America/Los_Angeles"));
        assertThat(result.meetings()).isEmpty();
        assertThat(result.warnings()).containsExactly("the eSCRIBE calendar returned no meetings");
    }

    @Test
    void realCalendarGivesNoWarning() {
        assertThat(parse(adapter, chulaPage(), context("America/Los_Angeles")).warnings()).isEmpty();
    }

    @Test
    void truncatedListingGivesTheMeetingsBeforeTheCutWithAWarning() {
        // the download stops inside the second (past) meeting's heading, before its date
        ParseResult result = parse(adapter, cutBefore(detroitPage(), "Sep 23 2020<span"), context("America/Detroit"));
        assertThat(result.meetings()).extracting(ScrapedMeeting::sourceId).containsExactly("00c8942e-5eff-4224-8f30-ac0d1aa465eb");
        assertThat(result.meetings().get(0).start()).isEqualTo(OffsetDateTime.parse("2020-09-29T10:00:00-04:00"));
        assertThat(result.warnings()).containsExactly("page appears truncated: no closing </html> tag",
                "meeting row without a date skipped: (empty row)");
    }

    @Test
    void truncatedCalendarJsonIsAParseException() {
        assertThatThrownBy(() -> adapter.parse(truncated(chulaPage(), 0.6), context("America/Los_Angeles")))
                .isInstanceOf(ParseException.class);
    }

    @Test
    void calendarWithoutTheMeetingArrayIsAParseException() {
        Page other = edited(chulaPage(), t -> "{\"Message\":\"There was an error processing the request.\"}");
        assertThatThrownBy(() -> adapter.parse(other, context("America/Los_Angeles"))).isInstanceOf(ParseException.class)
                .hasMessageContaining("\"d\" array");
    }

    @Test
    void pageWithoutMeetingsIsAParseException() {
        Page other = edited(detroitPage(), t -> "<html><body><h1>Service unavailable</h1></body></html>");
        assertThatThrownBy(() -> adapter.parse(other, context("America/Detroit"))).isInstanceOf(ParseException.class);
    }
}
