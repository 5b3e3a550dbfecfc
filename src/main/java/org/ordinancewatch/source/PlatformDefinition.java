package org.ordinancewatch.source;

import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * How to crawl one agenda platform: which pages to start from (URL templates filled from the source
 * definition) and which adapter reads each followed link, chosen by the first route whose pattern
 * is found in the URL.
 */
@JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
public record PlatformDefinition(String name, String description, List<StartPage> start, List<Route> routes) {

    public PlatformDefinition {
        start = start == null ? List.of() : List.copyOf(start);
        routes = routes == null ? List.of() : List.copyOf(routes);
    }

    /**
     * A page every crawl begins with. {@code url} may use {base}, {client}, {since}, {until}, {year}.
     * {@code postback} names a form the page must be posted back with first (see {@code parse.Postbacks}),
     * e.g. {@code legistar-year} to pick the current year on an ASP.NET calendar, then walk its pages.
     */
    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    public record StartPage(String adapter, String url, String postback) {
    }

    /** {@code match} is a regular expression searched for in a followed URL. */
    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    public record Route(String match, String adapter) {
    }
}
