package org.ordinancewatch.parse.iqm2;

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

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.record.ScrapedMeeting;
import org.ordinancewatch.parse.SourceContext;
import org.ordinancewatch.record.Link;
import org.ordinancewatch.record.ScrapedMeetingStatus;
import org.ordinancewatch.testing.Fixtures;

class Iqm2CalendarAdapterTest {

    private static final String HANFORD = "iqm2/City-Bureau__city-scrapers-fresno/tests__files__fre_hanford_city_council.html";
    private static final String CLAYTON = "iqm2/City-Bureau__city-scrapers-atl/tests__files__atl_clayton_co_boc.html";
    private static final String NORCROSS = "iqm2/City-Bureau__city-scrapers-atl/tests__files__atl_norcross.html";
    private static final String CREVE_COEUR = "iqm2/stl-public-meetings__city-scrapers-stl/tests__files__cc_stormwater.calendar_version_e3464954.html";
    private static final String RIVERSIDE = "iqm2/washabstract__city-scrapers-ca/tests__files__riverside_county.html";

    private final Iqm2CalendarAdapter adapter = new Iqm2CalendarAdapter();

    private static Page page(String fixture, String url) {
        return Fixtures.page(Fixtures.shared(fixture), url, "text/html; charset=utf-8");
    }

    private static Page hanford() {
        return page(HANFORD, "https://hanfordca.iqm2.com/Citizens/Calendar.aspx");
    }

    private ParseResult parseHanford() {
        return parse(adapter, hanford(), context("America/Los_Angeles"));
    }

    @Test
    void nameIsIqm2Calendar() {
        assertThat(adapter.name()).isEqualTo("iqm2-calendar");
    }

    @ParameterizedTest
    @CsvSource({
            HANFORD + ",America/Los_Angeles,77",
            CLAYTON + ",America/New_York,56",
            NORCROSS + ",America/New_York,12",
            CREVE_COEUR + ",America/Chicago,155",
            RIVERSIDE + ",America/Los_Angeles,87" })
    void readsEveryMeetingRow(String fixture, String zone, int expected) {
        ParseResult result = parse(adapter, page(fixture, "https://example.iqm2.com/Citizens/Calendar.aspx"), context(zone));
        assertThat(result.meetings()).hasSize(expected);
    }

