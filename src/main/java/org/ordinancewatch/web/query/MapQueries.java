package org.ordinancewatch.web.query;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.ordinancewatch.model.Level;
import org.ordinancewatch.model.MeasureKind;
import org.ordinancewatch.model.Status;
import org.ordinancewatch.web.MeasureFilter;

/** The rows the map is drawn from: one statement per page, however many places are tracked. */
@ApplicationScoped
public class MapQueries {

    /** One jurisdiction, paired with one of its measures matching the filter (status and kind null when it has none). */
    public record PlaceRow(String slug, String name, Level level, String region, String country, Double latitude,
            Double longitude, Status status, MeasureKind kind) {
    }

    private final EntityManager em;

    public MapQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * Every jurisdiction with each of its measures that match the filter. Without a status or kind filter, places
     * that have agenda sources but no measure yet come back once with a null status, so they still appear.
     */
    public List<PlaceRow> places(MeasureFilter filter) {
        boolean measureFilter = filter.status() != null || filter.kind() != null;
        StringBuilder q = new StringBuilder("select new ").append(PlaceRow.class.getName())
                .append("(j.slug, j.name, j.level, j.region, j.country, j.latitude, j.longitude, m.status, m.kind)"
                        + " from Jurisdiction j ")
                .append(measureFilter ? "join" : "left join")
                .append(" Measure m on m.jurisdiction = j where 1 = 1");
        if (filter.status() != null) {
            q.append(" and m.status = :status");
        }
        if (filter.kind() != null) {
            q.append(" and m.kind = :kind");
        }
        if (filter.region() != null) {
            q.append(" and j.region = :region");
        }
        q.append(" order by j.slug");
        TypedQuery<PlaceRow> query = em.createQuery(q.toString(), PlaceRow.class);
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.kind() != null) {
            query.setParameter("kind", filter.kind());
        }
        if (filter.region() != null) {
            query.setParameter("region", filter.region());
        }
        return query.getResultList();
    }
}
