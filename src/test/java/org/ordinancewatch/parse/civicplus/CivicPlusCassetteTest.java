package org.ordinancewatch.parse.civicplus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ordinancewatch.testing.AdapterTesting.context;
import static org.ordinancewatch.testing.AdapterTesting.meeting;
import static org.ordinancewatch.testing.AdapterTesting.parse;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.record.AgendaDocument;
import org.ordinancewatch.record.Link;
import org.ordinancewatch.record.ScrapedMeeting;
import org.ordinancewatch.record.ScrapedMeetingStatus;
import org.ordinancewatch.testing.Cassette;

/**
 * The eight civic-scraper cassettes recorded against real Agenda Centers, read response by response: every page and
 * {@code UpdateCategoryList} fragment they recorded, the search results, and the HEAD requests civic-scraper sent
 * for the agenda files, whose recorded content types say which copy of an agenda is a PDF.
 */
class CivicPlusCassetteTest {

    static final String DIR = "civicplus_agendacenter/biglocalnews__civic-scraper/";
    static final Pattern AGENDA_ROW = Pattern.compile("class=\"catAgendaRow\"");
    /** The agenda files the crawl follows (the civicplus-agendacenter route). */
    static final Pattern AGENDA_FILE = Pattern.compile("/AgendaCenter/ViewFile/Agenda/_\\d{8}-\\d+$");

    private final CivicPlusAgendaCenterAdapter adapter = new CivicPlusAgendaCenterAdapter();

    private static Cassette cassette(String name) {
        return Cassette.shared(DIR + "tests__cassettes__" + name + ".yaml");
    }

    private static List<Cassette.Interaction> htmlPages(Cassette cassette) {
        return cassette.bodies().stream().filter(r -> r.contentType().startsWith("text/html")).toList();
    }

    private ParseResult read(Cassette.Interaction response) {
        return read(response, "America/Chicago");
    }

    private ParseResult read(Cassette.Interaction response, String zone) {
        return parse(adapter, response.page(), context(zone));
    }

