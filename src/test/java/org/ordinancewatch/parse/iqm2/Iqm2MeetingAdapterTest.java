package org.ordinancewatch.parse.iqm2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ordinancewatch.testing.AdapterTesting.context;
import static org.ordinancewatch.testing.AdapterTesting.cutBefore;
import static org.ordinancewatch.testing.AdapterTesting.edited;
import static org.ordinancewatch.testing.AdapterTesting.parse;
import static org.ordinancewatch.testing.AdapterTesting.truncated;

import java.time.OffsetDateTime;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.record.ScrapedItem;
import org.ordinancewatch.record.Link;
import org.ordinancewatch.record.ScrapedMeeting;
import org.ordinancewatch.record.ScrapedMeetingStatus;
import org.ordinancewatch.testing.Fixtures;

class Iqm2MeetingAdapterTest {

    private static final String DIR = "iqm2/stl-public-meetings__city-scrapers-stl/";
    private static final String BASE = "https://crevecoeurcitymo.iqm2.com/Citizens/";

    private final Iqm2MeetingAdapter adapter = new Iqm2MeetingAdapter();

    private static Page page(String file, String id) {
        return Fixtures.page(Fixtures.shared(DIR + file), BASE + "Detail_Meeting.aspx?ID=" + id, "text/html; charset=utf-8");
    }

    private ScrapedMeeting only(Page page) {
        ParseResult result = parse(adapter, page, context("America/Chicago"));
        assertThat(result.meetings()).hasSize(1);
        return result.meetings().get(0);
    }

    private ScrapedMeeting finance() {
        return only(page("tests__files__cc_finance.html", "5011"));
    }

    private ScrapedMeeting planning() {
        return only(page("tests__files__cc_planning.html", "5059"));
    }

    private ScrapedMeeting frt() {
        return only(Fixtures.page(Fixtures.own("iqm2/Detail_Meeting_frt.html"),
                "https://examplecitymo.iqm2.com/Citizens/Detail_Meeting.aspx?ID=3120", "text/html; charset=utf-8"));
    }

    private static ScrapedItem item(ScrapedMeeting meeting, String title) {
        return meeting.items().stream().filter(i -> i.title().startsWith(title)).findFirst().orElseThrow();
    }

    @Test
    void nameIsIqm2Meeting() {
        assertThat(adapter.name()).isEqualTo("iqm2-meeting");
    }

    @ParameterizedTest
    @CsvSource({
            "tests__files__cc_adjustment.html,16,Board of Adjustment,2019-03-21T16:00-05:00",
            "tests__files__cc_arts.html,16,Arts Committee,2019-01-23T18:00-06:00",
            "tests__files__cc_audit.html,14,Audit Committee,2019-08-08T09:30-05:00",
            "tests__files__cc_building_code.html,0,Building Code Board of Appeals,2020-03-19T17:30-05:00",
            "tests__files__cc_economic_development.html,17,Economic Development Committee,2019-01-15T08:00-06:00",
            "tests__files__cc_finance.html,25,Finance Committee,2019-02-12T17:30-06:00",
            "tests__files__cc_horticulture.html,19,'Horticulture, Ecology and Beautification Committee',2019-01-09T16:00-06:00",
            "tests__files__cc_parks_preservation.html,0,Parks and Historic Preservation Committee,2020-02-12T17:00-06:00",
            "tests__files__cc_personnel_appeals.html,11,Personnel Appeals Board,2020-06-22T17:00-05:00",
            "tests__files__cc_planning.html,23,Planning and Zoning Commission,2019-01-07T18:30-06:00",
            "tests__files__cc_stormwater.html,21,Stormwater Committee,2020-04-15T16:30-05:00",
            "tests__files__cc_venable_park.html,0,Dr. H. Venable Memorial Park Task Force,2020-04-15T19:00-05:00" })
    void readsOneMeetingWithItsItems(String file, int items, String body, String start) {
        ScrapedMeeting meeting = only(page(file, "1"));
        assertThat(meeting.items()).hasSize(items);
        assertThat(meeting.body()).isEqualTo(body);
        assertThat(meeting.start()).isEqualTo(OffsetDateTime.parse(start));
    }

