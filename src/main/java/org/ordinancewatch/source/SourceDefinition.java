package org.ordinancewatch.source;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One tracked source: a jurisdiction's agenda platform. Lives in {@code scrapers/sources/<name>.yaml};
 * its name is the file name.
 *
 * @param jurisdiction slug of a jurisdiction in {@code config/jurisdictions.csv}
 * @param platform     name of a platform definition under {@code scrapers/platforms/}
 * @param baseUrl      the site's root, e.g. {@code https://chicago.legistar.com}
 * @param client       the Legistar Web API client name, where the platform uses it
 * @param bodies       bodies whose meetings to follow or skip
 * @param schedule     Quartz cron; empty for the default
 * @param maxPages     upper bound on pages fetched per run
 * @param lookbackDays how far back {since} reaches
 * @param lookaheadDays how far ahead {until} reaches
 * @param options      adapter options (passed through to SourceContext)
 * @param enabled      false to keep the definition without running it
 */
@JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
public record SourceDefinition(String jurisdiction, String platform, String baseUrl, String client, Bodies bodies,
        String schedule, Integer maxPages, Integer lookbackDays, Integer lookaheadDays, Map<String, String> options,
        Boolean enabled, @JsonIgnore String name, @JsonIgnore String file) {

    public SourceDefinition {
        bodies = bodies == null ? new Bodies(List.of(), List.of()) : bodies;
        options = options == null ? Map.of() : Map.copyOf(options);
        maxPages = maxPages == null ? 200 : maxPages;
        lookbackDays = lookbackDays == null ? 60 : lookbackDays;
        lookaheadDays = lookaheadDays == null ? 90 : lookaheadDays;
        enabled = enabled == null || enabled;
    }

    public SourceDefinition named(String name, String file) {
        return new SourceDefinition(jurisdiction, platform, baseUrl, client, bodies, schedule, maxPages, lookbackDays,
                lookaheadDays, options, enabled, name, file);
    }

    /** Which bodies' meetings are kept: all unless {@code include} names some; never those in {@code exclude}. */
    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    public record Bodies(List<String> include, List<String> exclude) {

        public Bodies {
            include = include == null ? List.of() : List.copyOf(include);
            exclude = exclude == null ? List.of() : List.copyOf(exclude);
        }

        /** Records without a body (a lone agenda document, a Web API item list) are never filtered out. */
        public boolean accepts(String body) {
            if (body == null) {
                return true;
            }
            String b = body.toLowerCase(Locale.ROOT);
            if (exclude.stream().anyMatch(e -> b.contains(e.toLowerCase(Locale.ROOT)))) {
                return false;
            }
            return include.isEmpty() || include.stream().anyMatch(i -> b.contains(i.toLowerCase(Locale.ROOT)));
        }
    }
}