    /** Totals counted in the markup: the catAgendaRow rows of every recorded body. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "test_civic_plus_site__test_scrape_defaults, 1, 2",
            "test_civic_plus_site__test_scrape_no_meetings_for_date, 1, 0",
            "test_civic_plus_site__test_scrape_place_state, 1, 7",
            "test_committee_match, 5, 49",
            "test_download_asset_list, 121, 596",
            "test_scrape_parameters_1, 22, 202",
            "test_scrape_parameters_2, 36, 617",
            "test_to_csv_defaults, 4, 140" })
    void everyRecordedPageGivesOneMeetingPerAgendaRow(String name, int pages, int rows) {
        List<Cassette.Interaction> html = htmlPages(cassette(name));
        assertThat(html).hasSize(pages);
        int total = 0;
        for (Cassette.Interaction response : html) {
            ParseResult result = read(response);
            int inMarkup = (int) AGENDA_ROW.matcher(response.text()).results().count();
            assertThat(result.meetings()).as(response.pathAndQuery()).hasSize(inMarkup);
            assertThat(result.warnings()).as(response.pathAndQuery())
                    .allMatch(w -> inMarkup == 0 && w.startsWith("Agenda Center search found nothing"));
            total += inMarkup;
        }
        assertThat(total).isEqualTo(rows);
    }

    /**
     * civic-scraper HEADed agenda files; the recorded answers show that the file the crawl follows is the PDF and the
     * {@code ?html=true} copy (never followed) is HTML.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "test_civic_plus_site__test_scrape_defaults, 2", "test_civic_plus_site__test_scrape_place_state, 7",
            "test_committee_match, 3", "test_scrape_parameters_1, 5", "test_to_csv_defaults, 2" })
    void theAgendaFilesTheCrawlFollowsWereRecordedAsPdfs(String name, int recordedFiles) {
        Cassette cassette = cassette(name);
        List<String> followed = new ArrayList<>();
        htmlPages(cassette).forEach(r -> read(r).follow().forEach(u -> followed.add(java.net.URI.create(u).getPath())));
        List<Cassette.Interaction> agendaFiles = cassette.withMethod("HEAD").stream()
                .filter(h -> h.status() == 200 && AGENDA_FILE.matcher(h.pathAndQuery()).find()).toList();
        assertThat(agendaFiles.stream().map(Cassette.Interaction::pathAndQuery).distinct()).hasSize(recordedFiles);
        assertThat(agendaFiles).allSatisfy(h -> assertThat(h.contentType()).as(h.pathAndQuery()).isEqualTo("application/pdf"));
        assertThat(followed).containsAll(agendaFiles.stream().map(Cassette.Interaction::pathAndQuery).toList())
                .noneMatch(u -> u.contains("?"));
    }

    @Test
    void theHtmlCopiesZephyrhillsServesAreHtml() {
        List<Cassette.Interaction> htmlCopies = cassette("test_scrape_parameters_1").withMethod("HEAD").stream()
                .filter(h -> h.pathAndQuery().endsWith("?html=true")).toList();
        assertThat(htmlCopies).hasSize(5).allSatisfy(h -> assertThat(h.contentType()).isEqualTo("text/html"));
    }

    @Test
    void nashCountySearchResults() {
        ParseResult result = read(cassette("test_civic_plus_site__test_scrape_defaults").bodies().get(0), "America/New_York");
        ScrapedMeeting budget = meeting(result, "382");
        assertThat(budget.body()).isEqualTo("Board of Commissioners");
        assertThat(budget.title()).isEqualTo("May 5, 2020 Recessed Meeting/Budget Work Session Agenda");
        assertThat(budget.start()).isEqualTo(OffsetDateTime.parse("2020-05-05T00:00:00-04:00"));
        assertThat(budget.status()).isEqualTo(ScrapedMeetingStatus.HELD);
        assertThat(budget.links()).containsExactly(
                new Link("Agenda", "http://nc-nashcounty.civicplus.com/AgendaCenter/ViewFile/Agenda/_05052020-382"),
                new Link("Minutes", "http://nc-nashcounty.civicplus.com/AgendaCenter/ViewFile/Minutes/_05052020-382"));
        assertThat(meeting(result, "381").title()).isEqualTo("May 4, 2020 Regular Meeting Agenda");
        assertThat(meeting(result, "381").start()).isEqualTo(OffsetDateTime.parse("2020-05-04T00:00:00-04:00"));
    }

    @Test
    void columbusSearchAfterItsRedirect() {
        Cassette columbus = cassette("test_civic_plus_site__test_scrape_place_state");
        assertThat(htmlPages(columbus)).singleElement().satisfies(r -> assertThat(r.uri().getHost()).isEqualTo("www.cityofcolumbuswi.com"));
        ParseResult result = read(columbus.bodies().get(0));
        ScrapedMeeting cancelled = meeting(result, "1621");
        assertThat(cancelled.body()).isEqualTo("City Council");
        assertThat(cancelled.title()).isEqualTo("Council agenda - 10/06/20 - reg - Cancelled");
        assertThat(cancelled.status()).isEqualTo(ScrapedMeetingStatus.CANCELLED);
        assertThat(cancelled.start()).isEqualTo(OffsetDateTime.parse("2020-10-06T00:00:00-05:00"));
        ScrapedMeeting cable = meeting(result, "1620");
        assertThat(cable.body()).isEqualTo("Cable Commission");
        assertThat(cable.status()).isEqualTo(ScrapedMeetingStatus.HELD);
        assertThat(cable.links()).contains(new Link("Agenda", "https://www.cityofcolumbuswi.com/AgendaCenter/ViewFile/Agenda/_10072020-1620"));
        assertThat(result.meetings().stream().filter(m -> m.status() == ScrapedMeetingStatus.CANCELLED)).hasSize(4);
    }

    @Test
    void lasCrucesSearchWithoutResults() {
        ParseResult result = read(cassette("test_civic_plus_site__test_scrape_no_meetings_for_date").bodies().get(0));
        assertThat(result.meetings()).isEmpty();
        assertThat(result.warnings()).containsExactly("Agenda Center search found nothing: No results found in All categories");
    }

    @Test
    void repeatedFragmentRequestsWereAnsweredAlike() {
        // civic-scraper posted Napa's category 31 fifteen times; every answer lists the same four agendas
        List<Cassette.Interaction> category31 = htmlPages(cassette("test_download_asset_list")).stream()
                .filter(r -> r.pathAndQuery().contains("catID=31&")).toList();
        assertThat(category31).hasSize(15);
        List<List<String>> ids = category31.stream().map(r -> read(r).meetings().stream().map(ScrapedMeeting::sourceId).toList())
                .distinct().toList();
        assertThat(ids).singleElement().satisfies(list -> assertThat(list).hasSize(4));
    }

    @Test
    void theOneRecordedFileIsAPdfThatPdfAgendaReads() throws Exception {
        // Napa's June 1, 2020 Airport Advisory Commission minutes, the only file body civic-scraper downloaded
        List<Cassette.Interaction> files = cassette("test_download_asset_list").bodies().stream()
                .filter(r -> !r.contentType().startsWith("text/html")).toList();
        assertThat(files).singleElement().satisfies(f -> {
            assertThat(f.pathAndQuery()).isEqualTo("/AgendaCenter/ViewFile/Minutes/_06012020-900");
            assertThat(f.page().isPdf()).isTrue();
        });
        ParseResult result = new org.ordinancewatch.parse.pdf.PdfAgendaAdapter().parse(files.get(0).page(),
                context("America/Los_Angeles"));
        // the minutes number their ten sections "1)" to "10)"
        assertThat(result.agendas()).singleElement().isInstanceOfSatisfying(AgendaDocument.class, m -> {
            assertThat(m.url()).isEqualTo("https://ca-napacounty.civicplus.com/AgendaCenter/ViewFile/Minutes/_06012020-900");
            assertThat(m.items()).extracting(org.ordinancewatch.record.ScrapedItem::number)
                    .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
            assertThat(m.items().get(1).title())
                    .isEqualTo("Approval of Previous Meeting Minutes – The Minutes of the February 3, 2020 AAC meeting were approved.");
        });
        assertThat(result.warnings()).isEmpty();
    }
}
