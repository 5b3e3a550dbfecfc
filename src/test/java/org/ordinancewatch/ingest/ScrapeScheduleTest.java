package org.ordinancewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.model.SourceHealth;
import org.ordinancewatch.source.SourceDefinition;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** When a source is due, on the clustered scheduler, and what a source that cannot run at all leaves behind. */
@QuarkusTest
class ScrapeScheduleTest {

    @Inject
    ScrapeService scrapes;

    @Inject
    Scheduler quartz;

    @Inject
    EntityManager em;

    @AfterEach
    void forget() {
        PipelineData.forgetScrapedData(em);
    }

    /** Boston is on New York time: 19:00 there is 23:00 UTC in summer. */
    private static SourceDefinition evenings() {
        return new SourceDefinition("boston-ma", "legistar-web", "http://127.0.0.1:9/boston", null, null,
                "0 0 19 * * ?", 5, null, null, null, true, "test-evenings", "test");
    }

    @Test
    void aSourceNeverAttemptedIsDue() {
        assertThat(scrapes.isDue(evenings(), Instant.parse("2026-07-01T12:00:00Z"))).isTrue();
    }

    @Test
    void aSourceIsDueOnceItsScheduleFiredInTheJurisdictionsTimeZone() {
        attempted("test-evenings", Instant.parse("2026-07-01T12:00:00Z"));
        assertThat(scrapes.isDue(evenings(), Instant.parse("2026-07-01T22:59:59Z"))).as("18:59 in Boston").isFalse();
        assertThat(scrapes.isDue(evenings(), Instant.parse("2026-07-01T23:00:00Z"))).as("19:00 in Boston").isTrue();
    }

    @Test
    void aSourceThatCannotRunAtAllDoesNotStopTheOthers() {
        SourceDefinition untracked = new SourceDefinition("atlantis", "legistar-web", "http://127.0.0.1:9/atlantis",
                null, null, null, 5, null, null, null, true, "test-atlantis", "test");
        SourceDefinition refused = new SourceDefinition("boston-ma", "legistar-web", "http://127.0.0.1:9/boston",
                null, null, null, 5, null, null, null, true, "test-refused", "test");
        List<SourceRunner.Report> reports = scrapes.runAll(List.of(untracked, refused));
        assertThat(reports).extracting(SourceRunner.Report::source).containsExactly("test-atlantis", "test-refused");
        assertThat(reports.get(0).error()).contains("jurisdiction atlantis is not tracked");
        assertThat(reports.get(1).error()).contains("every start page failed");
        QuarkusTransaction.requiringNew().run(() ->
                assertThat(SourceHealth.findBySource("test-refused").orElseThrow().lastAttemptAt).isNotNull());
    }

    @Test
    void theQuartzStoreIsClusteredOnTheDatabase() throws SchedulerException {
        assertThat(quartz.getMetaData().isJobStoreClustered()).isTrue();
        assertThat(quartz.getMetaData().isJobStoreSupportsPersistence()).isTrue();
    }

    private static void attempted(String source, Instant at) {
        QuarkusTransaction.requiringNew().run(() -> {
            SourceHealth h = new SourceHealth();
            h.sourceName = source;
            h.jurisdiction = Jurisdiction.findBySlug("boston-ma").orElseThrow();
            h.lastAttemptAt = at;
            h.persist();
        });
    }
}
