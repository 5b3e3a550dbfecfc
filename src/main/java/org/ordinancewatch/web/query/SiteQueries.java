package org.ordinancewatch.web.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.model.PartialDate;
import org.ordinancewatch.model.SourceHealth;
import org.ordinancewatch.model.Status;
import org.ordinancewatch.model.StatusChange;
import org.ordinancewatch.source.SourceCatalog;
import org.ordinancewatch.source.SourceDefinition;

/** The site-wide parts of pages: freshness, recent changes, sunsets ahead, regions and agenda sources. */
@ApplicationScoped
public class SiteQueries {

    /** A configured source with the health of its last scrape (null before the first). */
    public record SourceRow(SourceDefinition definition, SourceHealth health) {
    }

    private final EntityManager em;
    private final SourceCatalog sources;

    public SiteQueries(EntityManager em, SourceCatalog sources) {
        this.em = em;
        this.sources = sources;
    }

    /** When any tracked data last changed: the "as of" of the whole site. Three index lookups. */
    public Instant lastChange() {
        return Stream.of(max("select max(m.updatedAt) from Measure m"), max("select max(j.updatedAt) from Jurisdiction j"),
                max("select max(c.recordedAt) from StatusChange c")).filter(Objects::nonNull).max(Instant::compareTo)
                .orElse(null);
    }

    /** When a jurisdiction's own data or any of its measures last changed. */
    public Instant lastChange(Jurisdiction j) {
        Instant measures = em.createQuery("select max(m.updatedAt) from Measure m where m.jurisdiction = :j", Instant.class)
                .setParameter("j", j).getSingleResult();
        Instant changes = em.createQuery(
                "select max(c.recordedAt) from StatusChange c where c.measure.jurisdiction = :j", Instant.class)
                .setParameter("j", j).getSingleResult();
        return Stream.of(j.updatedAt, measures, changes).filter(Objects::nonNull).max(Instant::compareTo)
                .orElse(j.updatedAt);
    }

    private Instant max(String jpql) {
        return em.createQuery(jpql, Instant.class).getSingleResult();
    }

    public List<StatusChange> recentChanges(int limit) {
        return StatusChange.recent(limit);
    }

    /**
     * Sunsets not yet reached, soonest first, each judged in its own jurisdiction's time zone as the expiry rule does.
     * The database narrows to sunsets from yesterday's month on (no zone is a day behind UTC's yesterday), in order.
     */
    public List<Measure> upcomingSunsets(Instant now, int limit) {
        PartialDate from = PartialDate.parse(LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1).toString().substring(0, 7));
        return em.createQuery("select m from Measure m join fetch m.jurisdiction where m.sunsetOn >= :from "
                + "and m.status in :effective order by m.sunsetOn, m.id", Measure.class)
                .setParameter("from", from).setParameter("effective", List.of(Status.IN_FORCE, Status.PASSED, Status.WEAKENED))
                .setMaxResults(limit + 40).getResultList().stream()
                .filter(m -> !m.sunsetOn.isReachedBy(LocalDate.ofInstant(now, m.jurisdiction.zone())))
                .limit(limit).toList();
    }

    /** Every configured source with its health: one statement for all of them. */
    public List<SourceRow> sourceRows() {
        Map<String, SourceHealth> health = em.createQuery("select h from SourceHealth h join fetch h.jurisdiction",
                SourceHealth.class).getResultList().stream()
                .collect(Collectors.toMap(h -> h.sourceName, Function.identity(), (a, b) -> a));
        return sources.sources().stream().map(d -> new SourceRow(d, health.get(d.name()))).toList();
    }

    /** The sources configured for one jurisdiction, with their health. */
    public List<SourceRow> sourceRows(Jurisdiction j) {
        Map<String, SourceHealth> health = em.createQuery("select h from SourceHealth h join fetch h.jurisdiction "
                + "where h.jurisdiction = :j", SourceHealth.class).setParameter("j", j).getResultList().stream()
                .collect(Collectors.toMap(h -> h.sourceName, Function.identity(), (a, b) -> a));
        return sources.sources().stream().filter(d -> d.jurisdiction().equals(j.slug))
                .map(d -> new SourceRow(d, health.get(d.name()))).toList();
    }
}
