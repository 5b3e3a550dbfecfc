package org.ordinancewatch.web.query;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.ordinancewatch.model.Level;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.model.PartialDate;
import org.ordinancewatch.model.Status;

/** The latest status changes for the Atom feeds, newest recorded first: one statement per feed. */
@ApplicationScoped
public class FeedQueries {

    /** A status change with what a feed entry says about its measure and place. */
    public record ChangeRow(long id, Status from, Status to, PartialDate occurredOn, Instant recordedAt, String reason,
            String actionText, String sourceLabel, String sourceUrl, String measureSlug, String measureTitle,
            Measure.Origin origin, String jurisdictionSlug, String jurisdictionName, Level level, String region) {

        /** "Somerville, MA" for a city, "California" for a state. */
        public String place() {
            boolean local = level == Level.CITY || level == Level.TOWN || level == Level.COUNTY;
            return local && region != null ? jurisdictionName + ", " + region : jurisdictionName;
        }
    }

    private final EntityManager em;

    public FeedQueries(EntityManager em) {
        this.em = em;
    }

    /** At most {@code limit} changes, of one jurisdiction or one measure when given. */
    public List<ChangeRow> changes(String jurisdictionSlug, String measureSlug, int limit) {
        StringBuilder q = new StringBuilder("select new ").append(ChangeRow.class.getName())
                .append("(c.id, c.fromStatus, c.toStatus, c.occurredOn, c.recordedAt, c.reason, c.actionText,"
                        + " c.sourceLabel, c.sourceUrl, m.slug, m.title, m.origin, j.slug, j.name, j.level, j.region)"
                        + " from StatusChange c join c.measure m join m.jurisdiction j where 1 = 1");
        if (jurisdictionSlug != null) {
            q.append(" and j.slug = :jurisdiction");
        }
        if (measureSlug != null) {
            q.append(" and m.slug = :measure");
        }
        q.append(" order by c.recordedAt desc, c.id desc");
        TypedQuery<ChangeRow> query = em.createQuery(q.toString(), ChangeRow.class).setMaxResults(limit);
        if (jurisdictionSlug != null) {
            query.setParameter("jurisdiction", jurisdictionSlug);
        }
        if (measureSlug != null) {
            query.setParameter("measure", measureSlug);
        }
        return query.getResultList();
    }

    /**
     * Every change, newest recorded first, a batch at a time: each batch starts after the last row of the one before
     * (by recording time and id), so the export of any number of changes runs in constant memory.
     */
    public void forEachChangeBatch(int batchSize, java.util.function.Consumer<List<ChangeRow>> sink) {
        String select = "select new " + ChangeRow.class.getName()
                + "(c.id, c.fromStatus, c.toStatus, c.occurredOn, c.recordedAt, c.reason, c.actionText,"
                + " c.sourceLabel, c.sourceUrl, m.slug, m.title, m.origin, j.slug, j.name, j.level, j.region)"
                + " from StatusChange c join c.measure m join m.jurisdiction j";
        String order = " order by c.recordedAt desc, c.id desc";
        List<ChangeRow> batch = em.createQuery(select + order, ChangeRow.class).setMaxResults(batchSize).getResultList();
        while (!batch.isEmpty()) {
            sink.accept(batch);
            if (batch.size() < batchSize) {
                return;
            }
            ChangeRow last = batch.get(batch.size() - 1);
            batch = em.createQuery(select + " where c.recordedAt < :at or (c.recordedAt = :at and c.id < :id)" + order,
                    ChangeRow.class).setParameter("at", last.recordedAt()).setParameter("id", last.id())
                    .setMaxResults(batchSize).getResultList();
        }
    }
}
