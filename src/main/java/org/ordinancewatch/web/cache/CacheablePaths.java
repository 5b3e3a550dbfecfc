package org.ordinancewatch.web.cache;

import java.util.List;

/**
 * The public, read-only routes whose responses may be cached and carry ETag and Last-Modified. Token pages
 * (alerts), forms, admin pages, the archive, exports and the management endpoints are never cached.
 */
final class CacheablePaths {

    private static final List<String> EXACT = List.of("/", "/map", "/hearings", "/search", "/sources", "/about",
            "/coverage", "/api/measures", "/api/jurisdictions", "/api/sources", "/api/coverage");
    private static final List<String> PREFIXES = List.of("/j/", "/m/", "/hearings/", "/feeds/", "/api/measures/",
            "/api/jurisdictions/");

    private CacheablePaths() {
    }

    static boolean cacheable(String path) {
        if (path == null) {
            return false;
        }
        if (EXACT.contains(path)) {
            return true;
        }
        for (String prefix : PREFIXES) {
            if (path.startsWith(prefix) && path.length() > prefix.length()) {
                return true;
            }
        }
        return false;
    }
}
