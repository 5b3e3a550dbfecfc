package org.ordinancewatch.web.query;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.ordinancewatch.model.AgendaItem;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.model.MeasureLink;
import org.ordinancewatch.model.StatusChange;
import org.ordinancewatch.model.MeetingStatus;

/**
 * Everything a measure's page shows, in five statements whatever the measure: the measure with its jurisdiction and
 * sources, its timeline, its links to other measures (both ends fetched), and its latest agenda appearances.
 */
@ApplicationScoped
public class MeasurePageQueries {

    /** How many agenda appearances a measure's page lists, newest meetings first. */
    public static final int APPEARANCES = 50;

    public record MeasureDetail(Measure measure, List<StatusChange> timeline, List<RelatedMeasure> related,
            List<AgendaItem> appearances, AgendaItem nextHearing, Instant asOf) {

        /** Whether one of the measure's sources is the official record of it, with a link. */
        public boolean hasOfficialSource() {
            return measure.sources.stream().anyMatch(s -> s.official && s.url != null);
        }
    }

    public record RelatedMeasure(String relation, Measure measure) {
    }

    private final EntityManager em;
    private final Clock clock;

    public MeasurePageQueries(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** A measure by slug, or by numeric id for links that predate slugs. */
    public Optional<Measure> find(String slugOrId) {
        String select = "select distinct m from Measure m join fetch m.jurisdiction left join fetch m.sources where ";
        Optional<Measure> found = em.createQuery(select + "m.slug = :slug", Measure.class).setParameter("slug", slugOrId)
                .getResultStream().findFirst();
        if (found.isEmpty() && slugOrId.matches("\\d{1,18}")) {
            found = em.createQuery(select + "m.id = :id", Measure.class).setParameter("id", Long.parseLong(slugOrId))
                    .getResultStream().findFirst();
        }
        return found;
    }

    public Optional<MeasureDetail> detail(String slugOrId) {
        return find(slugOrId).map(this::detail);
    }

    private MeasureDetail detail(Measure m) {
        List<StatusChange> timeline = StatusChange.timeline(m);
        List<RelatedMeasure> related = new ArrayList<>();
        em.createQuery("select l from MeasureLink l join fetch l.fromMeasure f join fetch f.jurisdiction "
                + "join fetch l.toMeasure t join fetch t.jurisdiction where f = :m or t = :m order by l.id", MeasureLink.class)
                .setParameter("m", m).getResultList().forEach(link -> {
                    boolean outgoing = link.fromMeasure.id.equals(m.id);
                    related.add(new RelatedMeasure(outgoing ? link.relation.verb() : link.relation.inverse(),
                            outgoing ? link.toMeasure : link.fromMeasure));
                });
        List<AgendaItem> appearances = new ArrayList<>(em.createQuery("select i from AgendaItem i join fetch i.meeting mt "
                + "join fetch mt.jurisdiction where i.measure = :m order by mt.startAt desc nulls last, i.id desc",
                AgendaItem.class).setParameter("m", m).setMaxResults(APPEARANCES).getResultList());
        java.util.Collections.reverse(appearances);
        Instant now = clock.instant();
        AgendaItem next = appearances.stream()
                .filter(i -> i.meeting.startAt != null && !i.meeting.startAt.toInstant().isBefore(now)
                        && i.meeting.status != MeetingStatus.CANCELLED)
                .findFirst().orElse(null);
        Instant asOf = Stream.concat(Stream.of(m.updatedAt), timeline.stream().map(c -> c.recordedAt))
                .max(Instant::compareTo).orElse(m.updatedAt);
        return new MeasureDetail(m, timeline, related, appearances, next, asOf);
    }
}
