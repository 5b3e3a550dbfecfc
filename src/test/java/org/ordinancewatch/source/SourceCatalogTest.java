package org.ordinancewatch.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ordinancewatch.parse.AdapterRegistry;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.testing.AdapterTesting;
import org.ordinancewatch.testing.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The project's platform and source files as the running application loads them, checked against the real
 * adapters, and each platform's routes against the URL shapes its adapters return to follow.
 */
@QuarkusTest
class SourceCatalogTest {

    static final List<String> PLATFORMS = List.of("legistar-web", "legistar-api", "iqm2", "civicplus-agendacenter",
            "granicus-viewpublisher", "primegov", "civicclerk", "novusagenda", "municode-meetings", "escribe");

    /**
     * Platforms defined and parsed (see their adapter tests) on which no tracked jurisdiction's legislature publishes:
     * BoardDocs was used only by the Dallas school district, which is not the City of Dallas.
     */
    static final List<String> WITHOUT_A_TRACKED_SOURCE = List.of("boarddocs");

    /** Every source's base URL, checked by hand against the jurisdiction it names (the city's or county's own site). */
    static final java.util.Map<String, String> BASE_URLS = java.util.Map.ofEntries(
            java.util.Map.entry("alameda-ca", "https://alameda.legistar.com"),
            java.util.Map.entry("ann-arbor-mi", "https://a2gov.legistar.com"),
            java.util.Map.entry("berkeley-ca", "https://berkeley.granicus.com/ViewPublisher.php?view_id=5"),
            java.util.Map.entry("boston-ma", "https://boston.legistar.com"),
            java.util.Map.entry("brookline-ma", "https://www.brooklinema.gov"),
            java.util.Map.entry("denver-co", "https://denver.legistar.com"),
            java.util.Map.entry("king-county-wa", "https://mkcclegisearch.kingcounty.gov"),
            java.util.Map.entry("lawrence-ma", "https://www.cityoflawrence.com"),
            java.util.Map.entry("new-orleans-la", "https://cityofno.granicus.com/ViewPublisher.php?view_id=42"),
            java.util.Map.entry("northampton-ma", "https://www.northamptonma.gov"),
            java.util.Map.entry("portland-me", "https://www.portlandmaine.gov"),
            java.util.Map.entry("santa-clara-county-ca", "https://sccgov.iqm2.com"),
            java.util.Map.entry("teaneck-nj", "https://teanecktownnj.iqm2.com"),
            java.util.Map.entry("worcester-ma", "https://worcesterma.primegov.com"),
            java.util.Map.entry("amherst-ma", "https://www.amherstma.gov"),
            java.util.Map.entry("avenal-ca", "https://www.cityofavenal.com"),
            java.util.Map.entry("baltimore-md", "https://webapi.legistar.com/v1/baltimore"),
            java.util.Map.entry("cambridge-ma", "https://cambridgema.iqm2.com"),
            java.util.Map.entry("clovis-ca", "https://meetings.municode.com/PublishPage?cid=CLOVIS&ppid=ad6551de-2ee0-4b3f-b2ab-803f5aca27c8&p=1"),
            java.util.Map.entry("dallas-tx", "https://cityofdallas.legistar.com"),
            java.util.Map.entry("detroit-mi", "https://pub-detroitmi.escribemeetings.com"),
            java.util.Map.entry("georgetown-tx", "https://georgetowntx.novusagenda.com"),
            java.util.Map.entry("los-angeles-ca", "https://lacity.primegov.com"),
            java.util.Map.entry("madison-wi", "https://madison.legistar.com"),
            java.util.Map.entry("nashville-tn", "https://nashville.legistar.com"),
            java.util.Map.entry("new-york-city-ny", "https://legistar.council.nyc.gov"),
            java.util.Map.entry("oakland-ca", "https://oakland.legistar.com"),
            java.util.Map.entry("pittsburgh-pa", "https://pittsburgh.legistar.com"),
            java.util.Map.entry("san-diego-ca", "https://sandiego.granicus.com/ViewPublisher.php?view_id=3"),
            java.util.Map.entry("san-francisco-ca", "https://sfgov.legistar.com"),
            java.util.Map.entry("seattle-wa", "https://seattle.legistar.com"),
            java.util.Map.entry("somerville-ma", "https://somervillecityma.iqm2.com"),
            java.util.Map.entry("south-fulton-ga", "https://southfultonga.api.civicclerk.com"));

