package org.ordinancewatch.web.query;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.ordinancewatch.model.AgendaItem;
import org.ordinancewatch.model.Meeting;

/**
 * Meetings with face-recognition items, soonest first, and those items: two statements per request whatever the
 * number of meetings (the meetings with their jurisdictions, then every relevant item of those meetings).
 */
@ApplicationScoped
public class HearingsQueries {

    /** A meeting and its relevant agenda items in agenda order. */
    public record Hearing(Meeting meeting, List<AgendaItem> items) {
    }

    /** Which meetings: all, one jurisdiction's, or those where one measure is on the agenda. */
    public record Scope(String jurisdictionSlug, String measureSlug) {
        public static final Scope ALL = new Scope(null, null);

        public static Scope jurisdiction(String slug) {
            return new Scope(slug, null);
        }

        public static Scope measure(String slug) {
            return new Scope(null, slug);
        }
    }

    private final EntityManager em;

    public HearingsQueries(EntityManager em) {
        this.em = em;
    }

    /** Meetings starting at or after {@code from}, soonest first, {@code offset} and {@code limit} applied in SQL. */
    public List<Hearing> from(Instant from, Scope scope, int offset, int limit) {
        StringBuilder q = new StringBuilder("select m from Meeting m join fetch m.jurisdiction j where m.startAt >= :from"
                + " and exists (select 1 from AgendaItem i where i.meeting = m and i.relevant = true");
        if (scope.measureSlug() != null) {
            q.append(" and i.measure.slug = :measure");
        }
        q.append(")");
        if (scope.jurisdictionSlug() != null) {
            q.append(" and j.slug = :jurisdiction");
        }
        q.append(" order by m.startAt, m.id");
        TypedQuery<Meeting> query = em.createQuery(q.toString(), Meeting.class)
                .setParameter("from", from.atOffset(ZoneOffset.UTC)).setFirstResult(offset).setMaxResults(limit);
        if (scope.measureSlug() != null) {
            query.setParameter("measure", scope.measureSlug());
        }
        if (scope.jurisdictionSlug() != null) {
            query.setParameter("jurisdiction", scope.jurisdictionSlug());
        }
        List<Meeting> meetings = query.getResultList();
        if (meetings.isEmpty()) {
            return List.of();
        }
        Map<Long, List<AgendaItem>> items = new LinkedHashMap<>();
        meetings.forEach(m -> items.put(m.id, new ArrayList<>()));
        em.createQuery("select i from AgendaItem i join fetch i.meeting left join fetch i.measure mm"
                + " left join fetch mm.jurisdiction where i.meeting.id in :ids and i.relevant = true order by i.id",
                AgendaItem.class).setParameter("ids", items.keySet()).getResultList()
                .forEach(i -> items.get(i.meeting.id).add(i));
        return meetings.stream().map(m -> new Hearing(m, List.copyOf(items.get(m.id)))).toList();
    }
}
