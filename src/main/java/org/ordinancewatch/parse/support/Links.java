package org.ordinancewatch.parse.support;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Turns the hrefs found on pages into absolute URLs. */
public final class Links {

    private Links() {
    }

    /**
     * Resolves {@code href} against {@code base}. Returns null for hrefs that lead nowhere (blank, {@code #},
     * {@code javascript:}, {@code mailto:}). Spaces and other characters some platforms leave unescaped are
     * percent-encoded rather than rejected.
     */
    public static String resolve(URI base, String href) {
        if (href == null) {
            return null;
        }
        String h = href.strip().replace("&amp;", "&");
        String lower = h.toLowerCase(Locale.ROOT);
        if (h.isEmpty() || h.startsWith("#") || lower.startsWith("javascript:") || lower.startsWith("mailto:")
                || lower.startsWith("tel:")) {
            return null;
        }
        String escaped = escape(h);
        try {
            URI target = new URI(escaped);
            return org.ordinancewatch.SafeUrl.httpOnly(
                    base == null ? target.toString() : base.resolve(target).toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static final java.util.regex.Pattern SCRIPT_URL = java.util.regex.Pattern.compile(
            "(?:window\\.open|OpenWindow|location(?:\\.href)?\\s*=)\\s*\\(?\\s*['\"]([^'\"]+)['\"]");

    /** The URL a script handler opens ({@code window.open('...')}, {@code location.href='...'}), or null. */
    public static String scriptTarget(URI base, String script) {
        if (script == null || script.isBlank()) {
            return null;
        }
        java.util.regex.Matcher m = SCRIPT_URL.matcher(script);
        return m.find() ? resolve(base, m.group(1)) : null;
    }

    /** A query parameter's value from a URL, or null. */
    public static String queryParam(String url, String name) {
        if (url == null) {
            return null;
        }
        int q = url.indexOf('?');
        if (q < 0) {
            return null;
        }
        for (String pair : url.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equalsIgnoreCase(name)) {
                return eq < 0 ? "" : pair.substring(eq + 1);
            }
        }
        return null;
    }

    private static String escape(String h) {
        StringBuilder out = new StringBuilder(h.length());
        for (char c : h.toCharArray()) {
            switch (c) {
                case ' ' -> out.append("%20");
                case '"' -> out.append("%22");
                case '<' -> out.append("%3C");
                case '>' -> out.append("%3E");
                case '\\' -> out.append('/');
                case '|' -> out.append("%7C");
                case '^' -> out.append("%5E");
                case '`' -> out.append("%60");
                case '{' -> out.append("%7B");
                case '}' -> out.append("%7D");
                default -> {
                    if (c < 0x20) {
                        continue;
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }
}
