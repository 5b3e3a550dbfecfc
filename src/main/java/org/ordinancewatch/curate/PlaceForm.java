package org.ordinancewatch.curate;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.model.Level;
import org.ordinancewatch.source.SourceDefinition;
import org.ordinancewatch.SafeUrl;

/**
 * A jurisdiction and its agenda source as typed in the browser. {@link #errors} names each wrong field; a blank
 * platform means the place is tracked without an agenda source.
 */
public record PlaceForm(String name, String level, String region, String country, String timezone, String latitude,
        String longitude, String platform, String baseUrl, String client, String bodiesInclude, String bodiesExclude,
        String schedule) {

    public static PlaceForm of(Jurisdiction j, SourceDefinition s) {
        return new PlaceForm(j.name, j.level.code(), j.region, j.country, j.timezone,
                j.latitude == null ? "" : j.latitude.toString(), j.longitude == null ? "" : j.longitude.toString(),
                s == null ? "" : s.platform(), s == null ? "" : s.baseUrl(), s == null ? "" : s.client(),
                s == null ? "" : String.join("\n", s.bodies().include()),
                s == null ? "" : String.join("\n", s.bodies().exclude()), s == null ? "" : s.schedule());
    }

    /** The slug a new place gets: "Worcester" in "MA" is {@code worcester-ma}. */
    public String slug() {
        String base = nz(name) + (nz(region).isBlank() ? "" : "-" + region);
        return base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    public boolean hasSource() {
        return !nz(platform).isBlank();
    }

    /** Field name to problem, in form order; {@code platforms} are the known platform names. */
    public Map<String, String> errors(Set<String> platforms, boolean placeFieldsToo) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (placeFieldsToo) {
            if (nz(name).isBlank() || name.length() > 200) {
                errors.put("name", "Give the place's name (at most 200 characters).");
            } else if (slug().isEmpty()) {
                errors.put("name", "The name needs letters or digits.");
            }
            try {
                Level.fromCode(level);
            } catch (IllegalArgumentException e) {
                errors.put("level", e.getMessage());
            }
            if (nz(region).length() > 100) {
                errors.put("region", "At most 100 characters.");
            }
            if (nz(country).isBlank() || country.length() > 100) {
                errors.put("country", "Give the country (e.g. US, IT, EU).");
            }
            try {
                ZoneId.of(nz(timezone).strip());
            } catch (DateTimeException e) {
                errors.put("timezone", "'" + timezone + "' is not a time zone (e.g. America/New_York).");
            }
            coordinate(errors, "latitude", latitude, 90);
            coordinate(errors, "longitude", longitude, 180);
        }
        if (hasSource()) {
            if (!platforms.contains(platform)) {
                errors.put("platform", "Unknown platform '" + platform + "'.");
            }
            if (SafeUrl.httpOnly(nz(baseUrl).strip()) == null) {
                errors.put("baseUrl", "Give the site's full http:// or https:// address.");
            }
            if (!nz(schedule).isBlank() && !org.quartz.CronExpression.isValidExpression(schedule.strip())) {
                errors.put("schedule", "Not a Quartz cron expression (seconds minutes hours day-of-month month day-of-week).");
            }
            if (nz(client).length() > 100) {
                errors.put("client", "At most 100 characters.");
            }
        }
        return errors;
    }

    private static void coordinate(Map<String, String> errors, String field, String value, double limit) {
        if (nz(value).isBlank()) {
            return;
        }
        try {
            double v = Double.parseDouble(value.strip());
            if (Math.abs(v) > limit) {
                errors.put(field, "Must be between -" + (int) limit + " and " + (int) limit + ".");
            }
        } catch (NumberFormatException e) {
            errors.put(field, "'" + value + "' is not a number.");
        }
    }

    /** The source this form defines for the place {@code slug}. */
    public SourceDefinition source(String slug) {
        return new SourceDefinition(slug, platform.strip(), baseUrl.strip(), blankToNull(client),
                new SourceDefinition.Bodies(lines(bodiesInclude), lines(bodiesExclude)), blankToNull(schedule), null,
                null, null, null, true, slug, slug + ".yaml");
    }

    static List<String> lines(String text) {
        return Arrays.stream(nz(text).split("[\\n,]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
