package org.ordinancewatch.curate;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.ordinancewatch.model.AgendaItem;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.model.ReviewState;
import org.ordinancewatch.model.StatusChange;

/** What waits for a curator, newest first, with its evidence: a bounded number of statements whatever the queue. */
@ApplicationScoped
public class ReviewQueue {

    /** How many of each kind the page shows at once. */
    public static final int SHOWN = 50;

    /** A detected measure with the agenda items it was found on and its first recorded status (with the archive). */
    public record Detection(Measure measure, List<AgendaItem> items, StatusChange first) {
    }

    public record Pending(List<Detection> detections, long detectionCount, List<StatusChange> changes,
            long changeCount) {

        public boolean isEmpty() {
            return detectionCount == 0 && changeCount == 0;
        }
    }

    private final EntityManager em;

    public ReviewQueue(EntityManager em) {
        this.em = em;
    }

    public Pending pending() {
        List<Measure> measures = em.createQuery("select m from Measure m join fetch m.jurisdiction "
                + "where m.reviewState = :s order by m.createdAt desc, m.id desc", Measure.class)
                .setParameter("s", ReviewState.UNREVIEWED).setMaxResults(SHOWN).getResultList();
        Map<Long, List<AgendaItem>> items = measures.isEmpty() ? Map.of()
                : em.createQuery("select i from AgendaItem i join fetch i.meeting where i.measure in :ms order by i.id",
                        AgendaItem.class).setParameter("ms", measures).getResultStream()
                        .collect(Collectors.groupingBy(i -> i.measure.id));
        Map<Long, StatusChange> first = measures.isEmpty() ? Map.of()
                : em.createQuery("select c from StatusChange c left join fetch c.snapshot where c.measure in :ms "
                        + "and c.fromStatus is null", StatusChange.class).setParameter("ms", measures).getResultStream()
                        .collect(Collectors.toMap(c -> c.measure.id, c -> c, (a, b) -> a));
        List<StatusChange> changes = em.createQuery("select c from StatusChange c join fetch c.measure m "
                + "join fetch m.jurisdiction left join fetch c.snapshot where c.reviewState = :s "
                + "and m.reviewState <> :s order by c.recordedAt desc, c.id desc", StatusChange.class)
                .setParameter("s", ReviewState.UNREVIEWED).setMaxResults(SHOWN).getResultList();
        long detectionCount = em.createQuery("select count(m) from Measure m where m.reviewState = :s", Long.class)
                .setParameter("s", ReviewState.UNREVIEWED).getSingleResult();
        long changeCount = em.createQuery("select count(c) from StatusChange c where c.reviewState = :s "
                + "and c.measure.reviewState <> :s", Long.class).setParameter("s", ReviewState.UNREVIEWED)
                .getSingleResult();
        return new Pending(measures.stream().map(m -> new Detection(m, items.getOrDefault(m.id, List.of()),
                first.get(m.id))).toList(), detectionCount, changes, changeCount);
    }
}
