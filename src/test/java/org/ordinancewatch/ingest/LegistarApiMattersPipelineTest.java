package org.ordinancewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.model.Status;
import org.ordinancewatch.source.SourceDefinition;
import org.ordinancewatch.testing.Fixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A face-surveillance file that has not reached any agenda yet: the Web API's changed-matters listing finds
 * it, the crawl reads its histories, and leaves the histories of the irrelevant matters beside it unread.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LegistarApiMattersPipelineTest {

    @Inject
    ScrapeService scrapes;

    @Inject
    EntityManager em;

    PipelineSite site;

    @BeforeAll
    void startApi() throws IOException {
        byte[] matters = Files.readAllBytes(Fixtures.own("legistar/api_matters.json"));
        byte[] histories = Files.readAllBytes(Fixtures.own("legistar/api_histories_face_surveillance.json"));
        byte[] none = "[]".getBytes(StandardCharsets.UTF_8);
        String json = "application/json; charset=utf-8";
        site = new PipelineSite(key -> {
            String path = key.replaceFirst("\\?.*$", "");
            return switch (path) {
                case "/v1/mattercity/events" -> new PipelineSite.Response(none, json);
                case "/v1/mattercity/matters" -> new PipelineSite.Response(matters, json);
                case "/v1/mattercity/matters/71234/histories" -> new PipelineSite.Response(histories, json);
                default -> path.matches("/v1/mattercity/matters/\\d+/histories") ? new PipelineSite.Response(none, json) : null;
            };
        });
        scrapes.runAll(List.of(new SourceDefinition("pittsburgh-pa", "legistar-api", site.base() + "/v1/mattercity",
                "mattercity", null, null, 20, null, null, null, true, "test-legistar-api-matters", "test")));
    }

    @AfterAll
    void stopAndForget() {
        site.close();
        PipelineData.forgetScrapedData(em);
    }

    @Test
    void theChangedMattersAreListed() {
        assertThat(site.requested("/v1/mattercity/matters")).isTrue();
    }

    @Test
    void aRelevantFileOffEveryAgendaBecomesAMeasureWithItsHistory() {
        QuarkusTransaction.requiringNew().run(() -> {
            Measure m = Measure.findByIdentifier(Jurisdiction.findBySlug("pittsburgh-pa").orElseThrow(), "O2026-0142")
                    .orElseThrow();
            assertThat(m.origin).isEqualTo(Measure.Origin.SCRAPED);
            assertThat(m.sourceUrl).endsWith("/v1/mattercity/matters/71234");
            assertThat(m.status).isEqualTo(Status.IN_FORCE);
        });
        assertThat(site.requested("/v1/mattercity/matters/71234/histories")).isTrue();
    }

    @Test
    void irrelevantMattersHaveTheirHistoriesLeftUnread() {
        assertThat(site.requested("/v1/mattercity/matters/71240/histories")).isFalse();
        assertThat(site.requested("/v1/mattercity/matters/71251/histories")).isFalse();
        QuarkusTransaction.requiringNew().run(() -> assertThat(Measure.findByIdentifier(
                Jurisdiction.findBySlug("pittsburgh-pa").orElseThrow(), "R2026-0311")).isEmpty());
    }
}
