package org.ordinancewatch.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.ordinancewatch.model.AgendaItem;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.model.MeasureLink;
import org.ordinancewatch.model.Meeting;
import org.ordinancewatch.model.SourceHealth;
import org.ordinancewatch.record.MeetingStatus;
import org.ordinancewatch.model.Status;
import org.ordinancewatch.model.StatusChange;

/**
 * Read side for pages and the API. Everything a page shows is fetched here, up front, so templates
 * never trigger lazy loading.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Catalog {

    private final EntityManager em;
    private final java.time.Clock clock;
    private final org.ordinancewatch.source.SourceCatalog sources;

    public Catalog(EntityManager em, java.time.Clock clock, org.ordinancewatch.source.SourceCatalog sources) {
        this.em = em;
        this.clock = clock;
        this.sources = sources;
    }

    /** A configured source with the health of its last scrape (null before the first). */
    public record SourceRow(org.ordinancewatch.source.SourceDefinition definition, SourceHealth health) {
    }

    public List<SourceRow> sourceRows() {
        List<SourceHealth> health = sourceHealth();
        return sources.sources().stream().map(d -> new SourceRow(d,
                health.stream().filter(h -> h.sourceName.equals(d.name())).findFirst().orElse(null))).toList();
    }

    public record JurisdictionGroup(Jurisdiction jurisdiction, List<Measure> measures) {
    }

    public record MeasureDetail(Measure measure, List<StatusChange> timeline, List<RelatedMeasure> related,
            List<AgendaItem> appearances, AgendaItem nextHearing, Instant asOf) {
    }

    public record RelatedMeasure(String relation, Measure measure) {
    }

    /** A meeting where at least one relevant item is on the agenda, with those items. */
    public record Hearing(Meeting meeting, List<AgendaItem> items) {
    }

    public List<Measure> measures(MeasureFilter f) {
        StringBuilder q = new StringBuilder(
                "select distinct m from Measure m join fetch m.jurisdiction j left join fetch m.sources where 1 = 1");
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
        var query = em.createQuery(q.toString(), Measure.class);
        params.forEach(query::setParameter);
        return query.getResultList().stream()
                .sorted(java.util.Comparator.comparing((Measure m) -> m.jurisdiction.name)
                        .thenComparing(m -> Objects.toString(m.jurisdiction.region, ""))
                        .thenComparing(m -> m.decidedOn, java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()))
                        .thenComparing(m -> m.title))
                .toList();
    }

    public List<JurisdictionGroup> byJurisdiction(List<Measure> measures) {
        Map<Long, JurisdictionGroup> groups = new LinkedHashMap<>();
        for (Measure m : measures) {
            groups.computeIfAbsent(m.jurisdiction.id, id -> new JurisdictionGroup(m.jurisdiction, new ArrayList<>()))
                    .measures().add(m);
        }
        return List.copyOf(groups.values());
    }

    public Map<Status, Long> countByStatus(MeasureFilter f) {
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0L);
        }
        for (Measure m : measures(f.withoutStatus())) {
            counts.merge(m.status, 1L, Long::sum);
        }
        return counts;
    }

    public List<StatusChange> recentChanges(int limit) {
        return StatusChange.recent(limit);
    }

    /** Sunsets not yet reached, each judged in its own jurisdiction's time zone as the expiry rule does. */
    public List<Measure> upcomingSunsets(Instant now) {
        return Measure.withSunsetStillInEffect().stream()
                .filter(m -> !m.sunsetOn.isReachedBy(java.time.LocalDate.ofInstant(now, m.jurisdiction.zone())))
                .sorted(java.util.Comparator.comparing(m -> m.sunsetOn))
                .toList();
    }

    /** Upcoming meetings with relevant items, soonest first; {@code jurisdiction} null for all. */
    public List<Hearing> upcomingHearings(Instant now, Jurisdiction jurisdiction, int limit) {
        return Meeting.upcomingWithRelevantItems(now.atOffset(java.time.ZoneOffset.UTC)).stream()
                .filter(m -> jurisdiction == null || m.jurisdiction.id.equals(jurisdiction.id))
                .limit(limit)
                .map(m -> new Hearing(m, AgendaItem.forMeeting(m).stream().filter(i -> i.relevant).toList()))
                .toList();
    }

    public List<SourceHealth> sourceHealth() {
        return SourceHealth.listAllByName();
    }

    public Optional<Jurisdiction> jurisdiction(String slug) {
        return Jurisdiction.findBySlug(slug);
    }

    public List<Jurisdiction> jurisdictions() {
        return Jurisdiction.listByName();
    }

    public Optional<MeasureDetail> measure(String slugOrId) {
        Optional<Measure> found = Measure.findBySlug(slugOrId);
        if (found.isEmpty() && slugOrId.matches("\\d{1,18}")) {
            found = Measure.findByIdOptional(Long.parseLong(slugOrId));
        }
        return found.map(m -> {
            m.sources.size();
            List<StatusChange> timeline = StatusChange.timeline(m);
            List<RelatedMeasure> related = new ArrayList<>();
            for (MeasureLink link : MeasureLink.involving(m)) {
                boolean outgoing = link.fromMeasure.id.equals(m.id);
                related.add(new RelatedMeasure(outgoing ? link.relation.verb() : link.relation.inverse(),
                        outgoing ? link.toMeasure : link.fromMeasure));
            }
            related.forEach(r -> r.measure().jurisdiction.name.length());
            Instant asOf = Stream.concat(Stream.of(m.updatedAt), timeline.stream().map(c -> c.recordedAt))
                    .max(Instant::compareTo).orElse(m.updatedAt);
            List<AgendaItem> appearances = AgendaItem.forMeasure(m);
            Instant now = clock.instant();
            AgendaItem next = appearances.stream()
                    .filter(i -> i.meeting.startAt != null && !i.meeting.startAt.toInstant().isBefore(now)
                            && i.meeting.status != MeetingStatus.CANCELLED)
                    .findFirst().orElse(null);
            return new MeasureDetail(m, timeline, related, appearances, next, asOf);
        });
    }

    /** When any tracked data last changed: the "as of" of the whole site. */
    public Instant lastChange() {
        Instant measures = em.createQuery("select max(m.updatedAt) from Measure m", Instant.class).getSingleResult();
        Instant jurisdictions = em.createQuery("select max(j.updatedAt) from Jurisdiction j", Instant.class)
                .getSingleResult();
        Instant changes = em.createQuery("select max(c.recordedAt) from StatusChange c", Instant.class)
                .getSingleResult();
        return Stream.of(measures, jurisdictions, changes).filter(Objects::nonNull).max(Instant::compareTo)
                .orElse(null);
    }

    /** When a jurisdiction's own data or any of its measures last changed. */
    public Instant lastChange(Jurisdiction j, List<Measure> measures) {
        Instant changes = em.createQuery(
                "select max(c.recordedAt) from StatusChange c where c.measure.jurisdiction = :j", Instant.class)
                .setParameter("j", j).getSingleResult();
        return Stream.concat(Stream.of(j.updatedAt, changes), measures.stream().map(m -> m.updatedAt))
                .filter(Objects::nonNull).max(Instant::compareTo).orElse(j.updatedAt);
    }
}