    @Inject
    SourceCatalog catalog;

    @Inject
    AdapterRegistry adapters;

    private SourceDefinition source(String name) {
        return catalog.source(name).orElseThrow(() -> new AssertionError("source " + name + " not loaded"));
    }

    @ParameterizedTest
    @CsvSource({
            "somerville-ma, iqm2", "cambridge-ma, iqm2", "avenal-ca, civicplus-agendacenter",
            "san-diego-ca, granicus-viewpublisher", "los-angeles-ca, primegov", "south-fulton-ga, civicclerk",
            "georgetown-tx, novusagenda", "clovis-ca, municode-meetings", "detroit-mi, escribe",
            "dallas-tx, legistar-web" })
    void eachPlatformHasARealSource(String name, String platform) {
        SourceDefinition source = source(name);
        assertThat(source.platform()).isEqualTo(platform);
        assertThat(catalog.platform(source)).isNotNull();
        assertThat(source.jurisdiction()).isEqualTo(name);
    }

    @Test
    void everyPlatformIsUsedByASource() {
        assertThat(catalog.sources()).extracting(SourceDefinition::platform).containsAll(PLATFORMS)
                .doesNotContainAnyElementsOf(WITHOUT_A_TRACKED_SOURCE);
        assertThat(catalog.platforms()).extracting(PlatformDefinition::name)
                .containsExactlyInAnyOrderElementsOf(concat(PLATFORMS, WITHOUT_A_TRACKED_SOURCE));
    }

    @Test
    void everySourceReadsTheSiteOfTheJurisdictionItNames() {
        assertThat(catalog.sources()).extracting(SourceDefinition::jurisdiction)
                .containsExactlyInAnyOrderElementsOf(BASE_URLS.keySet());
        for (SourceDefinition s : catalog.sources()) {
            assertThat(s.baseUrl()).as(s.name()).isEqualTo(BASE_URLS.get(s.jurisdiction()));
        }
    }

    /**
     * The saved scrape of Dallas's meeting calendar (City Council, its committees and boards) links only to
     * cityofdallas.legistar.com: the host the Dallas source reads, with the Legistar calendar its platform starts at.
     */
    @Test
    void theDallasSourceIsTheCityCouncilsLegistar() throws java.io.IOException {
        SourceDefinition dallas = source("dallas-tx");
        assertThat(dallas.enabled()).isTrue();
        assertThat(catalog.platform(dallas).start()).extracting(s -> s.adapter()).containsExactly("legistar-calendar");
        Path saved = Fixtures.shared(
                "legistar_calendar_scraped_json/City-Bureau__city-scrapers-dallas/tests__files__daltx_city_council.json");
        com.fasterxml.jackson.databind.JsonNode meetings = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(saved.toFile());
        List<String> names = new java.util.ArrayList<>();
        List<String> hosts = new java.util.ArrayList<>();
        meetings.forEach(m -> {
            names.add(m.path("Name").asText());
            hosts.add(URI.create(m.path("iCalendar").path("url").asText()).getHost());
            if (m.path("Agenda").has("url")) {
                hosts.add(URI.create(m.path("Agenda").path("url").asText()).getHost());
            }
        });
        assertThat(names).contains("City Council");
        assertThat(hosts).isNotEmpty().containsOnly(URI.create(dallas.baseUrl()).getHost());
    }

    /**
     * Two saved scrapes of Nashville's own Legistar calendar: read by the adapter the Nashville source starts at, they
     * hold the Metropolitan Council's meetings, and every meeting link on them is on the host the source reads.
     */
    @Test
    void theNashvilleSourceReadsTheMetropolitanCouncilsLegistar() throws ParseException {
        SourceDefinition nashville = source("nashville-tn");
        assertThat(catalog.platform(nashville).start()).extracting(s -> s.adapter()).containsExactly("legistar-calendar");
        Path saved = Fixtures.shared("legistar_web_ui/biglocalnews__civic-scraper/decoded_from_cassette/"
                + "test_scrape_defaults__00__nashville_legistar_com_Calendar_aspx.html");
        Page page = Fixtures.page(saved, nashville.baseUrl() + "/Calendar.aspx", "text/html");
        ParseResult result = adapters.find("legistar-calendar").orElseThrow()
                .parse(page, AdapterTesting.context("America/Chicago"));
        assertThat(result.meetings()).isNotEmpty()
                .anySatisfy(m -> assertThat(m.body()).isEqualTo("Metropolitan Council"));
        assertThat(result.follow()).isNotEmpty().allSatisfy(u -> assertThat(URI.create(u).getHost())
                .isEqualTo(URI.create(nashville.baseUrl()).getHost()));
    }