    @ParameterizedTest
    @CsvSource({ HANFORD + ",11", CREVE_COEUR + ",23", CLAYTON + ",0", RIVERSIDE + ",0" })
    void marksCancelledMeetings(String fixture, long expected) {
        ParseResult result = parse(adapter, page(fixture, "https://example.iqm2.com/Citizens/Calendar.aspx"),
                context("America/Chicago"));
        assertThat(result.meetings().stream().filter(m -> m.status() == ScrapedMeetingStatus.CANCELLED).count())
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({ HANFORD, CLAYTON, NORCROSS, CREVE_COEUR, RIVERSIDE })
    void realPagesGiveNoWarnings(String fixture) {
        ParseResult result = parse(adapter, page(fixture, "https://example.iqm2.com/Citizens/Calendar.aspx"),
                context("America/Chicago"));
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void bodyComesFromTheBoardLine() {
        assertThat(meeting(parseHanford(), "1956").body()).isEqualTo("Planning Commission");
    }

    @Test
    void titleIsTheMeetingType() {
        assertThat(meeting(parseHanford(), "1956").title()).isEqualTo("Regular Meeting");
    }

    @Test
    void startIsLocalTimeInTheSourceZone() {
        assertThat(meeting(parseHanford(), "1956").start())
                .isEqualTo(OffsetDateTime.parse("2022-01-11T17:30:00-08:00"));
    }

    @Test
    void locationJoinsRoomAndAddress() {
        assertThat(meeting(parseHanford(), "1956").location())
                .isEqualTo("Council Chambers, 400 N. Douty St., Hanford, CA 93230");
    }

    @Test
    void cancelledStatusIsRead() {
        assertThat(meeting(parseHanford(), "1956").status()).isEqualTo(ScrapedMeetingStatus.CANCELLED);
    }

    @Test
    void pastMeetingIsHeld() {
        assertThat(meeting(parseHanford(), "1934").status()).isEqualTo(ScrapedMeetingStatus.HELD);
    }

    @Test
    void closedStatusOfAPastMeetingIsHeld() {
        assertThat(meeting(parseHanford(), "1943").status()).isEqualTo(ScrapedMeetingStatus.HELD);
    }

    @Test
    void futureMeetingIsScheduled() {
        SourceContext beforeTheYear = context("America/Los_Angeles", Instant.parse("2022-01-01T00:00:00Z"));
        assertThat(meeting(parse(adapter, hanford(), beforeTheYear), "1934").status())
                .isEqualTo(ScrapedMeetingStatus.SCHEDULED);
    }

    @Test
    void detailUrlIsAbsolute() {
        assertThat(meeting(parseHanford(), "1956").url())
                .isEqualTo("https://hanfordca.iqm2.com/Citizens/Detail_Meeting.aspx?ID=1956");
    }

    @Test
    void documentLinksAreAbsoluteAndLabelled() {
        assertThat(meeting(parseHanford(), "1934").links()).containsExactly(
                new Link("Agenda", "https://hanfordca.iqm2.com/Citizens/FileOpen.aspx?Type=14&ID=1689&Inline=True"),
                new Link("Agenda Packet", "https://hanfordca.iqm2.com/Citizens/FileOpen.aspx?Type=1&ID=1689&Inline=True"),
                new Link("Minutes", "https://hanfordca.iqm2.com/Citizens/FileOpen.aspx?Type=12&ID=1784&Inline=True"));
    }

    @Test
    void hiddenDocumentLinksAreNotRecorded() {
        ParseResult result = parse(adapter, page(NORCROSS, "https://norcrossga.iqm2.com/Citizens/Default.aspx"),
                context("America/New_York"));
        assertThat(meeting(result, "2365").links()).isEmpty();
    }

    @Test
    void homePageRowsCarryTheirLinks() {
        ParseResult result = parse(adapter, page(NORCROSS, "https://norcrossga.iqm2.com/Citizens/Default.aspx"),
                context("America/New_York"));
        assertThat(meeting(result, "2469").links()).containsExactly(new Link("Agenda Packet",
                "https://norcrossga.iqm2.com/Citizens/FileOpen.aspx?Type=1&ID=2309&Inline=True"));
    }

    @Test
    void claytonFirstMeetingBody() {
        ParseResult result = parse(adapter, page(CLAYTON, "https://claytoncountyga.iqm2.com/Citizens/Calendar.aspx"),
                context("America/New_York"));
        assertThat(meeting(result, "1342").body()).isEqualTo("Board of Commissioners");
    }

    @Test
    void claytonFirstMeetingStart() {
        ParseResult result = parse(adapter, page(CLAYTON, "https://claytoncountyga.iqm2.com/Citizens/Calendar.aspx"),
                context("America/New_York"));
        assertThat(meeting(result, "1342").start()).isEqualTo(OffsetDateTime.parse("2022-01-04T18:30:00-05:00"));
    }

    @Test
    void claytonFirstMeetingLocation() {
        ParseResult result = parse(adapter, page(CLAYTON, "https://claytoncountyga.iqm2.com/Citizens/Calendar.aspx"),
                context("America/New_York"));
        assertThat(meeting(result, "1342").location())
                .isEqualTo("Commissioners' Board Room, 112 Smith Street, Jonesboro, GA 30236");
    }

    @Test
    void creveCoeurCancelledMeeting() {
        ParseResult result = parse(adapter, page(CREVE_COEUR, "https://crevecoeurcitymo.iqm2.com/Citizens/Calendar.aspx"),
                context("America/Chicago"));
        assertThat(meeting(result, "5626")).satisfies(m -> {
            assertThat(m.body()).isEqualTo("Board of Adjustment");
            assertThat(m.start()).isEqualTo(OffsetDateTime.parse("2020-01-16T16:00:00-06:00"));
            assertThat(m.status()).isEqualTo(ScrapedMeetingStatus.CANCELLED);
        });
    }

    @Test
    void riversideSummerMeetingUsesDaylightTime() {
        // tooltip "TUESDAY, SEPTEMBER 12, 2023  9:30 AM", Board of Supervisors
        ParseResult result = parse(adapter, page(RIVERSIDE, "https://rivcocob.iqm2.com/Citizens/Calendar.aspx"),
                context("America/Los_Angeles"));
        OffsetDateTime start = meeting(result, "2794").start();
        assertThat(start).isEqualTo(OffsetDateTime.parse("2023-09-12T09:30:00-07:00"));
        assertThat(start.getOffset()).isEqualTo(java.time.ZoneOffset.ofHours(-7));
        assertThat(meeting(result, "2794").body()).isEqualTo("Board of Supervisors");
    }

    @Test
    void riversideWinterMeetingUsesStandardTime() {
        ParseResult result = parse(adapter, page(RIVERSIDE, "https://rivcocob.iqm2.com/Citizens/Calendar.aspx"),
                context("America/Los_Angeles"));
        OffsetDateTime start = meeting(result, "2826").start();
        assertThat(start).isEqualTo(OffsetDateTime.parse("2023-01-04T09:00:00-08:00"));
        assertThat(start.getOffset()).isEqualTo(java.time.ZoneOffset.ofHours(-8));
    }

    @Test
    void followsEveryMeetingDetailPage() {
        ParseResult result = parseHanford();
        assertThat(result.follow()).hasSize(77)
                .contains("https://hanfordca.iqm2.com/Citizens/Detail_Meeting.aspx?ID=1956");
    }

    @Test
    void truncatedPageGivesAPartialResultWithWarnings() {
        // the download stops inside the 40th of the 77 MeetingRow divs, before its tooltip and link
        ParseResult result = parse(adapter, cutBefore(hanford(), "title=\"THURSDAY, JUNE 23, 2022  5:00 PM"),
                context("America/Los_Angeles"));
        assertThat(result.meetings()).hasSize(39);
        ScrapedMeeting last = result.meetings().get(38);
        assertThat(last.sourceId()).isEqualTo("1990");
        assertThat(last.start()).isEqualTo(OffsetDateTime.parse("2022-06-21T19:00:00-07:00"));
        assertThat(result.warnings()).containsExactly("page appears truncated: no closing </html> tag",
                "meeting row 40 has no date; skipped", "the page declares 77 meetings but 39 were read");
    }

    @Test
    void pageWithTheMeetingListRemovedIsAParseException() {
        Page stripped = edited(hanford(), text -> {
            Document doc = Jsoup.parse(text);
            doc.select("#ContentPlaceholder1_pnlMeetings").remove();
            return doc.outerHtml();
        });
        assertThatThrownBy(() -> adapter.parse(stripped, context("America/Los_Angeles")))
                .isInstanceOf(ParseException.class).hasMessageContaining("MeetingRow");
    }

    @Test
    void reorderedRowPartsReadTheSame() {
        Page reordered = edited(hanford(), text -> {
            Document doc = Jsoup.parse(text);
            for (Element top : doc.select("div.RowTop")) {
                Element link = top.selectFirst("> div.RowLink");
                if (link != null) {
                    link.remove();
                    top.appendChild(link);
                }
            }
            return doc.outerHtml();
        });
        ParseResult result = parse(adapter, reordered, context("America/Los_Angeles"));
        assertThat(result.meetings()).hasSize(77);
        assertThat(meeting(result, "1934").links()).hasSize(3);
        assertThat(meeting(result, "1956").start()).isEqualTo(OffsetDateTime.parse("2022-01-11T17:30:00-08:00"));
    }

    @Test
    void meetingDetailPageIsNotACalendar() {
        Page detail = page("iqm2/stl-public-meetings__city-scrapers-stl/tests__files__cc_finance.html",
                "https://crevecoeurcitymo.iqm2.com/Citizens/Detail_Meeting.aspx?ID=5011");
        assertThatThrownBy(() -> adapter.parse(detail, context("America/Chicago")))
                .isInstanceOf(ParseException.class);
    }
}
