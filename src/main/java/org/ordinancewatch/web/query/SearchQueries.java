package org.ordinancewatch.web.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Text search over measures, jurisdictions, meetings and agenda items: one statement per kind searched.
 * On PostgreSQL it is full-text search ({@code websearch_to_tsquery} against the GIN indexes of migration V17,
 * English stemming, ranked by {@code ts_rank}). On H2, which has no such search, every word must appear in the
 * row's lower-cased text ({@code LIKE '%word%'}), and rows are ranked by how many of their fields match.
 */
@ApplicationScoped
public class SearchQueries {

    public enum Kind {
        MEASURE("Measure"), JURISDICTION("Place"), MEETING("Meeting"), ITEM("Agenda item");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A row found: its kind, link, title, a line of context, the searched text fields and its database rank. */
    public record Found(Kind kind, String url, String title, String context, List<String[]> fields, double rank) {
    }

    private record Source(Kind kind, String select, String from, String[] fieldNames, String[] fieldSql, String order) {
    }

    private static final List<Source> SOURCES = List.of(
            new Source(Kind.MEASURE, "'/m/' || m.slug, m.title, j.name || coalesce(', ' || j.region, '') || ' · ' || m.status",
                    "measure m join jurisdiction j on j.id = m.jurisdiction_id",
                    new String[] {"title", "identifier", "scope", "notes"},
                    new String[] {"m.title", "m.identifier", "m.scope", "m.notes"}, "m.slug"),
            new Source(Kind.JURISDICTION, "'/j/' || j.slug, j.name || coalesce(', ' || j.region, ''), j.level || ' · ' || j.country",
                    "jurisdiction j", new String[] {"name", "region"}, new String[] {"j.name", "j.region"}, "j.slug"),
            new Source(Kind.MEETING, "'/hearings?jurisdiction=' || j.slug, coalesce(mt.body, mt.title, 'Meeting'),"
                    + " j.name || ' · ' || coalesce(cast(cast(mt.start_at as date) as varchar(10)), 'date not announced')",
                    "meeting mt join jurisdiction j on j.id = mt.jurisdiction_id",
                    new String[] {"body", "title", "location"}, new String[] {"mt.body", "mt.title", "mt.location"}, "mt.id"),
            new Source(Kind.ITEM, "coalesce('/m/' || ms.slug, '/j/' || j.slug), i.title,"
                    + " j.name || ' · ' || coalesce(mt.body, 'Meeting') || coalesce(' · ' || cast(cast(mt.start_at as date) as varchar(10)), '')",
                    "agenda_item i join meeting mt on mt.id = i.meeting_id join jurisdiction j on j.id = mt.jurisdiction_id"
                            + " left join measure ms on ms.id = i.measure_id",
                    new String[] {"title", "file number"}, new String[] {"i.title", "i.file_number"}, "i.id"));

    private final EntityManager em;
    private final boolean postgres;

    public SearchQueries(EntityManager em, @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.em = em;
        this.postgres = dbKind.toLowerCase(Locale.ROOT).startsWith("postgres");
    }

    public boolean fullText() {
        return postgres;
    }

    /** At most {@code limit} rows of each kind asked for, best first, merged. */
    public List<Found> search(String text, List<String> words, List<Kind> kinds, int limit) {
        List<Found> all = new ArrayList<>();
        for (Source s : SOURCES) {
            if (kinds.contains(s.kind())) {
                all.addAll(postgres ? fullText(s, text, limit) : like(s, words, limit));
            }
        }
        all.sort(Comparator.comparingDouble(Found::rank).reversed().thenComparing(f -> f.kind().ordinal()));
        return all;
    }

    private static String document(Source s) {
        return String.join(" || ' ' || ", java.util.Arrays.stream(s.fieldSql()).map(f -> "coalesce(" + f + ", '')").toList());
    }

    /** Every column named, so no two share a label (PostgreSQL calls unnamed ones all "?column?"). */
    private static String fieldColumns(Source s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.fieldSql().length; i++) {
            out.append(i == 0 ? "" : ", ").append(s.fieldSql()[i]).append(" as f").append(i);
        }
        return out.toString();
    }

    private static String head(Source s) {
        String[] parts = s.select().split(", (?![^(]*\\))");
        return parts[0] + " as u, " + parts[1] + " as t, " + parts[2] + " as c";
    }

    private List<Found> fullText(Source s, String text, int limit) {
        String doc = "to_tsvector('english', " + document(s) + ")";
        Query q = em.createNativeQuery("select " + head(s) + ", " + fieldColumns(s) + ", ts_rank(" + doc + ", q) as r"
                + " from " + s.from() + ", websearch_to_tsquery('english', ?1) q where " + doc + " @@ q"
                + " order by r desc, " + s.order() + " limit ?2").setParameter(1, text).setParameter(2, limit);
        return rows(s, q, true);
    }

    private List<Found> like(Source s, List<String> words, int limit) {
        String doc = "lower(" + document(s) + ")";
        StringBuilder where = new StringBuilder("1 = 1");
        for (int i = 0; i < words.size(); i++) {
            where.append(" and ").append(doc).append(" like ?").append(i + 1).append(" escape '\\'");
        }
        Query q = em.createNativeQuery("select " + head(s) + ", " + fieldColumns(s) + ", 0 as r from " + s.from()
                + " where " + where + " order by " + s.order() + " limit " + limit);
        for (int i = 0; i < words.size(); i++) {
            q.setParameter(i + 1, "%" + words.get(i).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return rows(s, q, false);
    }

    @SuppressWarnings("unchecked")
    private static List<Found> rows(Source s, Query q, boolean ranked) {
        List<Found> found = new ArrayList<>();
        for (Object[] row : (List<Object[]>) q.getResultList()) {
            List<String[]> fields = new ArrayList<>();
            for (int i = 0; i < s.fieldNames().length; i++) {
                Object v = row[3 + i];
                if (v != null) {
                    fields.add(new String[] {s.fieldNames()[i], v.toString()});
                }
            }
            double rank = ranked ? ((Number) row[3 + s.fieldNames().length]).doubleValue() : 0;
            found.add(new Found(s.kind(), (String) row[0], (String) row[1], (String) row[2], fields, rank));
        }
        return found;
    }
}
