package org.ordinancewatch.parse;

import java.net.URI;
import java.util.Locale;

/**
 * Links taken from scraped pages end up in {@code href}s of our pages and emails; only absolute http(s)
 * addresses are kept, so a hostile page cannot plant {@code javascript:} or {@code data:} links.
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