    /** The BoardDocs platform's routes, on a definition made up for the test (no tracked place publishes there). */
    @ParameterizedTest
    @CsvSource({ "https://go.boarddocs.com/tx/disd/Board.nsf/goto?open&id=B55S9L5E2A28" })
    void boardDocsFollowsNothingItCannotRead(String url) {
        assertThat(catalog.route(boardDocs(), url)).isEqualTo(Optional.empty());
    }

    private static SourceDefinition boardDocs() {
        return new SourceDefinition("example", "boarddocs", "https://go.boarddocs.com/tx/disd/Board.nsf", null, null,
                null, null, null, null, null, false, "example-boarddocs", "test");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void everyAdapterAPlatformNamesIsRegistered() {
        for (SourceDefinition source : catalog.sources()) {
            PlatformDefinition p = catalog.platform(source);
            p.start().forEach(s -> assertThat(adapters.find(s.adapter())).as(p.name() + " start").isPresent());
            p.routes().forEach(r -> assertThat(adapters.find(r.adapter())).as(p.name() + " route").isPresent());
        }
    }


    @ParameterizedTest
    @CsvSource({
            "somerville-ma, https://somervillecityma.iqm2.com/Citizens/Detail_Meeting.aspx?ID=3120, iqm2-meeting",
            "somerville-ma, https://somervillecityma.iqm2.com/Citizens/Detail_LegiFile.aspx?Frame=&MeetingID=3120&MediaPosition=&ID=4521&CssClass=, iqm2-legifile",
            "somerville-ma, https://somervillecityma.iqm2.com/Citizens/FileOpen.aspx?Type=14&ID=1689&Inline=True, pdf-agenda",
            "avenal-ca, https://www.cityofavenal.com/AgendaCenter/ViewFile/Agenda/_03162021-509, pdf-agenda",
            "san-diego-ca, https://sandiego.granicus.com/AgendaViewer.php?view_id=3&clip_id=825, granicus-viewpublisher",
            "san-diego-ca, https://sandiego.granicus.com/GeneratedAgendaViewer.php?view_id=3&event_id=12, granicus-viewpublisher",
            "south-fulton-ga, 'https://southfultonga.api.civicclerk.com/v1/Meetings/GetMeetingFileStream(fileId=100,plainText=false)', pdf-agenda",
            "clovis-ca, https://meetings.municode.com/d/f/agenda.pdf, pdf-agenda",
            "clovis-ca, 'https://meetings.municode.com/d/f?u=https://mccmeetings.blob.core.usgovcloudapi.net/clovis-pubu/MEET-Agenda-eba70826412d4238bcdc46d9fc5971b6.pdf&n=Agenda-July%2028%2C%202022%20Planning%20Commission%20Meeting-July%2028,%202022%206.00%20PM.pdf', pdf-agenda",
            "los-angeles-ca, https://lacity.primegov.com/Public/CompiledDocument?meetingTemplateId=77545&compileOutputType=1, pdf-agenda",
            "georgetown-tx, https://georgetowntx.novusagenda.com/agendapublic/DisplayAgendaPDF.ashx?MeetingID=468, pdf-agenda",
            "detroit-mi, https://pub-detroitmi.escribemeetings.com/FileStream.ashx?DocumentId=56975, pdf-agenda",
            "dallas-tx, https://cityofdallas.legistar.com/MeetingDetail.aspx?ID=1007738&GUID=12AD953C-D714-4909-A1CF-82C7F2326729, legistar-meeting-detail",
            "dallas-tx, https://cityofdallas.legistar.com/LegislationDetail.aspx?ID=5945570&GUID=D3138742-A05B-46F8-84C7-47923F40BC1A, legistar-legislation-detail",
            "boston-ma, https://boston.legistar.com/LegislationDetail.aspx?GUID=311445A0-001C-4CA7-ADB2-714EBFC16391&ID=7504068&Options=&Search=, legistar-legislation-detail",
            "denver-co, https://denver.legistar.com/MeetingDetail.aspx?ID=1447175&GUID=58EF1F8F-579E-4A86-80CD-1748E731D17D, legistar-meeting-detail",
            "denver-co, https://denver.legistar.com/LegislationDetail.aspx?ID=4348531&GUID=B44E6268-3326-4061-8F8B-F241193F0204, legistar-legislation-detail",
            "king-county-wa, https://mkcclegisearch.kingcounty.gov/LegislationDetail.aspx?ID=7680373&GUID=B4E9E09C-A982-4A8C-A0DA-6CC195D69EE0&Options=Advanced&Search=, legistar-legislation-detail",
            "new-orleans-la, https://cityofno.granicus.com/AgendaViewer.php?view_id=42&event_id=24823, granicus-viewpublisher",
            "berkeley-ca, https://berkeley.granicus.com/AgendaViewer.php?view_id=5&clip_id=5361, granicus-viewpublisher",
            "santa-clara-county-ca, https://sccgov.iqm2.com/Citizens/Detail_Meeting.aspx?ID=16839, iqm2-meeting",
            "santa-clara-county-ca, https://sccgov.iqm2.com/Citizens/Detail_LegiFile.aspx?Frame=&MeetingID=14895&MediaPosition=&ID=115588&CssClass=, iqm2-legifile",
            "teaneck-nj, https://teanecktownnj.iqm2.com/Citizens/FileOpen.aspx?Type=14&ID=1689&Inline=True, pdf-agenda",
            "northampton-ma, https://www.northamptonma.gov/AgendaCenter/ViewFile/Agenda/_10082026-9442, pdf-agenda",
            "worcester-ma, https://worcesterma.primegov.com/Public/CompiledDocument?meetingTemplateId=77545&compileOutputType=1, pdf-agenda" })
    void followedLinksAreRoutedToTheirAdapter(String source, String url, String adapter) {
        assertThat(catalog.route(source(source), url)).contains(adapter);
    }

    /**
     * HTML agenda copies whose PDF twin the crawl reads instead (routed above), packets, and pages no adapter reads.
     * Adapters do not ask for these (see {@link #everyLinkAnAdapterAsksToFollowOnItsSiteIsRouted}); were one to,
     * no route would take it.
     */
    @ParameterizedTest
    @CsvSource({
            "somerville-ma, https://somervillecityma.iqm2.com/Citizens/FileOpen.aspx?Type=1&ID=1689&Inline=True",
            "avenal-ca, https://www.cityofavenal.com/AgendaCenter/ViewFile/Agenda/_03222021-512?html=true",
            "avenal-ca, https://www.cityofavenal.com/AgendaCenter/ViewFile/Agenda/_03222021-512?packet=true",
            "los-angeles-ca, https://lacity.primegov.com/Portal/Meeting?meetingTemplateId=77545",
            "los-angeles-ca, https://lacity.primegov.com/Public/CompiledDocument?meetingTemplateId=77545&compileOutputType=3",
            "georgetown-tx, https://georgetowntx.novusagenda.com/agendapublic/MeetingView.aspx?MeetingID=468&doctype=Agenda",
            "detroit-mi, https://pub-detroitmi.escribemeetings.com/Meeting.aspx?Id=97b78cd5&Agenda=Agenda&lang=English",
            "clovis-ca, https://meetings.municode.com/citycouncil/page/city-council-regular-session-35",
            "clovis-ca, https://meetings.municode.com/adaHtmlDocument/index?cc=STEVWA&me=bbfe997d8a494a7187bb5742c717f180&ip=False",
            "san-diego-ca, https://sandiego.granicus.com/MetaViewer.php?view_id=3&clip_id=825&meta_id=53277",
            "dallas-tx, https://cityofdallas.legistar.com/View.ashx?M=IC&ID=1007738&GUID=12AD953C-D714-4909-A1CF-82C7F2326729",
            "ann-arbor-mi, https://a2gov.legistar.com/View.ashx?M=F&ID=12668890&GUID=A4D18E0E-A281-4CFC-97C8-A9FE8EF2478B",
            "new-orleans-la, https://cityofno.granicus.com/MetaViewer.php?view_id=42&event_id=24823&meta_id=774936",
            "portland-me, https://www.portlandmaine.gov/AgendaCenter/ViewFile/Item/5877?fileID=29791" })
    void linksNoAdapterReadsAreNotFollowed(String source, String url) {
        assertThat(catalog.route(source(source), url)).isEqualTo(Optional.empty());
    }

    /**
     * The links each adapter returns to follow from real pages: every one on the page's own host (the crawl never
     * leaves it) has a route in the source's platform, so no adapter asks for a page nothing would read.
     */
    @ParameterizedTest(name = "{1} on {2}")
    @CsvSource({
            "somerville-ma, iqm2-calendar, iqm2/washabstract__city-scrapers-ca/tests__files__riverside_county.html, https://somervillecityma.iqm2.com/Citizens/Calendar.aspx",
            "somerville-ma, iqm2-meeting, iqm2/stl-public-meetings__city-scrapers-stl/tests__files__cc_planning.html, https://somervillecityma.iqm2.com/Citizens/Detail_Meeting.aspx?ID=5059",
            "somerville-ma, iqm2-meeting, own:iqm2/Detail_Meeting_frt.html, https://somervillecityma.iqm2.com/Citizens/Detail_Meeting.aspx?ID=3120",
            "somerville-ma, iqm2-legifile, own:iqm2/Detail_LegiFile_frt.html, https://somervillecityma.iqm2.com/Citizens/Detail_LegiFile.aspx?ID=4521",
            "avenal-ca, civicplus-agendacenter, civicplus_agendacenter/City-Bureau__city-scrapers-fresno/tests__files__avenal_city_council.html, https://www.cityofavenal.com/AgendaCenter",
            "avenal-ca, civicplus-agendacenter, civicplus_agendacenter/biglocalnews__civic-scraper/decoded_from_cassette/test_scrape_parameters_1__03__fl_zephyrhills_civicplus_com_AgendaCenter_UpdateCategoryList_year_2020_catID_4_term_prevVe.html, https://www.cityofavenal.com/AgendaCenter/UpdateCategoryList",
            "avenal-ca, civicplus-agendacenter, own:civicplus/AgendaCenter_frt.html, https://www.cityofavenal.com/AgendaCenter",
            "san-diego-ca, granicus-viewpublisher, granicus_viewpublisher/washabstract__city-scrapers-ca/tests__files__san_diego_county.html, https://sandiego.granicus.com/ViewPublisher.php?view_id=3",
            "san-diego-ca, granicus-viewpublisher, granicus_viewpublisher/washabstract__city-scrapers-ca/tests__files__walnut_creek_110.html, https://sandiego.granicus.com/AgendaViewer.php?view_id=3&clip_id=110",
            "los-angeles-ca, primegov-api, primegov/washabstract__city-scrapers-ca/tests__files__la_city_government.html, https://lacity.primegov.com/api/v2/PublicPortal/ListArchivedMeetings?year=2021",
            "los-angeles-ca, primegov-api, primegov/City-Bureau__city-scrapers-atl/tests__files__atl_clayton_co_boc_meetings.json, https://lacity.primegov.com/api/v2/PublicPortal/ListArchivedMeetings?year=2026",
            "south-fulton-ga, civicclerk-api, civicclerk/City-Bureau__city-scrapers-atl/tests__files__atl_south_fulton_city_council_meetings.json, https://southfultonga.api.civicclerk.com/v1/Events",
            "georgetown-tx, novusagenda, novusagenda/City-Bureau__city-scrapers-atl/tests__files__atl_south_fulton_city_council.html, https://georgetowntx.novusagenda.com/agendapublic/meetingsresponsive.aspx",
            "clovis-ca, municode-meetings, municode_meetings/City-Bureau__city-scrapers-fresno/tests__files__clovis_planning.html, https://meetings.municode.com/PublishPage?cid=CLOVIS&p=1",
            "clovis-ca, municode-meetings, municode_meetings/City-Bureau__city-scrapers-atl/tests__files__atl_forestpark.html, https://meetings.municode.com/PublishPage?cid=FORESTPARK&p=1",
            "clovis-ca, municode-meetings, municode_meetings/City-Bureau__city-scrapers-colgo/tests__files__colgo_stevenson_city.html, https://meetings.municode.com/PublishPage?cid=STEVWA&p=1",
            "detroit-mi, escribe, escribe/City-Bureau__city-scrapers-det/tests__files__det_city_council.html, https://pub-detroitmi.escribemeetings.com/Meetings.aspx",
            "detroit-mi, escribe, escribe/City-Bureau__city-scrapers-san-diego/tests__files__sandie_citychula.json, https://pub-detroitmi.escribemeetings.com/MeetingsCalendarView.aspx/GetCalendarMeetings",
            "example-boarddocs, boarddocs, boarddocs/City-Bureau__city-scrapers/tests__files__chi_teacherpension.xml, https://go.boarddocs.com/tx/disd/Board.nsf/XML-ActiveMeetings",
            "example-boarddocs, boarddocs, boarddocs/biglocalnews__civic-scraper/tests__fixtures__boarddocs_meetings.html, https://go.boarddocs.com/tx/disd/Board.nsf/Public",
            "dallas-tx, legistar-calendar, legistar_web_ui/opencivicdata__python-legistar-scraper/tests__fixtures__legistar.council.nyc.gov__Calendar.html, https://cityofdallas.legistar.com/Calendar.aspx",
            "nashville-tn, legistar-calendar, legistar_web_ui/biglocalnews__civic-scraper/decoded_from_cassette/test_scrape_defaults__00__nashville_legistar_com_Calendar_aspx.html, https://nashville.legistar.com/Calendar.aspx",
            "seattle-wa, legistar-calendar, legistar_web_ui/opencivicdata__python-legistar-scraper/tests__fixtures__legistar.council.nyc.gov__Calendar.html, https://seattle.legistar.com/Calendar.aspx",
            "alameda-ca, legistar-calendar, legistar_web_ui/opencivicdata__python-legistar-scraper/tests__fixtures__legistar.council.nyc.gov__Calendar.html, https://alameda.legistar.com/Calendar.aspx",
            "san-francisco-ca, legistar-calendar, legistar_web_ui/opencivicdata__python-legistar-scraper/tests__fixtures__legistar.council.nyc.gov__Calendar.html, https://sfgov.legistar.com/Calendar.aspx",
            "amherst-ma, civicplus-agendacenter, civicplus_agendacenter/City-Bureau__city-scrapers-fresno/tests__files__avenal_city_council.html, https://www.amherstma.gov/AgendaCenter",
            "amherst-ma, civicplus-agendacenter, own:civicplus/AgendaCenter_frt.html, https://www.amherstma.gov/AgendaCenter",
            "new-york-city-ny, legistar-calendar, legistar_web_ui/opencivicdata__python-legistar-scraper/tests__fixtures__legistar.council.nyc.gov__Calendar.html, http://legistar.council.nyc.gov/Calendar.aspx",
            "pittsburgh-pa, legistar-meeting-detail, own:legistar/MeetingDetail_city_council.html, https://pittsburgh.legistar.com/MeetingDetail.aspx?ID=1402201" })
    void everyLinkAnAdapterAsksToFollowOnItsSiteIsRouted(String source, String adapter, String fixture, String url)
            throws ParseException {
        Path file = fixture.startsWith("own:") ? Fixtures.own(fixture.substring(4)) : Fixtures.shared(fixture);
        Page page = Fixtures.page(file, url, fixture.endsWith(".json") || fixture.contains("primegov") ? "application/json" : "text/html");
        ParseResult result = adapters.find(adapter).orElseThrow().parse(page, AdapterTesting.context("America/New_York"));
        String host = URI.create(url).getHost();
        List<String> onSite = result.follow().stream().filter(u -> host.equalsIgnoreCase(URI.create(u).getHost())).toList();
        SourceDefinition definition = source.equals("example-boarddocs") ? boardDocs() : source(source);
        assertThat(onSite).allSatisfy(u -> assertThat(catalog.route(definition, u)).as(u).isPresent());
    }

    /**
     * Each source added for issue 11 read as the live crawl would: its own start page (the platform's template filled
     * with its base URL) answered by a real saved page of the same platform, from the corpus, with the saved site's
     * host rewritten to the source's where the page names it (relative links need nothing).
     * The start adapter finds meetings there, and every link it asks to follow on the source's host has a route, so
     * the definition's base URL and platform fit the pages that site serves.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "boston-ma, legistar_web_ui/opencivicdata__python-legistar-scraper/tests__fixtures__legistar.council.nyc.gov__Calendar.html, legistar.council.nyc.gov",
            "denver-co, legistar_web_ui/opencivicdata__python-legistar-scraper/tests__fixtures__legistar.council.nyc.gov__Calendar.html, legistar.council.nyc.gov",
            "ann-arbor-mi, legistar_web_ui/biglocalnews__civic-scraper/decoded_from_cassette/test_scrape_defaults__00__nashville_legistar_com_Calendar_aspx.html, nashville.legistar.com",
            "king-county-wa, legistar_web_ui/opencivicdata__python-legistar-scraper/tests__fixtures__legistar.council.nyc.gov__Calendar.html, legistar.council.nyc.gov",
            "new-orleans-la, granicus_viewpublisher/washabstract__city-scrapers-ca/tests__files__san_diego_county.html, sdcounty.granicus.com",
            "berkeley-ca, granicus_viewpublisher/washabstract__city-scrapers-ca/tests__files__san_diego_county.html, sdcounty.granicus.com",
            "worcester-ma, primegov/City-Bureau__city-scrapers-atl/tests__files__atl_clayton_co_boc_meetings.json, ",
            "teaneck-nj, iqm2/washabstract__city-scrapers-ca/tests__files__riverside_county.html, ",
            "santa-clara-county-ca, iqm2/City-Bureau__city-scrapers-atl/tests__files__atl_clayton_co_boc.html, ",
            "brookline-ma, civicplus_agendacenter/City-Bureau__city-scrapers-fresno/tests__files__avenal_city_council.html, ",
            "northampton-ma, civicplus_agendacenter/City-Bureau__city-scrapers-fresno/tests__files__avenal_city_council.html, ",
            "lawrence-ma, civicplus_agendacenter/City-Bureau__city-scrapers-fresno/tests__files__fre_chowchilla_city_council.html, ",
            "portland-me, civicplus_agendacenter/City-Bureau__city-scrapers-fresno/tests__files__fre_chowchilla_city_council.html, " })
    void aNewSourceReadsASavedPageOfItsPlatformAtItsOwnStartUrl(String name, String fixture, String savedHost)
            throws ParseException, java.io.IOException {
        SourceDefinition source = source(name);
        assertThat(source.enabled()).isTrue();
        assertThat(source.jurisdiction()).isEqualTo(name);
        SourceCatalog.PageRequest start = catalog.startPages(source, Instant.parse("2026-01-15T12:00:00Z"),
                ZoneId.of("America/New_York")).get(0);
        String host = URI.create(source.baseUrl()).getHost();
        assertThat(URI.create(start.url()).getHost()).isEqualTo(host);
        String body = java.nio.file.Files.readString(Fixtures.shared(fixture), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (savedHost != null) {
            assertThat(body).contains(savedHost);
            body = body.replace(savedHost, host);
        }
        Page page = new Page(body.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), URI.create(start.url()),
                fixture.endsWith(".json") ? "application/json" : "text/html", Instant.parse("2026-01-15T12:00:00Z"));
        ParseResult result = adapters.find(start.adapter()).orElseThrow()
                .parse(page, AdapterTesting.context("America/New_York"));
        assertThat(result.meetings()).as(name + " meetings").isNotEmpty();
        List<String> onSite = result.follow().stream().filter(u -> host.equalsIgnoreCase(URI.create(u).getHost()))
                .toList();
        assertThat(onSite).as(name + " links to follow on its own host").isNotEmpty()
                .allSatisfy(u -> assertThat(catalog.route(source, u)).as(u).isPresent());
    }

    @Test
    void startPagesFillTheDateWindowAndYear() {
        Instant now = Instant.parse("2026-01-15T12:00:00Z");
        ZoneId zone = ZoneId.of("America/New_York");
        assertThat(catalog.startPages(source("south-fulton-ga"), now, zone)).extracting(SourceCatalog.PageRequest::url)
                .containsExactly("https://southfultonga.api.civicclerk.com/v1/Events?$filter=startDateTime+ge+"
                        + "2025-11-16T00:00:00Z+and+startDateTime+lt+2026-04-15T00:00:00Z&$orderby=startDateTime");
        assertThat(catalog.startPages(source("los-angeles-ca"), now, zone)).extracting(SourceCatalog.PageRequest::url)
                .containsExactly("https://lacity.primegov.com/api/v2/PublicPortal/ListUpcomingMeetings",
                        "https://lacity.primegov.com/api/v2/PublicPortal/ListArchivedMeetings?year=2026");
        assertThat(catalog.startPages(source("san-diego-ca"), now, zone)).extracting(SourceCatalog.PageRequest::url)
                .containsExactly("https://sandiego.granicus.com/ViewPublisher.php?view_id=3");
        assertThat(catalog.startPages(source("cambridge-ma"), now, zone)).extracting(SourceCatalog.PageRequest::adapter)
                .containsExactly("iqm2-calendar");
    }
}
