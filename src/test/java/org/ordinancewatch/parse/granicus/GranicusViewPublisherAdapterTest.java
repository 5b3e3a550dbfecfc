package org.ordinancewatch.parse.granicus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ordinancewatch.testing.AdapterTesting.context;
import static org.ordinancewatch.testing.AdapterTesting.cutBefore;
import static org.ordinancewatch.testing.AdapterTesting.edited;
import static org.ordinancewatch.testing.AdapterTesting.meeting;
import static org.ordinancewatch.testing.AdapterTesting.parse;
import static org.ordinancewatch.testing.AdapterTesting.swappedColumns;

import java.time.OffsetDateTime;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.record.ScrapedItem;
import org.ordinancewatch.record.Link;
import org.ordinancewatch.record.ScrapedMeeting;
import org.ordinancewatch.record.ScrapedMeetingStatus;
import org.ordinancewatch.testing.Fixtures;

class GranicusViewPublisherAdapterTest {

    private static final String CA = "granicus_viewpublisher/washabstract__city-scrapers-ca/tests__files__";
    private static final String CB = "granicus_viewpublisher/City-Bureau__city-scrapers/tests__files__";
    private static final String LISTING_URL = "https://example.granicus.com/ViewPublisher.php?view_id=1";

    private final GranicusViewPublisherAdapter adapter = new GranicusViewPublisherAdapter();

    private static Page page(String fixture, String url) {
        return Fixtures.page(Fixtures.shared(fixture), url, "text/html; charset=utf-8");
    }

    private ParseResult listing(String fixture, String url) {
        return parse(adapter, page(fixture, url), context("America/Los_Angeles"));
    }

    private ParseResult agenda(String file, String url) {
        return parse(adapter, page(CA + file, url), context("America/Los_Angeles"));
    }

    @Test
    void nameIsGranicusViewPublisher() {
        assertThat(adapter.name()).isEqualTo("granicus-viewpublisher");
    }

