package org.ordinancewatch.parse.primegov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ordinancewatch.testing.AdapterTesting.context;
import static org.ordinancewatch.testing.AdapterTesting.edited;
import static org.ordinancewatch.testing.AdapterTesting.meeting;
import static org.ordinancewatch.testing.AdapterTesting.parse;
import static org.ordinancewatch.testing.AdapterTesting.truncated;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.record.Link;
import org.ordinancewatch.record.ScrapedMeetingStatus;
import org.ordinancewatch.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

class PrimeGovApiAdapterTest {

    private static final String ATL = "primegov/City-Bureau__city-scrapers-atl/tests__files__";
    private static final String CA = "primegov/washabstract__city-scrapers-ca/tests__files__";
    private static final String CLAYTON_URL = "https://claytoncountyga.primegov.com/api/v2/PublicPortal/ListArchivedMeetings?year=2026";
    private static final String LA_URL = "https://lacity.primegov.com/api/v2/PublicPortal/ListArchivedMeetings?year=2021";

    private final PrimeGovApiAdapter adapter = new PrimeGovApiAdapter();

    private static Page page(String fixture, String url) {
        return Fixtures.page(Fixtures.shared(fixture), url, "application/json; charset=utf-8");
    }

    private ParseResult clayton() {
        return parse(adapter, page(ATL + "atl_clayton_co_boc_meetings.json", CLAYTON_URL), context("America/New_York"));
    }

    private ParseResult la() {
        return parse(adapter, page(CA + "la_city_government.html", LA_URL), context("America/Los_Angeles"));
    }

    @Test
    void nameIsPrimeGovApi() {
        assertThat(adapter.name()).isEqualTo("primegov-api");
    }

