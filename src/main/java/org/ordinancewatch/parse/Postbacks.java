package org.ordinancewatch.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ordinancewatch.parse.legistar.LegistarPostback;

/**
 * Forms a crawl posts back to ASP.NET pages, by the name platform definitions use. Pure functions of
 * the page: the crawler does the POST.
 */
public final class Postbacks {

    /** Picks "This Year" (or the current year) in Legistar's year drop-down, then walks the result pages. */
    public static final String LEGISTAR_YEAR = "legistar-year";
    public static final List<String> NAMES = List.of(LEGISTAR_YEAR);

    private Postbacks() {
    }

    /** The form that turns a freshly fetched start page into the view the crawl wants; empty when none is needed. */
    public static Optional<Map<String, String>> first(String name, Page page, LocalDate today) throws ParseException {
        if (LEGISTAR_YEAR.equals(name)) {
            if (!LegistarPostback.supportsPostback(page)) {
                return Optional.empty();
            }
            List<String> choices = LegistarPostback.years(page);
            String year = Integer.toString(today.getYear());
            String choice = choices.contains("This Year") ? "This Year" : choices.contains(year) ? year : null;
            return choice == null ? Optional.empty() : Optional.of(LegistarPostback.forYear(page, choice));
        }
        throw new IllegalArgumentException("unknown postback '" + name + "'");
    }

    /** The form for the next page of results after {@code page}; empty on the last page. */
    public static Optional<Map<String, String>> next(String name, Page page) throws ParseException {
        if (LEGISTAR_YEAR.equals(name)) {
            return LegistarPostback.nextPage(page);
        }
        throw new IllegalArgumentException("unknown postback '" + name + "'");
    }
}
