package org.ordinancewatch.fetch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.vertx.core.Vertx;
import org.jboss.logging.Logger;

import org.ordinancewatch.fetch.FetchException.Reason;

/**
 * The one HTTP client all scrapers use. Thread-safe; share a single instance so politeness holds across
 * scrapers. Per fetch: only http(s); every hop's host resolved once and checked against the {@link AddressPolicy},
 * and the connection made to that checked address (no second lookup for DNS rebinding to exploit); robots.txt obeyed; redirects followed by hand up to maxRedirects; bodies capped on the
 * wire and after decompression; network errors, timeouts, 5xx and 429 retried with backoff.
 * <p>
 * Any HTTP response, including 404 or a 5xx that outlived the retries, is returned as a {@link FetchedPage}
 * carrying its status; {@link FetchException} means there was no usable response at all.
 */
public class Fetcher {

    private static final Logger LOG = Logger.getLogger(Fetcher.class);

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    /** RFC 9309: crawlers must read at least the first 500 KiB of robots.txt; more is ignored. */
    private static final long ROBOTS_MAX_BYTES = 500 * 1024;

    private final FetchSettings settings;
    private final Clock clock;
    private final Sleeper sleeper;
    private final UrlGuard guard;
    private final HostThrottle throttle;
    private final RetryPolicy retry;
    private final HttpExchange exchange;
    private final RobotsCache robots;
    private final HttpExchange.BodyLimit pageLimit;
    private final HttpExchange.BodyLimit robotsLimit;

    public Fetcher(FetchSettings settings, Vertx vertx) {
        this(settings, Clock.systemUTC(), Sleeper.system(), AddressPolicy.forSettings(settings), HostResolver.system(),
                vertx);
    }

    /** For use outside the application (tests, tools): runs on a Vert.x instance shared by all such fetchers. */
    public Fetcher(FetchSettings settings) {
        this(settings, Clock.systemUTC(), Sleeper.system(), AddressPolicy.forSettings(settings));
    }

    /** Outside the application, like {@link #Fetcher(FetchSettings)}. */
    public Fetcher(FetchSettings settings, Clock clock, Sleeper sleeper, AddressPolicy policy) {
        this(settings, clock, sleeper, policy, HostResolver.system(), StandaloneVertx.get());
    }

    /**
     * @param clock   stamps fetchedAt, paces per-host delays, expires robots.txt and reads Retry-After dates
     * @param sleeper performs the politeness and backoff waits
     * @param policy   which resolved addresses may be contacted (normally {@link AddressPolicy#forSettings})
     * @param resolver asked once per hop; the connection goes to the answer the policy passed
     */
    public Fetcher(FetchSettings settings, Clock clock, Sleeper sleeper, AddressPolicy policy, HostResolver resolver,
            Vertx vertx) {
        this.settings = settings;
        this.clock = clock;
        this.sleeper = sleeper;
        this.guard = new UrlGuard(policy, resolver);
        this.throttle = new HostThrottle(settings.maxConcurrency(), settings.perHostDelay(), clock, sleeper);
        this.retry = new RetryPolicy(settings);
        this.exchange = new HttpExchange(vertx, settings);
        this.pageLimit = new HttpExchange.BodyLimit(settings.maxBytes(), false, true);
        // robots.txt is asked for uncompressed so that a cut-off copy is still readable text.
        this.robotsLimit = new HttpExchange.BodyLimit(Math.min(settings.maxBytes(), ROBOTS_MAX_BYTES), true, false);
        this.robots = new RobotsCache(url -> followRedirects(url, Map.of(), robotsLimit, false),
                settings.robotsAgent(), settings.robotsTtl(), settings.robotsErrorTtl(), clock);
    }

    public FetchSettings settings() {
        return settings;
    }

    public FetchedPage fetch(URI url) throws FetchException {
        return fetch(FetchRequest.of(url));
    }