    @ParameterizedTest
    @CsvSource({
            ATL + "atl_clayton_co_boc_meetings.json,18,0",
            ATL + "atl_clayton_co_boc_upcoming_meetings.json,2,0",
            CA + "ccta.html,2,1",
            CA + "la_city_government.html,5,1" })
    void readsEveryMeeting(String fixture, int expected, long cancelled) {
        ParseResult result = parse(adapter, page(fixture, CLAYTON_URL), context("America/Los_Angeles"));
        assertThat(result.meetings()).hasSize(expected);
        assertThat(result.meetings().stream().filter(m -> m.status() == ScrapedMeetingStatus.CANCELLED).count())
                .isEqualTo(cancelled);
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void bodyIsTheMeetingTitle() {
        assertThat(meeting(clayton(), "554").body()).isEqualTo("Regular Business Meeting");
    }

    @Test
    void startComesFromDateTimeInTheSourceZone() {
        assertThat(meeting(clayton(), "554").start()).isEqualTo(OffsetDateTime.parse("2026-01-06T18:00:00-05:00"));
    }

    @Test
    void startComesFromDateAndTimeWhenThereIsNoDateTime() {
        assertThat(meeting(la(), "9817").start()).isEqualTo(OffsetDateTime.parse("2021-10-21T10:00:00-07:00"));
    }

    @Test
    void meetingsBeforeTheClockAreHeldAndAfterItScheduled() {
        ParseResult result = clayton();
        assertThat(result.meetings().stream().filter(m -> m.status() == ScrapedMeetingStatus.HELD).count()).isEqualTo(4);
        assertThat(result.meetings().stream().filter(m -> m.status() == ScrapedMeetingStatus.SCHEDULED).count()).isEqualTo(14);
    }

    @Test
    void upcomingMeetingIsScheduled() {
        ParseResult result = parse(adapter, page(ATL + "atl_clayton_co_boc_upcoming_meetings.json", CLAYTON_URL),
                context("America/New_York"));
        assertThat(meeting(result, "696").status()).isEqualTo(ScrapedMeetingStatus.SCHEDULED);
    }

    @Test
    void noticeOfCancellationMakesTheMeetingCancelled() {
        assertThat(meeting(la(), "9944").status()).isEqualTo(ScrapedMeetingStatus.CANCELLED);
    }

    @Test
    void cancelledTitleIsCancelled() {
        ParseResult result = parse(adapter, page(CA + "ccta.html", "https://ccta.primegov.com/api/v2/PublicPortal/ListArchivedMeetings?year=2022"),
                context("America/Los_Angeles"));
        assertThat(meeting(result, "1330").status()).isEqualTo(ScrapedMeetingStatus.CANCELLED);
    }

    @Test
    void documentsBecomeCompiledDocumentAndPortalLinks() {
        assertThat(meeting(la(), "9817").links()).containsExactly(
                new Link("HTML Agenda", "https://lacity.primegov.com/Portal/Meeting?meetingTemplateId=77545"),
                new Link("Agenda", "https://lacity.primegov.com/Public/CompiledDocument?meetingTemplateId=77545&compileOutputType=1"),
                new Link("HTML Journal", "https://lacity.primegov.com/Portal/Meeting?meetingTemplateId=77546"),
                new Link("Journal", "https://lacity.primegov.com/Public/CompiledDocument?meetingTemplateId=77546&compileOutputType=1"),
                new Link("Video", "https://youtube.com/watch?v=XsG8X1NTEoo"));
    }

    @Test
    void protocolRelativeVideoTakesThePageScheme() {
        assertThat(meeting(clayton(), "554").links()).contains(
                new Link("Video", "https://claytoncountyga.granicus.com/MediaPlayer.php?clip_id=34"));
    }

    @Test
    void minutesAreLinked() {
        assertThat(meeting(clayton(), "554").links()).extracting(Link::label).containsExactly("Summary Minutes", "Minutes", "Video");
    }

    @Test
    void followsThePdfAgendas() {
        // agendas, revised and special agendas; not journals (77546) or the HTML copies (Portal/Meeting)
        assertThat(la().follow()).hasSize(4)
                .contains("https://lacity.primegov.com/Public/CompiledDocument?meetingTemplateId=77545&compileOutputType=1")
                .noneMatch(u -> u.contains("77546")).noneMatch(u -> u.contains("/Portal/Meeting"));
    }

    @Test
    void truncatedJsonIsAParseException() {
        Page cut = truncated(page(ATL + "atl_clayton_co_boc_meetings.json", CLAYTON_URL), 0.5);
        assertThatThrownBy(() -> adapter.parse(cut, context("America/New_York"))).isInstanceOf(ParseException.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void objectInsteadOfTheMeetingArrayIsAParseException() {
        Page wrapped = edited(page(ATL + "atl_clayton_co_boc_meetings.json", CLAYTON_URL), t -> "{\"message\":\"An error has occurred.\"}");
        assertThatThrownBy(() -> adapter.parse(wrapped, context("America/New_York"))).isInstanceOf(ParseException.class)
                .hasMessageContaining("JSON array");
    }

    @Test
    void reorderedFieldsReadTheSame() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Page reordered = edited(page(CA + "la_city_government.html", LA_URL), text -> {
            try {
                ArrayNode out = mapper.createArrayNode();
                for (JsonNode node : mapper.readTree(text)) {
                    ObjectNode reversed = mapper.createObjectNode();
                    var names = new java.util.ArrayList<String>();
                    node.fieldNames().forEachRemaining(names::add);
                    java.util.Collections.reverse(names);
                    names.forEach(n -> reversed.set(n, node.get(n)));
                    out.add(reversed);
                }
                return mapper.writeValueAsString(out);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        ParseResult result = parse(adapter, reordered, context("America/Los_Angeles"));
        assertThat(result.meetings()).usingRecursiveFieldByFieldElementComparator().isEqualTo(la().meetings());
    }

    @Test
    void meetingWithoutATitleIsSkippedWithAWarning() {
        Page damaged = edited(page(CA + "ccta.html", LA_URL), t -> t.replace("\"title\":\"Countywide", "\"name\":\"Countywide"));
        ParseResult result = parse(adapter, damaged, context("America/Los_Angeles"));
        assertThat(result.meetings()).hasSize(1);
        assertThat(result.warnings()).singleElement().asString().contains("1298");
    }
}
