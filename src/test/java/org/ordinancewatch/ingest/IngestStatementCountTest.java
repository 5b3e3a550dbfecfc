package org.ordinancewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.record.ScrapedItem;
import org.ordinancewatch.record.ScrapedMeeting;
import org.ordinancewatch.record.ScrapedMeetingStatus;
import org.ordinancewatch.source.SourceDefinition;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A listing page's lookups cost the same number of SQL statements whatever the number of meetings it lists: a page
 * of 60 meetings costs more than one of 20 only by the rows it inserts, and read again it writes nothing and costs
 * the same as the page of 20 read again. (Background jobs are off in this profile, so the global count is the
 * page's.)
 */
@QuarkusTest
@TestProfile(IngestStatementCountTest.Quiet.class)
class IngestStatementCountTest {

    /** Background jobs would add their statements to the global count while a page is measured. */
    public static class Quiet implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ow.alert.dispatch.enabled", "false", "ow.sunset.cron", "off",
                    "ow.alert.reminders.cron", "off", "ow.sources.schedule", "false");
        }
    }

    private static final String PAGE = "https://example.org/calendar";

    @Inject
    Ingestor ingestor;

    @Inject
    EntityManager em;

    record Cost(long statements, long writes) {
    }

    @Test
    void aListingsLookupsDoNotGrowWithItsMeetings() {
        Statistics stats = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        assertThat(stats.isStatisticsEnabled()).isTrue();
        long jurisdictionId = QuarkusTransaction.requiringNew()
                .call(() -> Jurisdiction.findBySlug("pittsburgh-pa").orElseThrow().id);
        String run = "count-" + System.nanoTime();
        ParseResult small = listing(run + "-a", 20);
        ParseResult large = listing(run + "-b", 60);

        Cost firstSmall = ingest(stats, jurisdictionId, small);
        Cost firstLarge = ingest(stats, jurisdictionId, large);
        Cost againSmall = ingest(stats, jurisdictionId, small);
        Cost againLarge = ingest(stats, jurisdictionId, large);

        assertThat(firstSmall.writes()).as("a meeting and its two items each").isEqualTo(20 * 3);
        assertThat(firstLarge.writes()).isEqualTo(60 * 3);
        assertThat(firstLarge.statements() - firstLarge.writes())
                .as("statements besides the inserts, 60 meetings vs 20")
                .isEqualTo(firstSmall.statements() - firstSmall.writes());
        assertThat(againSmall.writes()).as("an unchanged page writes nothing").isZero();
        assertThat(againLarge.writes()).isZero();
        assertThat(againLarge.statements()).as("statements reading an unchanged page of 60 vs 20")
                .isEqualTo(againSmall.statements());
        assertThat(againLarge.statements()).as("a handful of queries per page").isBetween(1L, 8L);
    }

    private Cost ingest(Statistics stats, long jurisdictionId, ParseResult page) {
        long statements = stats.getPrepareStatementCount();
        long writes = writes(stats);
        Ingestor.Stats stored = ingestor.apply(jurisdictionId, source(), null, PAGE, null, page);
        assertThat(stored.meetings()).isEqualTo(page.agendas().size());
        return new Cost(stats.getPrepareStatementCount() - statements, writes(stats) - writes);
    }

    private static long writes(Statistics stats) {
        return stats.getEntityInsertCount() + stats.getEntityUpdateCount() + stats.getEntityDeleteCount();
    }

    /** A Granicus-like listing: each meeting with its platform id and two routine items. */
    private static ParseResult listing(String prefix, int meetings) {
        List<ScrapedMeeting> listed = new ArrayList<>();
        OffsetDateTime first = OffsetDateTime.of(2026, 1, 5, 18, 0, 0, 0, ZoneOffset.ofHours(-5));
        for (int n = 0; n < meetings; n++) {
            listed.add(new ScrapedMeeting(prefix + "-" + n, "City Council", null, first.plusDays(n), null,
                    ScrapedMeetingStatus.SCHEDULED, null, List.of(),
                    List.of(new ScrapedItem("1", null, "Approval of the minutes", null, null, null, List.of()),
                            new ScrapedItem("2", null, "Public comment", null, null, null, List.of()))));
        }
        return ParseResult.ofMeetings(listed, List.of(), List.of());
    }

    private static SourceDefinition source() {
        return new SourceDefinition("pittsburgh-pa", "legistar-web", "https://example.org", null, null, null, 20,
                null, null, null, true, "statement-count", "test");
    }
}
