package org.ordinancewatch.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ordinancewatch.parse.AdapterRegistry;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The project's platform and source files as the running application loads them, checked against the real
 * adapters, and each platform's routes against the URL shapes its adapters return to follow.
 */
@QuarkusTest
class SourceCatalogTest {

    static final List<String> PLATFORMS = List.of("legistar-web", "legistar-api", "iqm2", "civicplus-agendacenter",
            "granicus-viewpublisher", "primegov", "civicclerk", "novusagenda", "municode-meetings", "escribe",
            "boarddocs");

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
            "dallas-tx, boarddocs" })
    void eachPlatformHasARealSource(String name, String platform) {
        SourceDefinition source = source(name);
        assertThat(source.platform()).isEqualTo(platform);
        assertThat(catalog.platform(source)).isNotNull();
        assertThat(source.jurisdiction()).isEqualTo(name);
    }

    @Test
    void everyPlatformIsUsedByASource() {
        assertThat(catalog.sources()).extracting(SourceDefinition::platform).containsAll(PLATFORMS);
    }

    @Test
    void everyAdapterAPlatformNamesIsRegistered() {
        for (SourceDefinition source : catalog.sources()) {
            PlatformDefinition p = catalog.platform(source);
            p.start().forEach(s -> assertThat(adapters.find(s.adapter())).as(p.name() + " start").isPresent());
            p.routes().forEach(r -> assertThat(adapters.find(r.adapter())).as(p.name() + " route").isPresent());
        }
    }

    @Test
    void boardDocsSourceIsKeptDisabled() {
        assertThat(source("dallas-tx").enabled()).isFalse();
        assertThat(source("detroit-mi").enabled()).isTrue();
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
            "clovis-ca, https://meetings.municode.com/d/f/agenda.pdf, pdf-agenda" })
    void followedLinksAreRoutedToTheirAdapter(String source, String url, String adapter) {
        assertThat(catalog.route(source(source), url)).contains(adapter);
    }

    @ParameterizedTest
    @CsvSource({
            "somerville-ma, https://somervillecityma.iqm2.com/Citizens/FileOpen.aspx?Type=1&ID=1689&Inline=True",
            "avenal-ca, https://www.cityofavenal.com/AgendaCenter/ViewFile/Agenda/_03222021-512?html=true",
            "avenal-ca, https://www.cityofavenal.com/AgendaCenter/ViewFile/Agenda/_03222021-512?packet=true",
            "los-angeles-ca, https://lacity.primegov.com/Portal/Meeting?meetingTemplateId=77545",
            "georgetown-tx, https://georgetowntx.novusagenda.com/agendapublic/MeetingView.aspx?MeetingID=468&doctype=Agenda",
            "detroit-mi, https://pub-detroitmi.escribemeetings.com/Meeting.aspx?Id=97b78cd5&Agenda=Agenda&lang=English" })
    void linksNoAdapterReadsAreNotFollowed(String source, String url) {
        assertThat(catalog.route(source(source), url)).isEqualTo(Optional.empty());
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
