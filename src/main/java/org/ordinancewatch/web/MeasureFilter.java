package org.ordinancewatch.web;

import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.ws.rs.BadRequestException;

import org.ordinancewatch.model.MeasureKind;
import org.ordinancewatch.model.SlugForm;
import org.ordinancewatch.model.Status;

/**
 * The filters shared by the dashboard and {@code GET /api/measures}, read from query parameters.
 * Blank means "any"; an unknown status or kind, or a malformed region or jurisdiction, is a 400 saying what
 * is accepted. A well-formed region or jurisdiction that nothing is tracked in matches nothing.
 */
public record MeasureFilter(Status status, MeasureKind kind, String region, String jurisdiction) {

    private static final Pattern REGION = Pattern.compile("[A-Z0-9-]{1,16}");
    private static final Pattern SLUG = SlugForm.PATTERN;

    public static MeasureFilter parse(String status, String kind, String region, String jurisdiction) {
        try {
            return new MeasureFilter(
                    blank(status) ? null : Status.fromCode(status),
                    blank(kind) ? null : MeasureKind.fromCode(kind),
                    blank(region) ? null : checked(region.trim().toUpperCase(Locale.ROOT), REGION,
                            "region", "a state or province code such as MA"),
                    blank(jurisdiction) ? null : checked(jurisdiction.trim().toLowerCase(Locale.ROOT), SLUG,
                            "jurisdiction", "a jurisdiction slug such as boston-ma"));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    private static String checked(String value, Pattern form, String name, String expected) {
        if (value.length() > 100 || !form.matcher(value).matches()) {
            throw new IllegalArgumentException("malformed " + name + " '" + shorten(value) + "' (expected " + expected + ")");
        }
        return value;
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
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