    public FetchedPage fetch(FetchRequest request) throws FetchException {
        URI url = withoutFragment(request.url());
        if (!url.isAbsolute()) {
            throw new FetchException(url, Reason.INVALID_URL, "not an absolute URL");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (request.etag() != null && request.form() == null) {
            headers.put("If-None-Match", request.etag());
        }
        if (request.lastModified() != null && request.form() == null) {
            headers.put("If-Modified-Since", request.lastModified());
        }
        try {
            HttpExchange.Response response = followRedirects(url, request.form(), headers, pageLimit,
                    settings.respectRobots());
            return toFetchedPage(request, response);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(url, Reason.INTERRUPTED, "interrupted", e);
        }
    }

    private HttpExchange.Response followRedirects(URI start, Map<String, String> headers,
            HttpExchange.BodyLimit limit, boolean obeyRobots) throws FetchException, InterruptedException {
        return followRedirects(start, null, headers, limit, obeyRobots);
    }

    private HttpExchange.Response followRedirects(URI start, Map<String, String> form, Map<String, String> headers,
            HttpExchange.BodyLimit limit, boolean obeyRobots) throws FetchException, InterruptedException {
        URI current = start;
        for (int redirects = 0; ; redirects++) {
            InetAddress address = guard.check(current);
            if (obeyRobots) {
                checkRobots(current);
            }
            HttpExchange.Response response = withRetries(current, address, redirects == 0 ? form : null, headers,
                    limit);
            Optional<String> location = response.headers().firstValue("Location");
            if (!REDIRECTS.contains(response.status()) || location.isEmpty()) {
                return response;
            }
            if (redirects >= settings.maxRedirects()) {
                throw new FetchException(start, Reason.TOO_MANY_REDIRECTS, "more than " + settings.maxRedirects()
                        + " redirects (last hop " + current + " -> " + location.get() + ")");
            }
            current = resolveLocation(current, location.get());
        }
    }

    private void checkRobots(URI url) throws FetchException, InterruptedException {
        RobotsRules rules = robots.rulesFor(url);
        String path = Optional.ofNullable(url.getRawPath()).filter(p -> !p.isEmpty()).orElse("/")
                + (url.getRawQuery() != null ? "?" + url.getRawQuery() : "");
        if (!rules.allows(path)) {
            String why = rules.blanketReason() != null ? rules.blanketReason()
                    : "rule in " + RobotsCache.robotsUrl(url);
            throw new FetchException(url, Reason.DISALLOWED_BY_ROBOTS, "disallowed by robots.txt (" + why + ")");
        }
    }

    private HttpExchange.Response withRetries(URI url, InetAddress address, Map<String, String> form,
            Map<String, String> headers, HttpExchange.BodyLimit limit) throws FetchException, InterruptedException {
        String hostKey = UrlGuard.hostKey(url);
        for (int attempt = 0; ; attempt++) {
            HttpExchange.Response response;
            try (HostThrottle.Permit permit = throttle.acquire(hostKey)) {
                response = exchange.send(url, address, form, headers, limit, permit::responseEnded);
            } catch (IOException e) {
                if (!retry.mayRetryAfter(attempt)) {
                    Reason reason = e instanceof HttpTimeoutException ? Reason.TIMEOUT : Reason.NETWORK;
                    throw new FetchException(url, reason, describe(e) + " (" + (attempt + 1) + " attempts)", e);
                }
                LOG.infof("%s: attempt %d failed (%s); retrying", url, attempt + 1, describe(e));
                sleeper.sleep(retry.backoff(attempt));
                continue;
            }
            if (RetryPolicy.isRetryableStatus(response.status()) && retry.mayRetryAfter(attempt)) {
                LOG.infof("%s: attempt %d answered %d; retrying", url, attempt + 1, response.status());
                sleeper.sleep(retry.delayAfterStatus(attempt, response.status(), response.headers(), clock.instant()));
                continue;
            }
            return response;
        }
    }

    private FetchedPage toFetchedPage(FetchRequest request, HttpExchange.Response response) {
        boolean notModified = response.status() == 304;
        byte[] body = notModified ? new byte[0] : response.body();
        String etag = response.headers().firstValue("ETag").orElse(notModified ? request.etag() : null);
        String lastModified = response.headers().firstValue("Last-Modified")
                .orElse(notModified ? request.lastModified() : null);
        return new FetchedPage(
                request.url(),
                response.url(),
                response.status(),
                response.headers().firstValue("Content-Type").orElse(null),
                body,
                etag,
                lastModified,
                clock.instant(),
                notModified ? null : sha256Hex(body),
                notModified);
    }

    private static URI resolveLocation(URI current, String location) throws FetchException {
        try {
            // Some servers put raw spaces in Location; everything else malformed is refused.
            return withoutFragment(current.resolve(URI.create(location.trim().replace(" ", "%20"))));
        } catch (IllegalArgumentException e) {
            throw new FetchException(current, Reason.INVALID_URL, "redirect to malformed Location '" + location + "'");
        }
    }

    private static URI withoutFragment(URI url) {
        if (url.getRawFragment() == null) {
            return url;
        }
        String s = url.toString();
        return URI.create(s.substring(0, s.indexOf('#')));
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    static String sha256Hex(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
