package org.ordinancewatch.web.query;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.model.Level;
import org.ordinancewatch.source.SourceCatalog;

/**
 * What is watched and what is not: every tracked jurisdiction with its measure count, its agenda sources and their
 * health, and, where nothing reads its agenda, why. Three statements whatever the number of places.
 */
@ApplicationScoped
public class CoverageQueries {

    /**
     * One tracked jurisdiction.
     *
     * @param notWatched why no agenda is read here, null when at least one enabled source reads it
     */
    public record CoverageRow(Jurisdiction jurisdiction, long measures, List<SiteQueries.SourceRow> sources,
            String notWatched) {

        public boolean watched() {
            return notWatched == null;
        }
    }

    /** Every place, and how many of them have an agenda read. */
    public record Coverage(List<CoverageRow> rows, long watched, Freshness freshness) {

        public long places() {
            return rows.size();
        }
    }

    private final EntityManager em;
    private final SiteQueries site;
    private final SourceCatalog catalog;

    public CoverageQueries(EntityManager em, SiteQueries site, SourceCatalog catalog) {
        this.em = em;
        this.site = site;
        this.catalog = catalog;
    }

    public Coverage coverage() {
        Map<Long, Long> counts = em.createQuery("select m.jurisdiction.id, count(m) from Measure m group by m.jurisdiction.id",
                Object[].class).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> ((Number) r[1]).longValue()));
        List<SiteQueries.SourceRow> allSources = site.sourceRows();
        Map<String, List<SiteQueries.SourceRow>> byPlace = allSources.stream()
                .collect(Collectors.groupingBy(r -> r.definition().jurisdiction()));
        List<CoverageRow> rows = em.createQuery("select j from Jurisdiction j order by j.country, j.region, j.name",
                Jurisdiction.class).getResultStream().map(j -> {
                    List<SiteQueries.SourceRow> sources = byPlace.getOrDefault(j.slug, List.of());
                    return new CoverageRow(j, counts.getOrDefault(j.id, 0L), sources, whyNotWatched(j.level, sources,
                            catalog.unwatchedReason(j.slug).orElse(null)));
                }).toList();
        return new Coverage(rows, rows.stream().filter(CoverageRow::watched).count(),
                SiteQueries.freshness(site.lastChange(), allSources));
    }

    /**
     * Null when an enabled source reads the place's agenda; otherwise the reason, in words for the public: the
     * researched one from {@code unwatched.yaml} where there is one, else what its level implies.
     */
    static String whyNotWatched(Level level, List<SiteQueries.SourceRow> sources, String researched) {
        if (sources.stream().anyMatch(r -> r.definition().enabled())) {
            return null;
        }
        if (!sources.isEmpty()) {
            return "Its agenda source is defined but switched off on this server.";
        }
        if (researched != null) {
            return researched;
        }
        return switch (level) {
            case STATE -> "A state legislature: its bills are followed by hand, not read from a council agenda platform.";
            case COUNTRY -> "A national legislature or government: followed by hand from official records.";
            case SUPRANATIONAL -> "The European Union's institutions: followed by hand from official records.";
            case CITY, TOWN, COUNTY -> "No agenda source is defined yet: its council does not publish on a platform "
                    + "Ordinance Watch reads, or the source has not been added.";
            default -> "Followed by hand from official records.";
        };
    }
}