    @Test
    void bodyIsTheMeetingGroup() {
        assertThat(finance().body()).isEqualTo("Finance Committee");
    }

    @Test
    void titleIsTheMeetingType() {
        assertThat(finance().title()).isEqualTo("Committee Meeting");
    }

    @Test
    void startIsInTheSourceZone() {
        assertThat(finance().start()).isEqualTo(OffsetDateTime.parse("2019-02-12T17:30:00-06:00"));
    }

    @Test
    void locationJoinsRoomAndAddress() {
        assertThat(finance().location())
                .isEqualTo("Administrative Conference Room, 300 N New Ballas Road Creve Coeur, MO 63141");
    }

    @Test
    void cancelledMeetingIsCancelled() {
        assertThat(finance().status()).isEqualTo(ScrapedMeetingStatus.CANCELLED);
    }

    @Test
    void pastMeetingIsHeld() {
        assertThat(planning().status()).isEqualTo(ScrapedMeetingStatus.HELD);
    }

    @Test
    void sourceIdComesFromTheUrl() {
        assertThat(finance().sourceId()).isEqualTo("5011");
    }

    @Test
    void downloadsAreAbsoluteLinks() {
        assertThat(planning().links()).containsExactly(
                new Link("Agenda", BASE + "FileOpen.aspx?Type=14&ID=1938&Inline=True"),
                new Link("Agenda Packet", BASE + "FileOpen.aspx?Type=1&ID=1938&Inline=True"),
                new Link("Summary", BASE + "FileView.aspx?Type=15&ID=4676"),
                new Link("Minutes", BASE + "FileView.aspx?Type=12&ID=4676"),
                new Link("Video (Windows Media)", BASE
                        + "SplitView.aspx?Mode=Video&MeetingID=5059&MinutesID=4676&FileFormat=doc&Format=Minutes&MediaFileFormat=mpeg4"));
    }

    @Test
    void topLevelItemKeepsItsPrintedNumber() {
        assertThat(item(planning(), "NEW BUSINESS").number()).isEqualTo("7");
    }

    @Test
    void subItemIsNumberedUnderItsParent() {
        assertThat(item(planning(), "Application #18-050").number()).isEqualTo("7.1");
    }

    @Test
    void deeperSubItemIsNumberedUnderBothParents() {
        assertThat(item(planning(), "# 18-050 Staff Report").number()).isEqualTo("7.1.a");
    }

    @Test
    void legislativeItemCarriesItsFileId() {
        assertThat(item(planning(), "Application #18-050").file()).isEqualTo("3262");
    }

    @Test
    void legislativeItemLinksItsDetailPage() {
        assertThat(item(planning(), "Application #18-050").url())
                .isEqualTo(BASE + "Detail_LegiFile.aspx?Frame=&MeetingID=5059&MediaPosition=&ID=3262&CssClass=");
    }

    @Test
    void fileAttachmentRowBecomesAnItemLink() {
        ScrapedItem minutes = item(finance(), "Minutes of Nov 6, 2018");
        assertThat(minutes.links()).containsExactly(
                new Link("Minutes of Nov 6, 2018 5:30 PM", BASE + "FileOpen.aspx?Type=15&ID=4692"));
    }

    @Test
    void followsAgendasAndLegislativeFiles() {
        ParseResult result = parse(adapter, page("tests__files__cc_planning.html", "5059"), context("America/Chicago"));
        assertThat(result.follow()).contains(BASE + "FileOpen.aspx?Type=14&ID=1938&Inline=True",
                BASE + "Detail_LegiFile.aspx?Frame=&MeetingID=5059&MediaPosition=&ID=3262&CssClass=")
                .noneMatch(u -> u.contains("Detail_Motion"))
                .as("the agenda packet is not read").noneMatch(u -> u.contains("FileOpen.aspx?Type=1&"));
    }

