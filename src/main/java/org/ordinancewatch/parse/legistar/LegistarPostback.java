package org.ordinancewatch.parse.legistar;

import static org.ordinancewatch.parse.support.Css.css;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Legistar's calendar and search pages are ASP.NET forms: another year or another page of results is
 * reached by POSTing the page's form back with {@code __EVENTTARGET} naming the control that "changed".
 * These pure functions build that form body from a fetched page; the fetcher POSTs it to the page's URL.
 */
public final class LegistarPostback {

    private static final Pattern DO_POSTBACK = Pattern.compile("__doPostBack\\('([^']+)'");
    private static final ObjectMapper JSON = new ObjectMapper();

    private LegistarPostback() {
    }

    /** Whether the page carries the ASP.NET view state a postback needs. */
    public static boolean supportsPostback(Page page) throws ParseException {
        return viewState(doc(page)) != null;
    }

    /** The choices of the page's year drop-down ("2014", "Last Year", "All Years"), empty when it has none. */
    public static List<String> years(Page page) throws ParseException {
        Element combo = yearCombo(doc(page));
        List<String> years = new ArrayList<>();
        if (combo != null) {
            for (Element li : combo.select(css("li.rcbItem"))) {
                String text = LegistarText.clean(li.text());
                if (text != null) {
                    years.add(text);
                }
            }
        }
        return years;
    }

    /**
     * The form body that selects {@code year} in the year drop-down.
     *
     * @throws ParseException           when the page has no view state or no year drop-down
     * @throws IllegalArgumentException when the drop-down does not offer that year
     */
    public static Map<String, String> forYear(Page page, String year) throws ParseException {
        Document doc = doc(page);
        Element combo = yearCombo(doc);
        if (combo == null) {
            throw new ParseException("no year drop-down (lstYears) on " + page.url());
        }
        List<String> choices = years(page);
        int index = choices.indexOf(year);
        if (index < 0) {
            throw new IllegalArgumentException("year '" + year + "' is not offered; choices: " + choices);
        }
        Element input = combo.selectFirst(css("input.rcbInput[name]"));
        String controlName = input != null ? input.attr("name") : combo.id().replace('_', '$');
        Map<String, String> form = baseForm(doc, page);
        form.put("__EVENTTARGET", controlName);
        form.put("__EVENTARGUMENT", "{\"Command\":\"Select\",\"Index\":" + index + "}");
        form.put(controlName, year);
        form.put(combo.id() + "_ClientState", clientState(year));
        return form;
    }

    /** The form body that moves the results grid to its next page; empty on the last page or without a pager. */
    public static Optional<Map<String, String>> nextPage(Page page) throws ParseException {
        Document doc = doc(page);
        Element current = doc.selectFirst(css("a.rgCurrentPage"));
        Element next = current == null ? null : current.nextElementSibling();
        if (next == null || !next.tagName().equals("a")) {
            return Optional.empty();
        }
        Matcher m = DO_POSTBACK.matcher(next.attr("href"));
        if (!m.find()) {
            return Optional.empty();
        }
        Map<String, String> form = baseForm(doc, page);
        // Saved or proxied pages may carry the href percent-encoded ("ctl00%24ContentPlaceHolder1...").
        form.put("__EVENTTARGET", java.net.URLDecoder.decode(m.group(1), java.nio.charset.StandardCharsets.UTF_8));
        form.put("__EVENTARGUMENT", "");
        return Optional.of(form);
    }

    /** What a browser would post: every hidden field and the drop-downs' current texts. */
    private static Map<String, String> baseForm(Document doc, Page page) throws ParseException {
        if (viewState(doc) == null) {
            throw new ParseException("no ASP.NET __VIEWSTATE on " + page.url() + "; cannot post back");
        }
        Element form = doc.selectFirst(css("form#aspnetForm, form"));
        Element scope = form != null ? form : doc;
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : scope.select(css("input[type=hidden][name], input.rcbInput[name]"))) {
            fields.putIfAbsent(input.attr("name"), input.attr("value"));
        }
        return fields;
    }

    private static Element viewState(Document doc) {
        return doc.selectFirst(css("input[name=__VIEWSTATE]"));
    }

    private static Element yearCombo(Document doc) {
        Element combo = doc.selectFirst(css("div[id$=_lstYears]"));
        return combo != null ? combo : doc.selectFirst(css("div[id$=_lstYearsAdvanced]"));
    }

    private static String clientState(String year) {
        ObjectNode state = JSON.createObjectNode();
        state.putArray("logEntries");
        state.put("value", year);
        state.put("text", year);
        state.put("enabled", true);
        state.putArray("checkedIndices");
        state.put("checkedItemsTextOverflows", false);
        return state.toString();
    }

    private static Document doc(Page page) throws ParseException {
        return LegistarHtml.parse(page, "calendar or search");
    }
}