    /** Counts come from the row markup of each template (listingRow, odd/even, shade/noshade, bootstrap rows). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "granicus_viewpublisher/City-Bureau__city-scrapers-san-diego/tests__files__tulok_citycouncil.html,3,0",
            CB + "il_metra_board.html,61,0",
            CB + "metra_board.html,61,0",
            CB + "il_regional_transit_past.html,117,0",
            CA + "baldwinpark.html,1237,5",
            CA + "beverlyhills.html,346,0",
            CA + "cityofgardena.html,37,18",
            CA + "duarte.html,302,33",
            CA + "hidden_hills.html,70,0",
            CA + "la_port.html,452,1",
            CA + "ladwp.html,254,0",
            // 200 odd/even archive rows plus one upcoming row in a plain row
            CA + "lapuente.html,201,39",
            CA + "lawa.html,297,0",
            CA + "lomita.html,355,1",
            CA + "manhattanbeach.html,266,19",
            CA + "metrolink.html,533,27",
            CA + "norwalk.html,382,18",
            CA + "rosemead.html,749,0",
            CA + "san_diego_city_audit_com_archived.html,194,0",
            CA + "san_diego_city_budget_com_archived.html,198,0",
            CA + "san_diego_city_chart_com_archived.html,38,0",
            CA + "san_diego_city_fire_com_archived.html,8,0",
            CA + "san_diego_city_gov_com_archived.html,4,0",
            CA + "san_diego_city_land_com_archived.html,195,0",
            CA + "san_diego_city_nrc_com_archived.html,91,0",
            CA + "san_diego_city_planning_archived.html,551,0",
            CA + "san_diego_city_publicsafety_com_archived.html,84,0",
            CA + "san_diego_city_rules_com_archived.html,174,0",
            CA + "san_diego_county.html,786,0",
            CA + "west_hollywood_planning_commission.html,255,0",
            CA + "west_lake_village.html,523,0" })
    void readsEveryListingRow(String fixture, int expected, long cancelled) {
        ParseResult result = listing(fixture, LISTING_URL);
        assertThat(result.meetings()).hasSize(expected);
        assertThat(result.meetings().stream().filter(m -> m.status() == ScrapedMeetingStatus.CANCELLED).count())
                .isEqualTo(cancelled);
        assertThat(result.meetings()).allSatisfy(m -> assertThat(m.start()).isNotNull());
    }

    private ParseResult lausd() {
        return listing(CA + "lausd.html", "https://lausd.granicus.com/ViewPublisher.php?view_id=1");
    }

    @Test
    void lausdEveryDatedRowIsAMeeting() {
        // 198 rows open with a date cell of at most 45 characters, two more with a longer one that opens with its
        // date ("February 26, 2019 Committee of the Whole, 10 a.m.", "12/15/20 - 12:30 p.m. (Rescheduled from 1/5/21)")
        assertThat(lausd().meetings()).hasSize(200);
    }

    @Test
    void lausdNameAfterTheDateInTheDateCellIsTheBody() {
        ScrapedMeeting meeting = meeting(lausd(), "clip-1597");
        assertThat(meeting.body()).isEqualTo("Committee of the Whole");
        assertThat(meeting.start()).isEqualTo(OffsetDateTime.parse("2019-03-26T13:00:00-07:00"));
        assertThat(meeting.status()).isEqualTo(ScrapedMeetingStatus.HELD);
        assertThat(meeting.links()).contains(new Link("Agenda", "http://laschoolboard.org/sites/default/files/03-26-19COWAgenda.pdf"),
                new Link("Video", "http://lausd.granicus.com/MediaPlayer.php?clip_id=1597"));
    }

    @Test
    void lausdLongerDateCellThatOpensWithTheDateIsRead() {
        ScrapedMeeting meeting = meeting(lausd(), "clip-842");
        assertThat(meeting.body()).isEqualTo("Committee of the Whole");
        assertThat(meeting.start()).isEqualTo(OffsetDateTime.parse("2019-02-26T10:00:00-08:00"));
        assertThat(meeting.url()).isEqualTo("http://laschoolboard.org/sites/default/files/02-26-19COWAgendaFinal.pdf");
    }

    @Test
    void lausdTextAfterTheTimeIsTheBody() {
        ScrapedMeeting meeting = meeting(lausd(), "clip-2908");
        assertThat(meeting.body()).isEqualTo("Annual Mtg");
        assertThat(meeting.start()).isEqualTo(OffsetDateTime.parse("2019-07-02T10:00:00-07:00"));
    }

    @Test
    void lausdRescheduledNoteInTheDateCell() {
        ScrapedMeeting meeting = meeting(lausd(), "clip-3713");
        assertThat(meeting.body()).isEqualTo("Annual");
        assertThat(meeting.status()).isEqualTo(ScrapedMeetingStatus.RESCHEDULED);
        assertThat(meeting.start()).isEqualTo(OffsetDateTime.parse("2020-12-15T12:30:00-08:00"));
    }

    @Test
    void lausdRowsThatNameNoMeetingAreKeptWithoutABodyAndWarned() {
        ParseResult result = lausd();
        ScrapedMeeting dateOnly = meeting(result, "clip-3523");
        assertThat(dateOnly.body()).isNull();
        assertThat(dateOnly.start()).isEqualTo(OffsetDateTime.parse("2019-08-27T11:00:00-07:00"));
        assertThat(dateOnly.links()).contains(new Link("Agenda", "http://laschoolboard.org/sites/default/files/08-27-19SpclBdCSOB.pdf"));
        // 37 rows leave the type column empty; two of them name the meeting in the date cell
        assertThat(result.meetings().stream().filter(m -> m.body() == null)).hasSize(35);
        assertThat(result.warnings()).hasSize(35).allMatch(w -> w.endsWith("names no meeting; kept without a body"))
                .contains("row dated August 27, 2019, 11 a.m. names no meeting; kept without a body");
    }

    @Test
    void lausdCancelledRowsWithoutANameAreCancelled() {
        // "March 12, 2019, 10 a.m. - Cancelled" and four more
        assertThat(lausd().meetings().stream().filter(m -> m.body() == null && m.status() == ScrapedMeetingStatus.CANCELLED)
                .map(m -> m.start().toLocalDate().toString())).containsExactlyInAnyOrder("2019-03-12", "2019-03-05",
                        "2019-02-19", "2019-01-22", "2019-01-15");
    }

    @Test
    void tulsaBodyIsTheNameColumn() {
        ParseResult result = listing("granicus_viewpublisher/City-Bureau__city-scrapers-san-diego/tests__files__tulok_citycouncil.html",
                "https://tulsa-ok.granicus.com/ViewPublisher.php?view_id=4");
        assertThat(meeting(result, "clip-7168").body()).isEqualTo("City Council - Special Meeting");
    }

    @Test
    void tulsaStartHasTheListedTime() {
        ParseResult result = listing("granicus_viewpublisher/City-Bureau__city-scrapers-san-diego/tests__files__tulok_citycouncil.html",
                "https://tulsa-ok.granicus.com/ViewPublisher.php?view_id=4");
        assertThat(meeting(result, "clip-7168").start()).isEqualTo(OffsetDateTime.parse("2025-11-12T14:00:00-08:00"));
    }

    @Test
    void protocolRelativeLinksBecomeHttps() {
        ParseResult result = listing("granicus_viewpublisher/City-Bureau__city-scrapers-san-diego/tests__files__tulok_citycouncil.html",
                "https://tulsa-ok.granicus.com/ViewPublisher.php?view_id=4");
        assertThat(meeting(result, "clip-7168").links()).containsExactly(
                new Link("Agenda", "https://tulsa-ok.granicus.com/AgendaViewer.php?view_id=4&clip_id=7168"),
                new Link("Video", "https://tulsa-ok.granicus.com/MediaPlayer.php?view_id=4&clip_id=7168"));
    }

    @Test
    void placeholderVideoLinkIsDropped() {
        ParseResult result = listing("granicus_viewpublisher/City-Bureau__city-scrapers-san-diego/tests__files__tulok_citycouncil.html",
                "https://tulsa-ok.granicus.com/ViewPublisher.php?view_id=4");
        assertThat(meeting(result, "clip-7169").links()).extracting(Link::label).containsExactly("Agenda");
    }

    @Test
    void meetingUrlIsTheAgendaViewer() {
        ParseResult result = listing(CA + "lawa.html", "https://lawa.granicus.com/ViewPublisher.php?view_id=4");
        assertThat(meeting(result, "clip-838").url()).isEqualTo("https://lawa.granicus.com/AgendaViewer.php?view_id=4&clip_id=838");
    }

    @Test
    void hiddenSortKeyDoesNotHideTheDate() {
        ParseResult result = listing(CA + "lawa.html", "https://lawa.granicus.com/ViewPublisher.php?view_id=4");
        assertThat(meeting(result, "clip-838").start()).isEqualTo(OffsetDateTime.parse("2022-03-03T00:00:00-08:00"));
    }

    @Test
    void scriptOpenedVideoAndDownloadsAreLinked() {
        ParseResult result = listing(CA + "lawa.html", "https://lawa.granicus.com/ViewPublisher.php?view_id=4");
        assertThat(meeting(result, "clip-838").links()).extracting(Link::label)
                .containsExactly("Agenda", "Video", "Video", "Video (MP4)");
    }

    @Test
    void eventIdIdentifiesUpcomingMeetings() {
        ParseResult result = listing(CA + "la_port.html", "https://portofla.granicus.com/ViewPublisher.php?view_id=9");
        ScrapedMeeting meeting = meeting(result, "event-666");
        assertThat(meeting.body()).isEqualTo("Regular Board Meeting");
        assertThat(meeting.start()).isEqualTo(OffsetDateTime.parse("2022-01-27T00:00:00-08:00"));
    }

    @Test
    void agendaOpenedByAButtonIsLinked() {
        ParseResult result = listing(CA + "la_port.html", "https://portofla.granicus.com/ViewPublisher.php?view_id=9");
        assertThat(meeting(result, "event-666").links()).containsExactly(
                new Link("Agenda", "https://portofla.granicus.com/AgendaViewer.php?view_id=9&event_id=666"));
    }

    @Test
    void minutesViewerIsLabelledMinutes() {
        ParseResult result = listing(CA + "metrolink.html", "https://metrolink.granicus.com/ViewPublisher.php?view_id=8");
        assertThat(meeting(result, "clip-838").links()).extracting(Link::label).containsExactly("Agenda", "Minutes", "Video");
    }

    @Test
    void cancelledNameIsCancelled() {
        ParseResult result = listing(CA + "duarte.html", "https://accessduarte.granicus.com/ViewPublisher.php?view_id=12");
        ScrapedMeeting meeting = meeting(result, "event-121603");
        assertThat(meeting.status()).isEqualTo(ScrapedMeetingStatus.CANCELLED);
        assertThat(meeting.start()).isEqualTo(OffsetDateTime.parse("2022-11-21T19:00:00-08:00"));
    }

    @Test
    void twoDigitYearWithMonthName() {
        ParseResult result = listing(CA + "manhattanbeach.html", "https://manhattanbeach.granicus.com/ViewPublisher.php?view_id=7");
        assertThat(meeting(result, "clip-4021").start()).isEqualTo(OffsetDateTime.parse("2022-11-09T00:00:00-08:00"));
    }

    @Test
    void nameFoundByHeadersAttributeWhenItIsNotFirst() {
        ParseResult result = listing(CA + "manhattanbeach.html", "https://manhattanbeach.granicus.com/ViewPublisher.php?view_id=7");
        assertThat(meeting(result, "clip-4021").body()).isEqualTo("Planning Commission - Regular Meeting");
    }

    @Test
    void bootstrapRowsKeepTheTimePrintedWithTheName() {
        ParseResult result = listing(CB + "il_regional_transit_past.html", "http://rtachicago.granicus.com/ViewPublisher.php?view_id=4");
        assertThat(meeting(result, "clip-324").start()).isEqualTo(OffsetDateTime.parse("2018-12-13T08:30:00-08:00"));
    }

    @Test
    void bootstrapRowBody() {
        ParseResult result = listing(CB + "il_regional_transit_past.html", "http://rtachicago.granicus.com/ViewPublisher.php?view_id=4");
        assertThat(meeting(result, "clip-325").body()).isEqualTo("Board of Directors (following Committee meetings)");
    }

    @Test
    void archiveWithoutAgendasLinksMedia() {
        ParseResult result = listing(CA + "san_diego_city_audit_com_archived.html", "https://sandiego.granicus.com/ViewPublisher.php?view_id=24");
        ScrapedMeeting meeting = meeting(result, "clip-8529");
        assertThat(meeting.body()).isEqualTo("Audit Committee Meeting");
        assertThat(meeting.links()).containsExactly(
                new Link("Video", "https://sandiego.granicus.com/MediaPlayer.php?view_id=24&clip_id=8529"),
                new Link("Video (MP4)", "http://archive-media.granicus.com:443/OnDemand/sandiego/sandiego_d051643c-23a6-45a1-b192-d78e8971c4a7.mp4"));
    }

    @Test
    void followsTheAgendaViewers() {
        ParseResult result = listing("granicus_viewpublisher/City-Bureau__city-scrapers-san-diego/tests__files__tulok_citycouncil.html",
                "https://tulsa-ok.granicus.com/ViewPublisher.php?view_id=4");
        assertThat(result.follow()).containsExactly("https://tulsa-ok.granicus.com/AgendaViewer.php?view_id=4&clip_id=7169",
                "https://tulsa-ok.granicus.com/AgendaViewer.php?view_id=4&clip_id=7168",
                "https://tulsa-ok.granicus.com/AgendaViewer.php?view_id=4&clip_id=7167");
    }

    @ParameterizedTest
    @CsvSource({ "lawa_0.html,47", "lawa_3.html,10", "walnut_creek_110.html,38", "walnut_creek_1170.html,12" })
    void agendaViewerPageIsOneMeetingWithItsItems(String file, int items) {
        ParseResult result = agenda(file, "https://example.granicus.com/AgendaViewer.php?view_id=4&clip_id=1");
        assertThat(result.meetings()).hasSize(1);
        assertThat(result.meetings().get(0).items()).hasSize(items);
    }

    @Test
    void agendaViewerStartComesFromTheHeading() {
        ParseResult result = agenda("lawa_3.html", "https://lawa.granicus.com/AgendaViewer.php?view_id=4&clip_id=825");
        assertThat(result.meetings().get(0).start()).isEqualTo(OffsetDateTime.parse("2022-01-27T14:00:00-08:00"));
    }

    @Test
    void agendaViewerItemNumberAndTitle() {
        ScrapedItem second = agenda("lawa_3.html", "https://lawa.granicus.com/AgendaViewer.php?view_id=4&clip_id=825")
                .meetings().get(0).items().get(1);
        assertThat(second.number()).isEqualTo("II");
        assertThat(second.title()).isEqualTo("APPROVAL OF MINUTES");
    }

    @Test
    void agendaViewerItemLinksItsVideoPosition() {
        ScrapedItem first = agenda("lawa_3.html", "https://lawa.granicus.com/AgendaViewer.php?view_id=4&clip_id=825")
                .meetings().get(0).items().get(0);
        assertThat(first.url()).isEqualTo("https://lawa.granicus.com/MediaPlayer.php?view_id=4&clip_id=825&meta_id=53277");
    }

    @Test
    void agendaViewerWithoutTitleWarnsAboutTheBody() {
        ParseResult result = agenda("lawa_3.html", "https://lawa.granicus.com/AgendaViewer.php?view_id=4&clip_id=825");
        assertThat(result.meetings().get(0).body()).isNull();
        assertThat(result.warnings()).anyMatch(w -> w.contains("body unknown"));
    }

    @Test
    void agendaViewerBodyIsThePageTitle() {
        ParseResult result = agenda("walnut_creek_1170.html", "https://walnutcreek.granicus.com/AgendaViewer.php?view_id=12&event_id=1170");
        assertThat(result.meetings().get(0).body()).isEqualTo("Planning Commission Meeting");
    }

    @Test
    void agendaViewerStartUsesTheTimeAfterTheDate() {
        ParseResult result = agenda("walnut_creek_1170.html", "https://walnutcreek.granicus.com/AgendaViewer.php?view_id=12&event_id=1170");
        assertThat(result.meetings().get(0).start()).isEqualTo(OffsetDateTime.parse("2022-05-12T19:00:00-07:00"));
    }

    @Test
    void agendaViewerSourceIdComesFromItsUrl() {
        ParseResult result = agenda("walnut_creek_1170.html", "https://walnutcreek.granicus.com/AgendaViewer.php?view_id=12&event_id=1170");
        assertThat(result.meetings().get(0).sourceId()).isEqualTo("event-1170");
    }

    private static final String FIRE = CA + "san_diego_city_fire_com_archived.html";
    private static final String FIRE_URL = "https://sandiego.granicus.com/ViewPublisher.php?view_id=28";

    @Test
    void truncatedListingGivesTheRowsBeforeTheCutWithAWarning() {
        // the download stops inside the 5th of the 8 archive rows, after its name and before its date
        ParseResult result = parse(adapter, cutBefore(page(FIRE, FIRE_URL), "Apr&nbsp;21,&nbsp;2008"),
                context("America/Los_Angeles"));
        assertThat(result.meetings()).extracting(ScrapedMeeting::sourceId).containsExactly("clip-2574", "clip-2482",
                "clip-2269", "clip-2153");
        ScrapedMeeting last = result.meetings().get(3);
        assertThat(last.body()).isEqualTo("Ad Hoc Committee on Fire Prevention and Recovery");
        assertThat(last.start()).isEqualTo(OffsetDateTime.parse("2008-05-19T00:00:00-07:00"));
        assertThat(result.warnings()).containsExactly("page appears truncated: no closing </html> tag");
    }

    @Test
    void listingWithoutItsTableIsAParseException() {
        Page stripped = edited(page(FIRE, FIRE_URL), text -> {
            Document doc = Jsoup.parse(text);
            doc.select("table#nosearch").remove();
            return doc.outerHtml();
        });
        assertThatThrownBy(() -> adapter.parse(stripped, context("America/Los_Angeles"))).isInstanceOf(ParseException.class)
                .hasMessageContaining("no Granicus meeting rows");
    }

    @Test
    void swappedEventAndDateColumnsReadTheSame() {
        Page swapped = swappedColumns(page(FIRE, FIRE_URL), "table#nosearch", 0, 1);
        assertThat(Jsoup.parse(swapped.text()).select("table#nosearch th").eachText()).startsWith("Date", "Event");
        ParseResult result = parse(adapter, swapped, context("America/Los_Angeles"));
        assertThat(result.meetings()).usingRecursiveFieldByFieldElementComparator()
                .isEqualTo(listing(FIRE, FIRE_URL).meetings());
        assertThat(result.meetings()).hasSize(8);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "granicus_viewpublisher/biglocalnews__civic-scraper/tests__granicus_test_output__granicus_agendas_html.json",
            "granicus_viewpublisher/biglocalnews__civic-scraper/tests__granicus_test_output__granicus_agendas_rss.json",
            "granicus_viewpublisher/biglocalnews__civic-scraper/tests__granicus_test_set__test_config.json" })
    void derivedJsonIsNotAGranicusPage(String fixture) {
        Page json = page(fixture, LISTING_URL);
        assertThatThrownBy(() -> adapter.parse(json, context("America/New_York"))).isInstanceOf(ParseException.class)
                .hasMessageContaining("JSON");
    }
}
