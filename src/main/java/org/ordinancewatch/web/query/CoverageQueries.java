package org.ordinancewatch.web.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.ordinancewatch.model.Jurisdiction;

/**
 * What is and is not watched: every tracked jurisdiction with its agenda sources (and their last check), or the
 * reason nothing reads its agendas. Two statements whatever the number of places.
 */
@ApplicationScoped
public class CoverageQueries {

    /** One jurisdiction: its sources (enabled or not) with their health, and why it is not watched when it is not. */
    public record CoverageRow(Jurisdiction jurisdiction, List<SiteQueries.SourceRow> sources) {

        /** Watched when at least one of its sources is enabled. */
        public boolean watched() {
            return sources.stream().anyMatch(s -> s.definition().enabled());
        }

        /** Null when watched; otherwise a sentence a reader can act on. */
        public String reason() {
            if (watched()) {
                return null;
            }
            if (!sources.isEmpty()) {
                return "A source is defined (" + sources.stream().map(s -> s.definition().platform()).distinct()
                        .collect(Collectors.joining(", ")) + ") but switched off.";
            }
            return switch (jurisdiction.level) {
                case STATE -> "A state legislature: its bill sites are not among the agenda platforms read here.";
                case COUNTRY -> "A national government or parliament: not an agenda platform read here.";
                case SUPRANATIONAL -> "The European Union's institutions: not an agenda platform read here.";
                default -> "No agenda source is defined yet: its council's platform has not been checked or is not "
                        + "supported.";
            };
        }
    }

    private final EntityManager em;
    private final SiteQueries site;

    public CoverageQueries(EntityManager em, SiteQueries site) {
        this.em = em;
        this.site = site;
    }

    /** Every jurisdiction by name, watched or not. */
    public List<CoverageRow> rows() {
        Map<String, List<SiteQueries.SourceRow>> bySlug = site.sourceRows().stream()
                .collect(Collectors.groupingBy(r -> r.definition().jurisdiction()));
        List<CoverageRow> rows = new ArrayList<>();
        for (Jurisdiction j : em.createQuery("select j from Jurisdiction j order by j.name, j.region", Jurisdiction.class)
                .getResultList()) {
            rows.add(new CoverageRow(j, bySlug.getOrDefault(j.slug, List.of())));
        }
        return rows;
    }
}
