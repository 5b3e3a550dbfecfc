package org.ordinancewatch.web.query;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.model.Status;
import org.ordinancewatch.web.MeasureFilter;

/**
 * Measures as lists, pages and counts. Every method costs a fixed number of statements whatever the number of rows:
 * counts are SQL aggregates, ordering and limits are applied by the database, and a page that shows sources reads
 * them for the whole page in one statement.
 */
@ApplicationScoped
public class MeasureQueries {

    /** The order measures are listed in everywhere: by place, newest decision first, then title. */
    static final String ORDER = " order by j.name, j.region, m.decidedOn desc nulls last, m.title, m.id";

    /** How many measures are tracked and in how many places. */
    public record Totals(long measures, long places) {
    }

    private final EntityManager em;

    public MeasureQueries(EntityManager em) {
        this.em = em;
    }

    public Totals totals() {
        Object[] row = em.createQuery("select count(m), count(distinct m.jurisdiction.id) from Measure m", Object[].class)
                .getSingleResult();
        return new Totals(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    public long count(MeasureFilter f) {
        Where where = Where.of(f);
        return where.bind(em.createQuery("select count(m) from Measure m join m.jurisdiction j" + where.sql, Long.class))
                .getSingleResult();
    }

    /** Measures per status under the filter's other criteria: the numbers on the status buttons. */
    public Map<Status, Long> countByStatus(MeasureFilter f) {
        Where where = Where.of(f.withoutStatus());
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0L);
        }
        where.bind(em.createQuery("select m.status, count(m) from Measure m join m.jurisdiction j" + where.sql
                + " group by m.status", Object[].class)).getResultList()
                .forEach(row -> counts.put((Status) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** One page of measures with their jurisdictions, without sources. */
    public List<Measure> page(MeasureFilter f, int offset, int limit) {
        Where where = Where.of(f);
        return where.bind(em.createQuery("select m from Measure m join fetch m.jurisdiction j" + where.sql + ORDER,
                Measure.class)).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** One page of measures with their jurisdictions and sources: the ids of the page, then the page itself. */
    public List<Measure> pageWithSources(MeasureFilter f, int offset, int limit) {
        Where where = Where.of(f);
        List<Long> ids = where.bind(em.createQuery("select m.id from Measure m join m.jurisdiction j" + where.sql + ORDER,
                Long.class)).setFirstResult(offset).setMaxResults(limit).getResultList();
        return withSources(ids);
    }

    /** The measures with these ids, in this order, each with its jurisdiction and sources. */
    public List<Measure> withSources(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Measure> byId = em.createQuery("select distinct m from Measure m join fetch m.jurisdiction "
                + "left join fetch m.sources where m.id in :ids", Measure.class).setParameter("ids", ids).getResultList()
                .stream().collect(Collectors.toMap(m -> m.id, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }

    /** Measures of these jurisdictions with their sources, grouped by jurisdiction id, each group in list order. */
    public Map<Long, List<Measure>> ofJurisdictions(List<Long> jurisdictionIds) {
        Map<Long, List<Measure>> groups = new LinkedHashMap<>();
        if (jurisdictionIds.isEmpty()) {
            return groups;
        }
        em.createQuery("select distinct m from Measure m join fetch m.jurisdiction j left join fetch m.sources "
                + "where j.id in :ids" + ORDER, Measure.class).setParameter("ids", jurisdictionIds).getResultList()
                .forEach(m -> groups.computeIfAbsent(m.jurisdiction.id, id -> new ArrayList<>()).add(m));
        return groups;
    }

    /**
     * Every measure under the filter in list order, handed over a batch at a time, each batch read in its own short
     * transaction so nothing accumulates: an export of any size runs in constant memory. (Rows changed while an
     * export runs may move between batches; the export is a snapshot of each batch, not of the whole.)
     */
    public void forEachBatch(MeasureFilter f, int batchSize, Consumer<List<Measure>> sink) {
        for (int offset = 0;; offset += batchSize) {
            int from = offset;
            List<Measure> batch = QuarkusTransaction.requiringNew().call(() -> pageWithSources(f, from, batchSize));
            if (!batch.isEmpty()) {
                sink.accept(batch);
            }
            if (batch.size() < batchSize) {
                return;
            }
        }
    }

    /** The filter as a JPQL where clause over {@code m} (the measure) and {@code j} (its jurisdiction). */
    private record Where(String sql, Map<String, Object> params) {

        static Where of(MeasureFilter f) {
            StringBuilder q = new StringBuilder(" where 1 = 1");
            Map<String, Object> params = new LinkedHashMap<>();
            if (f.status() != null) {
                q.append(" and m.status = :status");
                params.put("status", f.status());
            }
            if (f.kind() != null) {
                q.append(" and m.kind = :kind");
                params.put("kind", f.kind());
            }
            if (f.region() != null) {
                q.append(" and j.region = :region");
                params.put("region", f.region());
            }
            if (f.jurisdiction() != null) {
                q.append(" and j.slug = :jurisdiction");
                params.put("jurisdiction", f.jurisdiction());
            }
            return new Where(q.toString(), params);
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            params.forEach(query::setParameter);
            return query;
        }
    }
}
