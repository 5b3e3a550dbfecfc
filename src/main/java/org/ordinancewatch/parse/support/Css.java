package org.ordinancewatch.parse.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * CSS selectors parsed once. {@code element.select("tr")} parses its query at every call, and adapters call it for
 * every row: bench/parse.sh found the parsing a good part of parse time. {@code element.select(css("tr"))} selects
 * the same elements with the query parsed at its first use. Only for queries written in the code (the cache keeps
 * every distinct query), never for text read from pages.
 */
public final class Css {

    private static final Map<String, Evaluator> PARSED = new ConcurrentHashMap<>();

    private Css() {
    }

    /** The query parsed, as {@code Element.select(String)} parses it; the same evaluator at every call. */
    public static Evaluator css(String query) {
        return PARSED.computeIfAbsent(query, QueryParser::parse);
    }
}
