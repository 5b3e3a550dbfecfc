package org.ordinancewatch.parse;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;

/**
 * What an adapter knows about the source besides the page: the jurisdiction's time zone, a clock
 * (frozen in tests) and the options from the source definition under {@code scrapers/}.
 */
public record SourceContext(String jurisdiction, ZoneId zone, Clock clock, Map<String, String> options) {

    public SourceContext {
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    public static SourceContext of(ZoneId zone, Clock clock) {
        return new SourceContext(null, zone, clock, Map.of());
    }

    public String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }
}
