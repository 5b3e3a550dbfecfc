package org.ordinancewatch.web.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.model.MeasureLink;
import org.ordinancewatch.model.PartialDate;
import org.ordinancewatch.model.StatusChange;

/**
 * A measure in the stable JSON API. Dates are ISO: {@code YYYY-MM-DD}, or {@code YYYY-MM} where only
 * the month is known, or null where unknown. {@code level} and {@code country} are the jurisdiction's
 * ({@code supranational} and {@code EU} for the European Union). {@code history} and {@code links} (typed
 * lineage, read from this measure's side) appear only on the single-measure route. {@code reviewed} is false while a
 * measure a scraper found waits for a curator (the pages show it as "automatic, not yet reviewed").
 */
public record MeasureJson(long id, String slug, String jurisdiction, String jurisdictionName, String region,
        String level, String country, String identifier, String title, String kind, String scope, String status,
        String statusOn, String decidedOn, String effectiveOn, String sunsetOn, String vote, String related,
        String notes, List<SourceJson> sources, String url, boolean reviewed,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<HistoryJson> history,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<LinkJson> links) {

    /**
     * One link: {@code relation} is its code, {@code direction} {@code outgoing} when this measure is the one that
     * reintroduces / replaces / amends / repeals / extends the other, {@code incoming} when the other one does;
     * {@code wording} reads from this measure ("was reintroduced as").
     */
    public record LinkJson(String relation, String direction, String wording, String measure, String title) {

        static LinkJson of(MeasureLink link, Measure self) {
            boolean outgoing = link.fromMeasure.id.equals(self.id);
            Measure other = outgoing ? link.toMeasure : link.fromMeasure;
            return new LinkJson(link.relation.code(), outgoing ? "outgoing" : "incoming",
                    outgoing ? link.relation.verb() : link.relation.inverse(), other.slug, other.title);
        }
    }

    public record SourceJson(String url, String label, boolean official) {
    }

    public record HistoryJson(String from, String to, String occurredOn, String recordedAt, String reason,
            String action, String sourceLabel, String sourceUrl) {

        static HistoryJson of(StatusChange c) {
            return new HistoryJson(c.fromStatus == null ? null : c.fromStatus.code(), c.toStatus.code(),
                    iso(c.occurredOn), c.recordedAt.toString(), c.reason, c.actionText, c.sourceLabel, c.sourceUrl);
        }
    }

    public static MeasureJson of(Measure m) {
        return of(m, null);
    }

    /** The measure with its history and its links, for the single-measure route. */
    public static MeasureJson full(Measure m) {
        MeasureJson base = of(m, StatusChange.timeline(m));
        return new MeasureJson(base.id, base.slug, base.jurisdiction, base.jurisdictionName, base.region, base.level,
                base.country, base.identifier, base.title, base.kind, base.scope, base.status, base.statusOn,
                base.decidedOn, base.effectiveOn, base.sunsetOn, base.vote, base.related, base.notes, base.sources,
                base.url, base.reviewed, base.history, MeasureLink.involving(m).stream().map(l -> LinkJson.of(l, m)).toList());
    }

    /** The same measure with another {@code url} (the exports make it absolute). */
    public MeasureJson withUrl(String absolute) {
        return new MeasureJson(id, slug, jurisdiction, jurisdictionName, region, level, country, identifier, title,
                kind, scope, status, statusOn, decidedOn, effectiveOn, sunsetOn, vote, related, notes, sources, absolute,
                reviewed, history, links);
    }

    public static MeasureJson of(Measure m, List<StatusChange> history) {
        return new MeasureJson(m.id, m.slug, m.jurisdiction.slug, m.jurisdiction.displayName(), m.jurisdiction.region,
                m.jurisdiction.level.code(), m.jurisdiction.country, m.identifier, m.title, m.kind.code(), m.scope, m.status.code(), iso(m.statusOn), iso(m.decidedOn),
                iso(m.effectiveOn), iso(m.sunsetOn), m.vote, m.relatedNote, m.notes,
                m.sources.stream().map(s -> new SourceJson(s.url, s.label, s.official)).toList(), "/m/" + m.slug,
                !m.isUnreviewed(), history == null ? null : history.stream().map(HistoryJson::of).toList(), null);
    }

    static String iso(PartialDate date) {
        return date == null ? null : date.toString();
    }
}
