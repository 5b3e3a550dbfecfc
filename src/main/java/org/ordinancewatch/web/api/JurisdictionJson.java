package org.ordinancewatch.web.api;

import java.util.List;

import org.ordinancewatch.model.Jurisdiction;

/** A jurisdiction in the JSON API, with its measures. */
public record JurisdictionJson(String slug, String name, String level, String region, String country, Double latitude,
        Double longitude, String timezone, List<MeasureJson> measures) {

    public static JurisdictionJson of(Jurisdiction j, List<MeasureJson> measures) {
        return new JurisdictionJson(j.slug, j.name, j.level.code(), j.region, j.country, j.latitude, j.longitude,
                j.timezone, measures);
    }
}
