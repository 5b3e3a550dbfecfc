package org.ordinancewatch.fetch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * robots.txt per origin (scheme://host:port), fetched once and kept for robotsTtl. How fetch outcomes map
 * to rules follows RFC 9309 and Google's crawler:
 * <ul>
 * <li>2xx: the file's rules;</li>
 * <li>4xx other than 429 (404 above all), a redirect chain that ends nowhere or leads somewhere refused:
 * no usable file, everything allowed;</li>
 * <li>5xx, 429, network failure or timeout: the site may be struggling or the file may be hidden by an
 * outage, so everything is disallowed, but only for robotsErrorTtl, after which robots.txt is tried again.</li>
 * </ul>
 */
final class RobotsCache {

    /** Fetches a robots.txt URL, following redirects; refusals and failures come back as exceptions. */
    @FunctionalInterface
    interface Loader {
        HttpExchange.Response load(URI robotsUrl) throws FetchException, InterruptedException;
    }

    private record Entry(RobotsRules rules, Instant expires) {
    }

    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Object> loadLocks = new ConcurrentHashMap<>();
    private final Loader loader;
    private final String agent;
    private final Duration ttl;
    private final Duration errorTtl;
    private final Clock clock;

    RobotsCache(Loader loader, String agent, Duration ttl, Duration errorTtl, Clock clock) {
        this.loader = loader;
        this.agent = agent;
        this.ttl = ttl;
        this.errorTtl = errorTtl;
        this.clock = clock;
    }

    static URI robotsUrl(URI url) {
        return URI.create(UrlGuard.origin(url) + "/robots.txt");
    }

    RobotsRules rulesFor(URI url) throws InterruptedException {
        String origin = UrlGuard.origin(url);
        Entry cached = fresh(entries.get(origin));
        if (cached != null) {
            return cached.rules();
        }
        // One load per origin at a time: concurrent fetches to a new host wait for the first one's robots.txt.
        synchronized (loadLocks.computeIfAbsent(origin, k -> new Object())) {
            cached = fresh(entries.get(origin));
            if (cached == null) {
                cached = load(robotsUrl(url));
                entries.put(origin, cached);
            }
            return cached.rules();
        }
    }

    private Entry fresh(Entry entry) {
        return entry != null && clock.instant().isBefore(entry.expires()) ? entry : null;
    }

    private Entry load(URI robotsUrl) throws InterruptedException {
        try {
            HttpExchange.Response response = loader.load(robotsUrl);
            int status = response.status();
            if (status >= 200 && status < 300) {
                return entry(RobotsRules.parse(new String(response.body(), StandardCharsets.UTF_8), agent), ttl);
            }
            if (RetryPolicy.isRetryableStatus(status)) {
                return entry(RobotsRules.disallowAll(robotsUrl + " answered HTTP " + status
                        + "; treating the site as disallow-all for " + errorTtl), errorTtl);
            }
            return entry(RobotsRules.allowAll(), ttl);
        } catch (FetchException e) {
            return switch (e.reason()) {
                case INTERRUPTED -> throw new InterruptedException(e.getMessage());
                case TOO_MANY_REDIRECTS, FORBIDDEN_ADDRESS, UNSUPPORTED_SCHEME, INVALID_URL -> entry(
                        RobotsRules.allowAll(), ttl);
                default -> entry(RobotsRules.disallowAll(robotsUrl + " is unreachable (" + e.getMessage()
                        + "); treating the site as disallow-all for " + errorTtl), errorTtl);
            };
        }
    }

    private Entry entry(RobotsRules rules, Duration lifetime) {
        return new Entry(rules, clock.instant().plus(lifetime));
    }
}
