package org.ordinancewatch.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.ordinancewatch.fetch.Compression;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.ordinancewatch.model.SourceHealth;
import org.ordinancewatch.model.Snapshot;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** What the pipeline tests share: a fingerprint of everything a scrape writes, and forgetting it afterwards. */
final class PipelineData {

    private PipelineData() {
    }

    /**
     * Row counts, newest update times and Hibernate's count of entity inserts, updates and deletes so far
     * (source health aside, which every run updates): equal before and after a run means it wrote nothing.
     */
    static Map<String, Object> counts(EntityManager em) {
        return QuarkusTransaction.requiringNew().call(() -> Map.of(
                "entityWrites", entityWritesExceptHealth(em),
                "snapshots", em.createQuery("select count(s) from Snapshot s").getSingleResult(),
                "meetings", em.createQuery("select count(m) from Meeting m").getSingleResult(),
                "meetingsUpdated", String.valueOf(em.createQuery("select max(m.updatedAt) from Meeting m").getSingleResult()),
                "items", em.createQuery("select count(i) from AgendaItem i").getSingleResult(),
                "measures", em.createQuery("select count(m) from Measure m").getSingleResult(),
                "measuresUpdated", String.valueOf(em.createQuery("select max(m.updatedAt) from Measure m").getSingleResult()),
                "changes", em.createQuery("select count(c) from StatusChange c").getSingleResult()));
    }

    private static long entityWritesExceptHealth(EntityManager em) {
        Statistics stats = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        if (!stats.isStatisticsEnabled()) {
            throw new IllegalStateException("Hibernate statistics are off (%test.quarkus.hibernate-orm.statistics)");
        }
        long writes = 0;
        for (String entity : stats.getEntityNames()) {
            if (!entity.equals(SourceHealth.class.getName())) {
                var e = stats.getEntityStatistics(entity);
                writes += e.getInsertCount() + e.getUpdateCount() + e.getDeleteCount();
            }
        }
        return writes;
    }

    /** Removes everything scrapers stored, so other test classes see only the seeded measures again. */
    static void forgetScrapedData(EntityManager em) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from status_change where measure_id in (select id from measure where origin = 'SCRAPED')").executeUpdate();
            em.createNativeQuery("update status_change set snapshot_id = null").executeUpdate();
            em.createNativeQuery("delete from agenda_item").executeUpdate();
            em.createNativeQuery("delete from meeting").executeUpdate();
            em.createNativeQuery("delete from measure where origin = 'SCRAPED'").executeUpdate();
            em.createNativeQuery("delete from snapshot").executeUpdate();
            em.createNativeQuery("delete from source_health").executeUpdate();
        });
    }

    static String text(Snapshot snapshot) {
        try {
            return new String(Compression.gunzip(snapshot.bodyGzip, 10_000_000), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
