package org.ordinancewatch.seed;

import org.ordinancewatch.model.Level;

/** One line of the jurisdictions file, validated. */
public record JurisdictionRow(int line, String slug, String name, Level level, String region, String country,
        Double latitude, Double longitude, String timezone) {
}
