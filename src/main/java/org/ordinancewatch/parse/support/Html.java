package org.ordinancewatch.parse.support;

import static org.ordinancewatch.parse.support.Css.css;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.record.Link;

/** Jsoup helpers shared by the HTML adapters. */
public final class Html {

    private Html() {
    }

    /** Parses the page; an empty body is a {@link ParseException}. */
    public static Document parse(Page page) throws ParseException {
        return parse(page, page.text());
    }

    /** Parses the page's text already decoded ({@link Page#text()}), so that an adapter decodes a page once. */
    public static Document parse(Page page, String text) throws ParseException {
        if (text.isBlank()) {
            throw new ParseException("empty page from " + page.url());
        }
        return Jsoup.parse(text, page.url() == null ? "" : page.url().toString());
    }

    /**
     * A warning when a full HTML document stops before its closing tag, which is how a cut-off download looks.
     * Fragments (which never had an {@code <html>} element) give none.
     */
    public static Optional<String> truncationWarning(Page page) {
        return truncationWarning(page.text());
    }

    /** {@link #truncationWarning(Page)} of the page's decoded text. */
    public static Optional<String> truncationWarning(String text) {
        String head = text.substring(0, Math.min(text.length(), 2000)).toLowerCase(Locale.ROOT);
        boolean fullDocument = head.contains("<html") || head.contains("<!doctype");
        if (fullDocument && !containsIgnoreCase(text, "</html>")) {
            return Optional.of("page appears truncated: no closing </html> tag");
        }
        return Optional.empty();
    }

    /**
     * Whether the text holds the ASCII needle in any case, without lower-casing a copy of a page of megabytes. The
     * closing tag usually sits at the end, so the search starts there.
     */
    static boolean containsIgnoreCase(String text, String needle) {
        for (int at = text.length() - needle.length(); at >= 0; at--) {
            if (text.regionMatches(true, at, needle, 0, needle.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A warning when an XML document stops before the closing tag of its root element ({@code </meetings>}), which
     * is how a cut-off download of a feed looks; the lenient parser would otherwise read what came and say nothing.
     */
    public static Optional<String> xmlTruncationWarning(Page page, String root) {
        String tail = page.text().stripTrailing();
        String closing = "</" + root + ">";
        if (!tail.regionMatches(true, Math.max(0, tail.length() - closing.length()), closing, 0, closing.length())) {
            return Optional.of("feed appears truncated: it does not end with " + closing);
        }
        return Optional.empty();
    }

    /** The element's own href resolved against the page, or null. */
    public static String href(Page page, Element anchor) {
        return anchor == null ? null : Links.resolve(page.url(), anchor.attr("href"));
    }

    /** Labelled links for the anchors that lead somewhere, labelled by their text (or title / aria-label). */
    public static List<Link> links(Page page, Iterable<Element> anchors) {
        List<Link> links = new ArrayList<>();
        for (Element a : anchors) {
            String url = href(page, a);
            if (url == null) {
                continue;
            }
            String label = Text.firstNonBlank(a.text(), a.attr("title"), a.attr("aria-label"), a.selectFirst(css("img")) == null ? null
                    : a.selectFirst(css("img")).attr("alt"));
            Link link = new Link(label, url);
            if (!links.contains(link)) {
                links.add(link);
            }
        }
        return links;
    }
}
