package org.ordinancewatch.parse.civicplus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ordinancewatch.testing.AdapterTesting.context;
import static org.ordinancewatch.testing.AdapterTesting.cutBefore;
import static org.ordinancewatch.testing.AdapterTesting.edited;
import static org.ordinancewatch.testing.AdapterTesting.meeting;
import static org.ordinancewatch.testing.AdapterTesting.parse;

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
import org.ordinancewatch.record.ScrapedItem;
import org.ordinancewatch.record.Link;
import org.ordinancewatch.record.ScrapedMeeting;
import org.ordinancewatch.record.ScrapedMeetingStatus;
import org.ordinancewatch.testing.Fixtures;

class CivicPlusAgendaCenterAdapterTest {

    private static final String FRESNO = "civicplus_agendacenter/City-Bureau__city-scrapers-fresno/";
    private static final String CS = "civicplus_agendacenter/biglocalnews__civic-scraper/";
    private static final String CASSETTE = CS + "decoded_from_cassette/";
    private static final String NASH = CASSETTE
            + "test_scrape_defaults__00__nc_nashcounty_civicplus_com_AgendaCenter_Search_term_CIDs_all_startDate_05_2F03_2F2020_end.html";
    private static final String BREMERTON_ARTS = CASSETTE
            + "test_committee_match__02__wa_bremerton_civicplus_com_AgendaCenter_UpdateCategoryList_year_2020_catID_6_term_prevVers.html";
    private static final String LIBERAL = CASSETTE + "test_to_csv_defaults__00__ks_liberal_civicplus_com_AgendaCenter.html";
    private static final String ZEPHYRHILLS_COUNCIL = CASSETTE
            + "test_scrape_parameters_1__03__fl_zephyrhills_civicplus_com_AgendaCenter_UpdateCategoryList_year_2020_catID_4_term_prevVe.html";
    private static final String ALAMEDA = CS + "tests__fixtures__civplus_alameda_water.html";
    private static final String LAS_CRUCES_SEARCH = CS + "tests__fixtures__civplus_agenda_search_results_page.html";

    private final CivicPlusAgendaCenterAdapter adapter = new CivicPlusAgendaCenterAdapter();

    private static Page page(String fixture, String url) {
        return Fixtures.page(Fixtures.shared(fixture), url, "text/html; charset=utf-8");
    }

    private ParseResult parsePage(String fixture, String url, String zone) {
        return parse(adapter, page(fixture, url), context(zone));
    }

    private ParseResult nash() {
        return parsePage(NASH, "http://nc-nashcounty.civicplus.com/AgendaCenter/Search/?term=&CIDs=all", "America/New_York");
    }

    private ParseResult bremertonArts() {
        return parsePage(BREMERTON_ARTS,
                "http://wa-bremerton.civicplus.com/AgendaCenter/UpdateCategoryList?year=2020&catID=6&term=&prevVersionScreen=false",
                "America/Los_Angeles");
    }

    private ParseResult liberal() {
        return parsePage(LIBERAL, "http://ks-liberal.civicplus.com/AgendaCenter", "America/Chicago");
    }

    private Page frtPage() {
        return Fixtures.page(Fixtures.own("civicplus/AgendaCenter_frt.html"), "https://www.example-ma.gov/AgendaCenter",
                "text/html; charset=utf-8");
    }

    private ParseResult frt() {
        return parse(adapter, frtPage(), context("America/New_York"));
    }

