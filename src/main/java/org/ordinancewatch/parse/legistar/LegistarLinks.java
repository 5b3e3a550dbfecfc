package org.ordinancewatch.parse.legistar;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.ordinancewatch.parse.support.Links;

/** Finds the address behind a Legistar link and resolves it against the page it came from. */
final class LegistarLinks {

    /**
     * Legistar opens video and action details in pop-ups ({@code onclick="window.open('Video.aspx?..')"}); the
     * href of such links is only "#" or the page itself.
     */
    private static final Pattern POPUP = Pattern.compile("(?:window\\.open|radopen|OpenTelerikWindow)\\(\\s*'([^']+)'");

    private LegistarLinks() {
    }

    /** The absolute address the anchor leads to, or null when it leads nowhere ("Not available" anchors). */
    static String target(Element anchor, URI base) {
        if (anchor == null) {
            return null;
        }
        Matcher popup = POPUP.matcher(anchor.attr("onclick"));
        if (popup.find()) {
            return resolve(base, popup.group(1).replace("&amp;", "&"));
        }
        String href = anchor.attr("href").trim();
        if (href.isEmpty() || href.startsWith("#") || href.toLowerCase().startsWith("javascript:")) {
            return null;
        }
        return resolve(base, href);
    }

    static String resolve(URI base, String href) {
        if (href == null || href.isBlank()) {
            return null;
        }
        String h = href.trim().replace(" ", "%20").replace("|", "%7C");
        try {
            URI target = URI.create(h);
            return Links.httpOnly(base == null ? target : base.resolve(target));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A query parameter of an address, matched case-insensitively ({@code ID}, {@code id}); null if absent. */
    static String queryParam(String url, String name) {
        if (url == null) {
            return null;
        }
        int q = url.indexOf('?');
        if (q < 0) {
            return null;
        }
        String query = url.substring(q + 1);
        int hash = query.indexOf('#');
        if (hash >= 0) {
            query = query.substring(0, hash);
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            if (k.equalsIgnoreCase(name)) {
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                return v.isBlank() ? null : v;
            }
        }
        return null;
    }
}
