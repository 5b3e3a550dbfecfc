package org.ordinancewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ordinancewatch.model.AgendaItem;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.model.Level;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.model.Meeting;
import org.ordinancewatch.parse.AdapterRegistry;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.parse.SourceContext;
import org.ordinancewatch.source.SourceDefinition;
import org.ordinancewatch.testing.Accounts;
import org.ordinancewatch.testing.Fixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The dry run answers with what a scrape stores: each page is dry-run, then scraped into the same jurisdiction, and
 * the dry run's meetings, items (relevance, matched terms) and file statuses are compared with what the scrape stored.
 */
@QuarkusTest
class DryRunMatchesScrapeTest {

    private static final String MEETING_URL = "https://pittsburgh.legistar.com/MeetingDetail.aspx?ID=1402201";
    private static final String FILE_URL = "https://pittsburgh.legistar.com/LegislationDetail.aspx?ID=7012345";
    private static final ZoneId ZONE = ZoneId.of("America/New_York");

    @Inject
    Ingestor ingestor;

    @Inject
    AdapterRegistry adapters;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    String slug;
    long jurisdictionId;

    @BeforeEach
    void newJurisdiction() {
        slug = "dry-vs-scrape-" + System.nanoTime();
        jurisdictionId = QuarkusTransaction.requiringNew().call(() -> {
            Jurisdiction j = new Jurisdiction();
            j.slug = slug;
            j.name = "Dry Run City";
            j.level = Level.CITY;
            j.region = "PA";
            j.country = "US";
            j.timezone = ZONE.getId();
            j.updatedAt = Instant.now();
            j.persist();
            return j.id;
        });
    }

    @AfterEach
    void forgetTheScrape() {
        PipelineData.forgetScrapedData(em);
        QuarkusTransaction.requiringNew().run(() -> Jurisdiction.deleteById(jurisdictionId));
    }

    @Test
    void aDryRunReportsWhatAScrapeOfTheSamePageStores() throws Exception {
        byte[] meetingPage = Files.readAllBytes(Fixtures.own("legistar/MeetingDetail_city_council.html"));
        // The mayor's signature dated before the vote: "last inference wins" would say in force, a scrape does not
        // let evidence older than the stored status move it.
        byte[] filePage = Files.readString(Fixtures.own("legistar/LegislationDetail_face_surveillance.html"))
                .replace("<td>4/24/2026</td>", "<td>1/24/2026</td>").getBytes(StandardCharsets.UTF_8);

        JsonPath meetingDry = dryRun("legistar-meeting-detail", MEETING_URL, meetingPage);
        assertThat(meetingCount()).as("the dry run stored nothing").isZero();
        scrape("legistar-meeting-detail", MEETING_URL, meetingPage);
        assertThat(meetingCount()).isEqualTo(meetingDry.getList("meetings").size());
        assertThat(storedItems()).as("items: title, relevant, matched terms")
                .isEqualTo(reportedItems(meetingDry)).anySatisfy(item -> assertThat(item).contains("true"));

        JsonPath fileDry = dryRun("legistar-legislation-detail", FILE_URL, filePage);
        String reported = fileDry.getString("measures[0].status");
        assertThat(reported).isNotNull();
        scrape("legistar-legislation-detail", FILE_URL, filePage);
        assertThat(storedStatus(fileDry.getString("measures[0].identifier"))).isEqualTo(reported);
    }

    private JsonPath dryRun(String platform, String url, byte[] page) {
        return Accounts.asCurator().contentType("text/html").body(page).queryParam("platform", platform)
                .queryParam("url", url).queryParam("jurisdiction", slug).queryParam("lookback-days", "36500")
                .post("/api/parse").then().statusCode(200).extract().jsonPath();
    }

    private void scrape(String platform, String url, byte[] body) throws Exception {
        Page page = new Page(body, URI.create(url), "text/html", clock.instant());
        ParseResult result = adapters.find(platform).orElseThrow().parse(page,
                new SourceContext(slug, ZONE, clock, Map.of()));
        SourceDefinition source = new SourceDefinition(slug, "legistar-web", "https://pittsburgh.legistar.com", null,
                null, null, 20, null, null, null, true, "dry-vs-scrape", "test");
        ingestor.apply(jurisdictionId, source, null, url, null, result);
    }

    private long meetingCount() {
        return QuarkusTransaction.requiringNew().call(() -> Meeting.count("jurisdiction.id", jurisdictionId));
    }

    private List<String> storedItems() {
        return QuarkusTransaction.requiringNew().call(() -> AgendaItem.<AgendaItem>list(
                "meeting.jurisdiction.id = ?1 order by id", jurisdictionId).stream()
                .map(i -> i.title + " | " + i.relevant + " | " + (i.matchedTerms == null ? "" : i.matchedTerms))
                .toList());
    }

    @SuppressWarnings("unchecked")
    private static List<String> reportedItems(JsonPath dry) {
        List<Map<String, Object>> items = dry.getList("meetings[0].items");
        return items.stream().filter(i -> i.get("title") != null && !i.get("title").toString().isBlank())
                .map(i -> i.get("title").toString().strip() + " | " + i.get("relevant") + " | "
                        + String.join(", ", (List<String>) i.get("matchedTerms")))
                .toList();
    }

    private String storedStatus(String identifier) {
        return QuarkusTransaction.requiringNew().call(() -> Measure.findByIdentifier(
                Jurisdiction.findById(jurisdictionId), identifier).orElseThrow().status.code());
    }
}
