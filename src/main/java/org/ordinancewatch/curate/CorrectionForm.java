package org.ordinancewatch.curate;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ordinancewatch.model.Measure;
import org.ordinancewatch.model.MeasureKind;
import org.ordinancewatch.model.PartialDate;
import org.ordinancewatch.model.Relation;
import org.ordinancewatch.model.Status;

/**
 * A curator's correction of one measure, as typed. {@link #errors()} names each field that is wrong, so the form can
 * be shown again with the input kept and the problem beside the field.
 */
public record CorrectionForm(String status, String statusOn, String decidedOn, String effectiveOn, String sunsetOn,
        String kind, String scope, String vote, String sourceLabel, String sourceUrl, String relation,
        String relatedSlug, String reason) {

    /** The form filled with the measure's current values, and empty evidence and reason. */
    public static CorrectionForm of(Measure m) {
        return new CorrectionForm(m.status.code(), str(m.statusOn), str(m.decidedOn), str(m.effectiveOn),
                str(m.sunsetOn), m.kind.code(), m.scope, m.vote, "", "", "", "", "");
    }

    private static String str(PartialDate d) {
        return d == null ? "" : d.toString();
    }

    /** Field name to problem, in form order; empty when the correction can be applied. */
    public Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        check(errors, "status", () -> Status.fromCode(status));
        for (var date : Map.of("statusOn", nz(statusOn), "decidedOn", nz(decidedOn), "effectiveOn", nz(effectiveOn),
                "sunsetOn", nz(sunsetOn)).entrySet()) {
            check(errors, date.getKey(), () -> PartialDate.parse(date.getValue()));
        }
        check(errors, "kind", () -> MeasureKind.fromCode(kind));
        if (nz(scope).length() > 1000) {
            errors.put("scope", "At most 1,000 characters.");
        }
        if (nz(vote).length() > 100) {
            errors.put("vote", "At most 100 characters.");
        }
        if (nz(sourceLabel).isBlank() && nz(sourceUrl).isBlank()) {
            errors.put("sourceLabel", "Name the source of this correction, give its address, or both.");
        } else if (nz(sourceLabel).length() > 500) {
            errors.put("sourceLabel", "At most 500 characters.");
        }
        if (!nz(sourceUrl).isBlank() && !isWebAddress(sourceUrl.strip())) {
            errors.put("sourceUrl", "Give a full http:// or https:// address.");
        }
        if (!nz(relation).isBlank() || !nz(relatedSlug).isBlank()) {
            if (nz(relation).isBlank()) {
                errors.put("relation", "Choose how the measures relate.");
            } else {
                check(errors, "relation", () -> Relation.fromCode(relation));
            }
            if (nz(relatedSlug).isBlank()) {
                errors.put("relatedSlug", "Give the related measure's slug (the end of its address, /m/...).");
            }
        }
        if (nz(reason).isBlank()) {
            errors.put("reason", "Say why: the reason is shown in the audit log.");
        } else if (reason.length() > 1000) {
            errors.put("reason", "At most 1,000 characters.");
        }
        return errors;
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && url.length() <= 2000;
        } catch (Exception e) {
            return false;
        }
    }

    private static void check(Map<String, String> errors, String field, Runnable parse) {
        try {
            parse.run();
        } catch (IllegalArgumentException e) {
            errors.put(field, e.getMessage());
        }
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
