package org.ordinancewatch.parse.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * CSS selectors parsed once. {@code element.select("tr")} parses its query at every call, and adapters call it for
 * every row: bench/parse.sh found the parsing a good part of parse time. {@code element.select(css("tr"))} selects
 * the same elements with the query parsed at its first use. Only for queries written in the code (the cache keeps
 * every distinct query), never for text read from pages.
 * <p>
 * A parsed query with a combinator ({@code "thead tr"}, {@code "> td"}) remembers, per thread, what it matched in
 * the last document it searched, until its next search on that thread. Shared evaluators would so keep each
 * scrape thread's last page alive: {@link #forgetPages()} after every page lets them go.
 */
public final class Css {

    private static final Map<String, Evaluator> PARSED = new ConcurrentHashMap<>();

    private Css() {
    }

    /** The query parsed, as {@code Element.select(String)} parses it; the same evaluator at every call. */
    public static Evaluator css(String query) {
        return PARSED.computeIfAbsent(query, QueryParser::parse);
    }

    /**
     * Drops what the cached queries remember of documents searched on this thread: a search starts by clearing its
     * query's memory for the thread, so one search of an empty element leaves only that element behind.
     */
    public static void forgetPages() {
        Element nothing = new Element("br");
        for (Evaluator query : PARSED.values()) {
            nothing.select(query);
        }
    }
}
