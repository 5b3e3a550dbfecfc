package org.ordinancewatch;

import java.net.URI;
import java.util.Locale;

/**
 * The one test for "an absolute http(s) address": links taken from scraped pages (which end up in our
 * {@code href}s, so a hostile page cannot plant {@code javascript:} or {@code data:} links), seed sources,
 * source base URLs, the dry-run page URL and the alert base URL.
 */
public final class SafeUrl {

    private SafeUrl() {
    }

    /** The URL if it is an absolute http or https address with a host; otherwise null. */
    public static String httpOnly(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        for (int i = 0; i < url.length(); i++) {
            if (url.charAt(i) < 0x20 || url.charAt(i) == 0x7f) {
                return null;
            }
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