    @Test
    void faceSurveillanceItemTitle() {
        assertThat(frt().items()).extracting(ScrapedItem::title)
                .contains("Bill No. 21-014: Ordinance banning municipal use of face surveillance technology");
    }

    @Test
    void faceSurveillanceItemNumber() {
        assertThat(item(frt(), "Bill No. 21-014").number()).isEqualTo("4.A");
    }

    @Test
    void faceSurveillanceItemFile() {
        assertThat(item(frt(), "Bill No. 21-014").file()).isEqualTo("4521");
    }

    @Test
    void faceSurveillanceItemUrl() {
        assertThat(item(frt(), "Bill No. 21-014").url()).isEqualTo(
                "https://examplecitymo.iqm2.com/Citizens/Detail_LegiFile.aspx?Frame=&MeetingID=3120&MediaPosition=&ID=4521&CssClass=");
    }

    @Test
    void faceSurveillanceAttachmentIsItsOwnRow() {
        assertThat(item(frt(), "Draft ordinance").links()).containsExactly(new Link(
                "Draft ordinance - face surveillance ban.pdf",
                "https://examplecitymo.iqm2.com/Citizens/FileOpen.aspx?Type=4&ID=9121&Inline=True"));
    }

    @Test
    void ownFixtureHasAllItems() {
        assertThat(frt().items()).hasSize(9);
    }

    @Test
    void truncatedPageGivesPartialItemsWithAWarning() {
        // the download stops inside item 6's title; the outline rows before it are 1, 2, 2.1, 3, 4, 4.1, 4.1.a and 5
        Page full = page("tests__files__cc_planning.html", "5059");
        List<ScrapedItem> items = parse(adapter, cutBefore(full, "UNFINISHED BUSINESS"), context("America/Chicago"))
                .meetings().get(0).items();
        assertThat(items).extracting(ScrapedItem::number).containsExactly("1", "2", "2.1", "3", "4", "4.1", "4.1.a", "5");
        assertThat(items.get(7).title()).isEqualTo("PUBLIC COMMENT");
        assertThat(parse(adapter, cutBefore(full, "UNFINISHED BUSINESS"), context("America/Chicago")).warnings())
                .containsExactly("page appears truncated: no closing </html> tag");
    }

    @Test
    void truncatedBeforeTheHeadingIsAParseException() {
        assertThatThrownBy(() -> adapter.parse(truncated(page("tests__files__cc_planning.html", "5059"), 0.2),
                context("America/Chicago"))).isInstanceOf(ParseException.class);
    }

    @Test
    void missingOutlineTableGivesAMeetingWithoutItemsAndAWarning() {
        Page stripped = edited(page("tests__files__cc_planning.html", "5059"), text -> {
            Document doc = Jsoup.parse(text);
            doc.select("table.MeetingDetail").remove();
            return doc.outerHtml();
        });
        ParseResult result = parse(adapter, stripped, context("America/Chicago"));
        assertThat(result.meetings().get(0).items()).isEmpty();
        assertThat(result.warnings()).anyMatch(w -> w.contains("outline"));
    }

    @Test
    void swappedNumberAndTitleCellsReadTheSame() {
        Page swapped = edited(page("tests__files__cc_planning.html", "5059"), text -> {
            Document doc = Jsoup.parse(text);
            for (Element num : doc.select("table.MeetingDetail td.Num")) {
                Element title = num.nextElementSibling();
                num.remove();
                title.after(num);
            }
            return doc.outerHtml();
        });
        ScrapedMeeting meeting = only(swapped);
        assertThat(meeting.items()).hasSize(23);
        assertThat(item(meeting, "Application #18-050").number()).isEqualTo("7.1");
    }

    @Test
    void calendarPageIsNotAMeetingPage() {
        Page calendar = Fixtures.page(Fixtures.shared(DIR + "tests__files__cc_stormwater.calendar_version_e3464954.html"),
                BASE + "Calendar.aspx", "text/html");
        assertThatThrownBy(() -> adapter.parse(calendar, context("America/Chicago"))).isInstanceOf(ParseException.class);
    }
}
