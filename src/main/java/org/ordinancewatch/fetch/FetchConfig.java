package org.ordinancewatch.fetch;

import java.time.Duration;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code ow.fetch.*} in application.properties. Its defaults are {@link FetchSettings#defaults()}.
 * Durations accept {@code 500ms}, {@code 10s}, {@code 2m}, {@code 24h} or ISO-8601; sizes accept {@code 10M}.
 */
@ConfigMapping(prefix = "ow.fetch")
public interface FetchConfig {

    /** TCP/TLS connect limit per attempt. */
    @WithDefault("10s")
    Duration connectTimeout();

    /** Limit on waiting for response headers, and on silence while the body streams. */
    @WithDefault("30s")
    Duration readTimeout();

    /** Wall-clock limit on one attempt, body included. */
    @WithDefault("60s")
    Duration totalTimeout();

    /** Body cap, on the wire and after decompression. */
    @WithDefault("10M")
    MemorySize maxBytes();

    @WithDefault("5")
    int maxRedirects();

    /** Only for local development and tests: lets the fetcher reach loopback and private networks. */
    @WithDefault("false")
    boolean allowPrivateAddresses();

    /** Page where site operators can read what the crawler does and how to reach us; goes into the User-Agent. */
    Optional<String> contactUrl();

    /** Overrides the whole User-Agent; by default {@code OrdinanceWatch/0.1 (+contact-url)}. */
    Optional<String> userAgent();

    /** Minimum pause between consecutive requests to one host. */
    @WithDefault("1s")
    Duration perHostDelay();

    /** Requests in flight at once, across all hosts. */
    @WithDefault("4")
    int maxConcurrency();

    /** Extra attempts after the first, for network errors, timeouts, 5xx and 429. */
    @WithDefault("3")
    int retries();

    /** First retry delay; doubles each retry. */
    @WithDefault("500ms")
    Duration retryBackoff();

    /** Cap on how long a Retry-After header is honoured. */
    @WithDefault("2m")
    Duration maxRetryAfter();

    @WithDefault("true")
    boolean respectRobots();

    @WithDefault("24h")
    Duration robotsTtl();

    /** How long an unreachable robots.txt (5xx, 429, network error) keeps a host blocked. */
    @WithDefault("10m")
    Duration robotsErrorTtl();

    default FetchSettings toSettings() {
        return new FetchSettings(
                connectTimeout(),
                readTimeout(),
                totalTimeout(),
                maxBytes().asLongValue(),
                maxRedirects(),
                allowPrivateAddresses(),
                userAgent().filter(ua -> !ua.isBlank()).orElseGet(() -> FetchSettings.userAgentFor(contactUrl())),
                perHostDelay(),
                maxConcurrency(),
                retries(),
                retryBackoff(),
                maxRetryAfter(),
                respectRobots(),
                robotsTtl(),
                robotsErrorTtl());
    }
}
