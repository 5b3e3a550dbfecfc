package org.ordinancewatch.web.query;

import java.time.Clock;
import java.time.Duration;
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
import org.ordinancewatch.source.SourcesConfig;

/** The site-wide parts of pages: freshness, recent changes, sunsets ahead, regions and agenda sources. */
@ApplicationScoped
public class SiteQueries {

    /**
     * A configured source with the health of its last scrape (null before the first), and whether it is stale: enabled
     * but not read successfully within {@code ow.sources.stale-after} (a source never read is stale once it has been
     * tried, or once it has been configured that long without a try).
     */
    public record SourceRow(SourceDefinition definition, SourceHealth health, boolean stale) {

        public Instant lastSuccess() {
            return health == null ? null : health.lastSuccessAt;
        }
    }

    private final EntityManager em;
    private final SourceCatalog sources;
    private final Clock clock;
    private final Duration staleAfter;
    private final Instant started;

    public SiteQueries(EntityManager em, SourceCatalog sources, Clock clock, SourcesConfig config) {
        this.em = em;
        this.sources = sources;
        this.clock = clock;
        this.staleAfter = config.staleAfter();
        this.started = clock.instant();
    }

    /** The whole site: data last changed, and every enabled source's last successful read. */
    public Freshness freshness() {
        return freshness(lastChange(), sourceRows());
    }

    /** How many jurisdictions have an enabled agenda source: what the site can honestly claim to watch. */
    public long watchedJurisdictions() {
        return sources.sources().stream().filter(SourceDefinition::enabled).map(SourceDefinition::jurisdiction)
                .distinct().count();
    }

    /** One jurisdiction's page: its own data and its own sources. */
    public Freshness freshness(Jurisdiction j) {
        return freshness(lastChange(j), sourceRows(j));
    }

    public static Freshness freshness(Instant changed, List<SourceRow> rows) {
        List<SourceRow> enabled = rows.stream().filter(r -> r.definition().enabled()).toList();
        Instant checked = enabled.stream().map(SourceRow::lastSuccess).filter(Objects::nonNull).max(Instant::compareTo)
                .orElse(null);
        return new Freshness(changed, checked, enabled.size(), (int) enabled.stream().filter(SourceRow::stale).count());
    }

    private SourceRow row(SourceDefinition d, SourceHealth h) {
        Instant limit = clock.instant().minus(staleAfter);
        boolean stale;
        if (!d.enabled()) {
            stale = false;
        } else if (h == null || h.lastSuccessAt == null) {
            stale = h != null && h.lastAttemptAt != null || started.isBefore(limit);
        } else {
            stale = h.lastSuccessAt.isBefore(limit);
        }
        return new SourceRow(d, h, stale);
    }

    /** When any tracked data last changed: the "as of" of the whole site. Three index lookups in one statement. */
    public Instant lastChange() {
        Object[] row = em.createQuery("select (select max(m.updatedAt) from Measure m), "
                + "(select max(j.updatedAt) from Jurisdiction j), (select max(c.recordedAt) from StatusChange c)",
                Object[].class).getSingleResult();
        return Stream.of(row).map(Instant.class::cast).filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
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
        return sources.sources().stream().map(d -> row(d, health.get(d.name()))).toList();
    }

    /** The sources configured for one jurisdiction, with their health. */
    public List<SourceRow> sourceRows(Jurisdiction j) {
        Map<String, SourceHealth> health = em.createQuery("select h from SourceHealth h join fetch h.jurisdiction "
                + "where h.jurisdiction = :j", SourceHealth.class).setParameter("j", j).getResultList().stream()
                .collect(Collectors.toMap(h -> h.sourceName, Function.identity(), (a, b) -> a));
        return sources.sources().stream().filter(d -> d.jurisdiction().equals(j.slug))
                .map(d -> row(d, health.get(d.name()))).toList();
    }
}
