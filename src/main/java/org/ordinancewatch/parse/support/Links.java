package org.ordinancewatch.parse.support;

import java.net.URI;
import java.net.URISyntaxException;

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
        if (h.isEmpty() || h.startsWith("#") || startsIgnoreCase(h, "javascript:") || startsIgnoreCase(h, "mailto:")
                || startsIgnoreCase(h, "tel:")) {
            return null;
        }
        String escaped = escape(h);
        try {
            URI target = new URI(escaped);
            URI resolved = base == null ? target : base.resolve(target);
            return httpOnly(resolved);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * {@code SafeUrl.httpOnly(resolved.toString())} (what a resolved link may be kept as) without parsing that string again when the answer is already
     * known: a URI with a host whose path is empty or starts with a slash prints as scheme, authority and path that
     * parse back to the same scheme and a host (the URI contract: {@code new URI(u.toString()).equals(u)}), and
     * its string has no whitespace or control character for {@code SafeUrl} to refuse. Other URIs (no host, or a
     * path {@code URI.resolve} glued to an authority without its slash) take the full check.
     */
    public static String httpOnly(URI resolved) {
        String url = resolved.toString();
        String path = resolved.getRawPath();
        if (resolved.getHost() == null || path == null || !path.isEmpty() && path.charAt(0) != '/') {
            return org.ordinancewatch.SafeUrl.httpOnly(url);
        }
        String scheme = resolved.getScheme();
        return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) ? url : null;
    }

    private static boolean startsIgnoreCase(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    private static final java.util.regex.Pattern SCRIPT_URL = java.util.regex.Pattern.compile(
            "(?:window\\.open|OpenWindow|location(?:\\.href)?\\s*=)\\s*\\(?\\s*['\"]([^'\"]+)['\"]");

    /** The URL a script handler opens ({@code window.open('...')}, {@code location.href='...'}), or null. */
    public static String scriptTarget(URI base, String script) {
        if (script == null || script.isBlank()) {
            return null;
        }
        // a match starts at one of the pattern's three words: the search starts at the first of them, if any
        int from = firstOf(script, "window.open", "OpenWindow", "location");
        if (from < 0) {
            return null;
        }
        java.util.regex.Matcher m = SCRIPT_URL.matcher(script);
        return m.find(from) ? resolve(base, m.group(1)) : null;
    }

    private static int firstOf(String text, String... words) {
        int first = -1;
        for (String word : words) {
            int at = text.indexOf(word);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
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
        // the pairs between ampersands, looked at in place
        int start = q + 1;
        while (start <= url.length()) {
            int end = url.indexOf('&', start);
            if (end < 0) {
                end = url.length();
            }
            int eq = url.indexOf('=', start);
            int keyEnd = eq < 0 || eq > end ? end : eq;
            if (keyEnd - start == name.length() && url.regionMatches(true, start, name, 0, name.length())) {
                return keyEnd == end ? "" : url.substring(keyEnd + 1, end);
            }
            start = end + 1;
        }
        return null;
    }

    private static String escape(String h) {
        if (!needsEscape(h)) {
            return h;
        }
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

    private static boolean needsEscape(String h) {
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            switch (c) {
                case ' ', '"', '<', '>', '\\', '|', '^', '`', '{', '}' -> {
                    return true;
                }
                default -> {
                    if (c < 0x20) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