    @Test
    void nameIsCivicPlusAgendaCenter() {
        assertThat(adapter.name()).isEqualTo("civicplus-agendacenter");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            FRESNO + "tests__files__avenal_city_council.html,24,1",
            FRESNO + "tests__files__fre_chowchilla_city_council.html,41,10",
            CASSETTE + "test_committee_match__00__wa_bremerton_civicplus_com_AgendaCenter.html,26,0",
            CASSETTE + "test_committee_match__01__wa_bremerton_civicplus_com_AgendaCenter_UpdateCategoryList_year_2020_catID_8_term_prevVers.html,2,0",
            BREMERTON_ARTS + ",4,0",
            CASSETTE + "test_committee_match__03__wa_bremerton_civicplus_com_AgendaCenter_UpdateCategoryList_year_2020_catID_5_term_prevVers.html,7,0",
            CASSETTE + "test_download_asset_list__00__ca_napacounty_civicplus_com_AgendaCenter.html,94,14",
            CASSETTE + "test_download_asset_list__01__ca_napacounty_civicplus_com_AgendaCenter_UpdateCategoryList_year_2020_catID_31_term_prevVe.html,4,0",
            CASSETTE + "test_download_asset_list__02__ca_napacounty_civicplus_com_AgendaCenter_UpdateCategoryList_year_2020_catID_31_term_prevVe.html,4,0",
            CASSETTE + "test_download_asset_list__03__ca_napacounty_civicplus_com_AgendaCenter_UpdateCategoryList_year_2020_catID_30_term_prevVe.html,2,0",
            NASH + ",2,0",
            CASSETTE + "test_scrape_parameters_1__00__fl_zephyrhills_civicplus_com_AgendaCenter.html,41,1",
            CASSETTE + "test_scrape_parameters_1__01__fl_zephyrhills_civicplus_com_AgendaCenter_UpdateCategoryList_year_2020_catID_8_term_prevVe.html,2,0",
            CASSETTE + "test_scrape_parameters_1__02__fl_zephyrhills_civicplus_com_AgendaCenter_UpdateCategoryList_year_2020_catID_8_term_prevVe.html,2,0",
            ZEPHYRHILLS_COUNCIL + ",20,0",
            CASSETTE + "test_scrape_parameters_2__00__nm_lascruces_civicplus_com_AgendaCenter.html,335,60",
            CASSETTE + "test_scrape_parameters_2__01__nm_lascruces_civicplus_com_AgendaCenter_UpdateCategoryList_year_2020_catID_50_term_prevVer.html,6,0",
            CASSETTE + "test_scrape_parameters_2__02__nm_lascruces_civicplus_com_AgendaCenter_UpdateCategoryList_year_2020_catID_5_term_prevVers.html,2,0",
            CASSETTE + "test_scrape_parameters_2__03__nm_lascruces_civicplus_com_AgendaCenter_UpdateCategoryList_year_2020_catID_6_term_prevVers.html,2,0",
            CASSETTE + "test_scrape_place_state__01__www_cityofcolumbuswi_com_AgendaCenter_Search_term_CIDs_all_startDate_10_2F01_2F2020_endDat.html,7,4",
            LIBERAL + ",47,0",
            CASSETTE + "test_to_csv_defaults__01__ks_liberal_civicplus_com_AgendaCenter_UpdateCategoryList_year_2020_catID_2_term_prevVersio.html,46,0",
            CASSETTE + "test_to_csv_defaults__02__ks_liberal_civicplus_com_AgendaCenter_UpdateCategoryList_year_2020_catID_2_term_prevVersio.html,46,0",
            CASSETTE + "test_to_csv_defaults__03__ks_liberal_civicplus_com_AgendaCenter_UpdateCategoryList_year_2020_catID_3_term_prevVersio.html,1,0",
            LAS_CRUCES_SEARCH + ",28,7",
            ALAMEDA + ",2,0" })
    void readsEveryAgendaRow(String fixture, int expected, long cancelled) {
        ParseResult result = parsePage(fixture, "https://example.civicplus.com/AgendaCenter", "America/Chicago");
        assertThat(result.meetings()).hasSize(expected);
        assertThat(result.meetings().stream().filter(m -> m.status() == ScrapedMeetingStatus.CANCELLED).count())
                .isEqualTo(cancelled);
        assertThat(result.meetings()).allSatisfy(m -> assertThat(m.body()).isNotBlank());
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void searchResultBodyIsTheCategoryHeading() {
        assertThat(meeting(nash(), "382").body()).isEqualTo("Board of Commissioners");
    }

    @Test
    void searchResultTitleIsTheDescription() {
        assertThat(meeting(nash(), "382").title()).isEqualTo("May 5, 2020 Recessed Meeting/Budget Work Session Agenda");
    }

    @Test
    void startIsTheListedDateAtMidnightWhenNoTimeIsGiven() {
        assertThat(meeting(nash(), "382").start()).isEqualTo(OffsetDateTime.parse("2020-05-05T00:00:00-04:00"));
    }

    @Test
    void pastMeetingIsHeld() {
        assertThat(meeting(nash(), "382").status()).isEqualTo(ScrapedMeetingStatus.HELD);
    }

    @Test
    void agendaAndMinutesLinksAreAbsolute() {
        assertThat(meeting(nash(), "382").links()).containsExactly(
                new Link("Agenda", "http://nc-nashcounty.civicplus.com/AgendaCenter/ViewFile/Agenda/_05052020-382"),
                new Link("Minutes", "http://nc-nashcounty.civicplus.com/AgendaCenter/ViewFile/Minutes/_05052020-382"));
    }

    @Test
    void followsTheAgendaFiles() {
        assertThat(nash().follow()).containsExactly(
                "http://nc-nashcounty.civicplus.com/AgendaCenter/ViewFile/Agenda/_05052020-382",
                "http://nc-nashcounty.civicplus.com/AgendaCenter/ViewFile/Agenda/_05042020-381");
    }

    @Test
    void fragmentBodyComesFromTheYearTab() {
        assertThat(meeting(bremertonArts(), "230").body()).isEqualTo("Arts Commission");
    }

    @Test
    void fragmentStartIsTheListedDate() {
        assertThat(meeting(bremertonArts(), "230").start()).isEqualTo(OffsetDateTime.parse("2020-12-09T00:00:00-08:00"));
    }

    @Test
    void fragmentRowWithoutMinutesHasOnlyTheAgenda() {
        assertThat(meeting(bremertonArts(), "230").links()).containsExactly(new Link("Agenda",
                "http://wa-bremerton.civicplus.com/AgendaCenter/ViewFile/Agenda/_12092020-230"));
    }

    @Test
    void fragmentRowWithMinutesLinksThem() {
        assertThat(meeting(bremertonArts(), "218").links()).extracting(Link::label).containsExactly("Agenda", "Minutes");
    }

    @Test
    void timeInTheDescriptionSetsTheStart() {
        assertThat(meeting(liberal(), "413").start()).isEqualTo(OffsetDateTime.parse("2020-09-08T17:30:00-05:00"));
    }

    @Test
    void rescheduledDescriptionIsRescheduled() {
        assertThat(meeting(liberal(), "364").status()).isEqualTo(ScrapedMeetingStatus.RESCHEDULED);
    }

    @Test
    void postponedDescriptionIsPostponed() {
        assertThat(meeting(liberal(), "362").status()).isEqualTo(ScrapedMeetingStatus.POSTPONED);
    }

    @Test
    void postponedStartKeepsItsPrintedTime() {
        assertThat(meeting(liberal(), "362").start()).isEqualTo(OffsetDateTime.parse("2020-01-28T17:30:00-06:00"));
    }

    @Test
    void futureMeetingIsScheduled() {
        ParseResult result = parse(adapter, page(LIBERAL, "http://ks-liberal.civicplus.com/AgendaCenter"),
                context("America/Chicago", Instant.parse("2020-09-01T00:00:00Z")));
        assertThat(meeting(result, "413").status()).isEqualTo(ScrapedMeetingStatus.SCHEDULED);
    }

    @Test
    void downloadMenuAddsHtmlPdfAndPacket() {
        ParseResult result = parsePage(ZEPHYRHILLS_COUNCIL, "http://fl-zephyrhills.civicplus.com/AgendaCenter/UpdateCategoryList",
                "America/New_York");
        String base = "http://fl-zephyrhills.civicplus.com/AgendaCenter/ViewFile/Agenda/_08312020-364";
        assertThat(meeting(result, "364").links()).containsExactly(new Link("Agenda", base + "?html=true"),
                new Link("PDF", base), new Link("Packet", base + "?packet=true"));
    }

    @Test
    void followsTheAgendaFileEvenWhereAnHtmlCopyExists() {
        ParseResult result = parsePage(ZEPHYRHILLS_COUNCIL, "http://fl-zephyrhills.civicplus.com/AgendaCenter/UpdateCategoryList",
                "America/New_York");
        // 20 rows, each with its own ViewFile/Agenda/_MMDDYYYY-id link beside the ?html=true and ?packet=true copies
        assertThat(result.follow()).hasSize(20)
                .contains("http://fl-zephyrhills.civicplus.com/AgendaCenter/ViewFile/Agenda/_08312020-364")
                .noneMatch(u -> u.contains("?"));
    }

    @Test
    void newerLayoutBodyIsTheCategoryUnderItsDepartment() {
        ParseResult result = parsePage(ALAMEDA, "https://www.acwd.org/AgendaCenter", "America/Los_Angeles");
        assertThat(meeting(result, "1447").body()).isEqualTo("Engineering and Information Technology Committee");
    }

    @Test
    void newerLayoutStart() {
        ParseResult result = parsePage(ALAMEDA, "https://www.acwd.org/AgendaCenter", "America/Los_Angeles");
        assertThat(meeting(result, "1447").start()).isEqualTo(OffsetDateTime.parse("2024-09-04T00:00:00-07:00"));
    }

    @Test
    void cancelledSearchResultIsCancelled() {
        ParseResult result = parsePage(LAS_CRUCES_SEARCH, "https://nm-lascruces.civicplus.com/AgendaCenter/Search/",
                "America/Denver");
        assertThat(meeting(result, "819").status()).isEqualTo(ScrapedMeetingStatus.CANCELLED);
    }

    @Test
    void searchWithNoResultsIsEmptyWithAWarning() {
        ParseResult result = parsePage(CASSETTE
                + "test_scrape_no_meetings_for_date__00__nm_lascruces_civicplus_com_AgendaCenter_Search_term_CIDs_all_startDate_08_2F29_2F2020_endD.html",
                "https://nm-lascruces.civicplus.com/AgendaCenter/Search/", "America/Denver");
        assertThat(result.meetings()).isEmpty();
        assertThat(result.warnings()).anyMatch(w -> w.contains("No results found"));
    }

    @Test
    void redirectStubIsAParseException() {
        Page moved = page(CASSETTE
                + "test_scrape_place_state__00__wi_columbus_civicplus_com_AgendaCenter_Search_term_CIDs_all_startDate_10_2F01_2F2020_endDa.html",
                "http://wi-columbus.civicplus.com/AgendaCenter/Search/");
        assertThatThrownBy(() -> adapter.parse(moved, context("America/Chicago"))).isInstanceOf(ParseException.class)
                .hasMessageContaining("not an Agenda Center page");
    }

    @Test
    void faceSurveillanceItemTitle() {
        ScrapedMeeting meeting = meeting(frt(), "512");
        assertThat(meeting.items()).extracting(ScrapedItem::title)
                .containsExactly("Ordinance banning municipal use of face surveillance");
    }

    @Test
    void faceSurveillanceItemNumber() {
        assertThat(meeting(frt(), "512").items().get(0).number()).isEqualTo("4");
    }

    @Test
    void faceSurveillanceItemFile() {
        assertThat(meeting(frt(), "512").items().get(0).file()).isEqualTo("Ordinance No. 2021-07");
    }

    @Test
    void faceSurveillanceItemKeepsTheAgendaLinks() {
        assertThat(meeting(frt(), "512").items().get(0).links()).extracting(Link::url)
                .contains("https://www.example-ma.gov/AgendaCenter/ViewFile/Agenda/_03222021-512?html=true");
    }

    @Test
    void ordinaryMeetingHasNoItems() {
        assertThat(meeting(frt(), "505").items()).isEmpty();
    }

    @Test
    void ownFixtureCancelledCommittee() {
        ScrapedMeeting meeting = meeting(frt(), "509");
        assertThat(meeting.status()).isEqualTo(ScrapedMeetingStatus.CANCELLED);
        assertThat(meeting.body()).isEqualTo("Public Safety Committee");
    }

    @Test
    void ownFixtureTimeFromDescription() {
        assertThat(meeting(frt(), "505").start()).isEqualTo(OffsetDateTime.parse("2021-03-08T19:00:00-05:00"));
    }

    @Test
    void truncatedPageGivesTheRowsBeforeTheCutWithAWarning() {
        // the download stops inside the 39th of the 47 catAgendaRow rows (agenda 364), before its cells
        Page full = page(LIBERAL, "http://ks-liberal.civicplus.com/AgendaCenter");
        ParseResult result = parse(adapter, cutBefore(full, "_01302020-364"), context("America/Chicago"));
        assertThat(result.meetings()).hasSize(38);
        ScrapedMeeting last = result.meetings().get(37);
        assertThat(last.sourceId()).isEqualTo("367");
        assertThat(last.body()).isEqualTo("City Commission");
        assertThat(last.start().toLocalDate()).isEqualTo(java.time.LocalDate.of(2020, 2, 11));
        assertThat(result.warnings()).containsExactly("page appears truncated: no closing </html> tag",
                "agenda row row364b94dc0b3 has no date; skipped");
    }

    @Test
    void pageWithTheAgendaTablesRemovedIsAParseException() {
        Page stripped = edited(page(LIBERAL, "http://ks-liberal.civicplus.com/AgendaCenter"), text -> {
            Document doc = Jsoup.parse(text);
            doc.select("table[summary=List of Agendas]").remove();
            return doc.outerHtml();
        });
        assertThatThrownBy(() -> adapter.parse(stripped, context("America/Chicago"))).isInstanceOf(ParseException.class);
    }

    @Test
    void reorderedColumnsAreFoundByTheirHeaders() {
        Page reordered = edited(page(NASH, "http://nc-nashcounty.civicplus.com/AgendaCenter/Search/"), text -> {
            Document doc = Jsoup.parse(text);
            for (Element row : doc.select("table tr")) {
                // move the first column (Agenda) to the end: Minutes, Download, Agenda
                Element first = row.child(0);
                first.remove();
                row.appendChild(first);
            }
            return doc.outerHtml();
        });
        ParseResult result = parse(adapter, reordered, context("America/New_York"));
        assertThat(result.meetings()).hasSize(2);
        assertThat(meeting(result, "382").links()).extracting(Link::label).containsExactly("Agenda", "Minutes");
        assertThat(meeting(result, "382").start()).isEqualTo(OffsetDateTime.parse("2020-05-05T00:00:00-04:00"));
    }

    @Test
    void reorderedColumnsDoNotMistakeMinutesForTheAgenda() {
        Page reordered = edited(page(NASH, "http://nc-nashcounty.civicplus.com/AgendaCenter/Search/"), text -> {
            Document doc = Jsoup.parse(text);
            for (Element row : doc.select("table tr")) {
                Element first = row.child(0);
                first.remove();
                row.appendChild(first);
            }
            return doc.outerHtml();
        });
        ParseResult result = parse(adapter, reordered, context("America/New_York"));
        assertThat(meeting(result, "382").links().get(1).url()).contains("/ViewFile/Minutes/");
    }
}
