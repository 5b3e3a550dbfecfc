package org.ordinancewatch.parse.novus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ordinancewatch.testing.AdapterTesting.context;
import static org.ordinancewatch.testing.AdapterTesting.cutBefore;
import static org.ordinancewatch.testing.AdapterTesting.edited;
import static org.ordinancewatch.testing.AdapterTesting.meeting;
import static org.ordinancewatch.testing.AdapterTesting.parse;

import java.time.OffsetDateTime;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.record.ScrapedItem;
import org.ordinancewatch.record.Link;
import org.ordinancewatch.record.ScrapedMeeting;
import org.ordinancewatch.record.ScrapedMeetingStatus;
import org.ordinancewatch.testing.Fixtures;

class NovusAgendaAdapterTest {

    private static final String BASE = "https://southfulton.novusagenda.com/agendapublic/";

    private final NovusAgendaAdapter adapter = new NovusAgendaAdapter();

    private Page page() {
        return Fixtures.page(Fixtures.shared("novusagenda/City-Bureau__city-scrapers-atl/tests__files__atl_south_fulton_city_council.html"),
                BASE + "meetingsresponsive.aspx", "text/html; charset=utf-8");
    }

    private ParseResult result() {
        return parse(adapter, page(), context("America/New_York"));
    }

    @Test
    void nameIsNovusAgenda() {
        assertThat(adapter.name()).isEqualTo("novusagenda");
    }

    @Test
    void readsEveryMeetingRow() {
        assertThat(result().meetings()).hasSize(12);
    }

    @Test
    void realPageGivesNoWarnings() {
        assertThat(result().warnings()).isEmpty();
    }

    @Test
    void bodyIsTheMeetingTypeWithoutItsPhoneCopy() {
        assertThat(meeting(result(), "468").body()).isEqualTo("Council Regular Meeting");
    }

    @Test
    void startIsTheDateInTheSourceZone() {
        assertThat(meeting(result(), "468").start()).isEqualTo(OffsetDateTime.parse("2022-08-23T00:00:00-04:00"));
    }

    @Test
    void location() {
        assertThat(meeting(result(), "468").location())
                .isEqualTo("REGULAR COUNCIL MEETING - Welcome All Park Multipurpose Center 4255 Will Lee Road, South Fulton, GA ,30349");
    }

    @Test
    void pastMeetingIsHeld() {
        assertThat(meeting(result(), "468").status()).isEqualTo(ScrapedMeetingStatus.HELD);
    }

    @Test
    void agendaLinksComeFromScriptAndHref() {
        assertThat(meeting(result(), "468").links()).containsExactly(
                new Link("Agenda (HTML)", BASE + "MeetingView.aspx?MeetingID=468&MinutesMeetingID=-1&doctype=Agenda"),
                new Link("Agenda (PDF)", BASE + "DisplayAgendaPDF.ashx?MeetingID=468"));
    }

    @Test
    void minutesAreLinked() {
        assertThat(meeting(result(), "457").links()).extracting(Link::label).contains("Minutes (PDF)");
    }

    @Test
    void matchedItemsAttachToTheirMeeting() {
        assertThat(meeting(result(), "468").items()).hasSize(15);
    }

    @Test
    void itemTitleAndCoversheet() {
        ScrapedItem first = meeting(result(), "468").items().get(0);
        assertThat(first.title()).isEqualTo("Request Council Approval of City Council Regular Meeting Minutes from May 25, 2022");
        assertThat(first.url()).isEqualTo(BASE + "Coversheet.aspx?ItemID=2787&MeetingID=468");
    }

    @Test
    void otherMeetingsHaveNoItems() {
        assertThat(meeting(result(), "467").items()).isEmpty();
    }

    @Test
    void followsTheAgendaPdfsNotTheHtmlViews() {
        // 11 distinct DisplayAgendaPDF.ashx links in the markup for the 12 meetings
        assertThat(result().follow()).hasSize(11).contains(BASE + "DisplayAgendaPDF.ashx?MeetingID=468")
                .allMatch(u -> u.startsWith(BASE + "DisplayAgendaPDF.ashx?MeetingID="));
    }

    @Test
    void truncatedPageGivesTheRowsBeforeTheCutWithAWarning() {
        // the download stops inside the 8th of the 12 meeting rows (meeting 461), before its date
        ParseResult result = parse(adapter, cutBefore(page(), "07/22/22</td>"), context("America/New_York"));
        assertThat(result.meetings()).extracting(ScrapedMeeting::sourceId).containsExactly("468", "467", "464", "465", "466",
                "463", "462");
        ScrapedMeeting last = result.meetings().get(6);
        assertThat(last.body()).isEqualTo("Council Work Session");
        assertThat(last.start()).isEqualTo(OffsetDateTime.parse("2022-08-09T00:00:00-04:00"));
        assertThat(result.warnings()).containsExactly("page appears truncated: no closing </html> tag");
    }

    @Test
    void pageWithoutTheMeetingsTableIsAParseException() {
        Page stripped = edited(page(), t -> {
            Document doc = Jsoup.parse(t);
            doc.select("table:has(a[id$=lnkMeetingDate])").remove();
            return doc.outerHtml();
        });
        assertThatThrownBy(() -> adapter.parse(stripped, context("America/New_York"))).isInstanceOf(ParseException.class)
                .hasMessageContaining("meetings table");
    }

    @Test
    void swappedColumnsAreFoundByTheirHeaders() {
        Page swapped = edited(page(), t -> {
            Document doc = Jsoup.parse(t);
            var table = doc.selectFirst("table:has(a[id$=lnkMeetingDate])");
            for (var row : table.select("tr")) {
                var cells = row.children();
                if (cells.size() >= 4) {
                    // move ScrapedMeeting Location before ScrapedMeeting Date
                    var location = cells.get(3);
                    location.remove();
                    cells.get(1).before(location);
                }
            }
            return doc.outerHtml();
        });
        ScrapedMeeting meeting = meeting(parse(adapter, swapped, context("America/New_York")), "468");
        assertThat(meeting.start()).isEqualTo(OffsetDateTime.parse("2022-08-23T00:00:00-04:00"));
        assertThat(meeting.body()).isEqualTo("Council Regular Meeting");
    }
}
