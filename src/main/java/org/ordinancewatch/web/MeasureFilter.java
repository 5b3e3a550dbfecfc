package org.ordinancewatch.web;

import java.util.Locale;

import jakarta.ws.rs.BadRequestException;

import org.ordinancewatch.model.MeasureKind;
import org.ordinancewatch.model.Status;

/**
 * The filters shared by the dashboard and {@code GET /api/measures}, read from query parameters.
 * Blank means "any"; a value that names nothing is a 400 with the accepted values.
 */
public record MeasureFilter(Status status, MeasureKind kind, String region, String jurisdiction) {

    public static MeasureFilter parse(String status, String kind, String region, String jurisdiction) {
        try {
            return new MeasureFilter(
                    blank(status) ? null : Status.fromCode(status),
                    blank(kind) ? null : MeasureKind.fromCode(kind),
                    blank(region) ? null : region.trim().toUpperCase(Locale.ROOT),
                    blank(jurisdiction) ? null : jurisdiction.trim().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public boolean isEmpty() {
        return status == null && kind == null && region == null && jurisdiction == null;
    }

    public MeasureFilter withoutStatus() {
        return new MeasureFilter(null, kind, region, jurisdiction);
    }

    /** The query string that reproduces this filter with another status, for links on the dashboard. */
    public String queryWithStatus(Status other) {
        StringBuilder q = new StringBuilder();
        append(q, "status", other == null ? null : other.code());
        append(q, "kind", kind == null ? null : kind.code());
        append(q, "region", region);
        append(q, "jurisdiction", jurisdiction);
        return q.length() == 0 ? "/" : "/?" + q;
    }

    private static void append(StringBuilder q, String name, String value) {
        if (value != null) {
            q.append(q.length() == 0 ? "" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
