package org.ordinancewatch.web.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.model.PartialDate;
import org.ordinancewatch.model.StatusChange;

/**
 * A measure in the stable JSON API. Dates are ISO: {@code YYYY-MM-DD}, or {@code YYYY-MM} where only
 * the month is known, or null where unknown. {@code history} appears only on the single-measure route.
 */
public record MeasureJson(long id, String slug, String jurisdiction, String jurisdictionName, String region,
        String identifier, String title, String kind, String scope, String status, String statusOn, String decidedOn,
        String effectiveOn, String sunsetOn, String vote, String related, String notes, List<SourceJson> sources,
        String url, @JsonInclude(JsonInclude.Include.NON_NULL) List<HistoryJson> history) {

    public record SourceJson(String url, String label) {
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

    public static MeasureJson of(Measure m, List<StatusChange> history) {
        return new MeasureJson(m.id, m.slug, m.jurisdiction.slug, m.jurisdiction.displayName(), m.jurisdiction.region,
                m.identifier, m.title, m.kind.code(), m.scope, m.status.code(), iso(m.statusOn), iso(m.decidedOn),
                iso(m.effectiveOn), iso(m.sunsetOn), m.vote, m.relatedNote, m.notes,
                m.sources.stream().map(s -> new SourceJson(s.url, s.label)).toList(), "/m/" + m.slug,
                history == null ? null : history.stream().map(HistoryJson::of).toList());
    }

    static String iso(PartialDate date) {
        return date == null ? null : date.toString();
    }
}
