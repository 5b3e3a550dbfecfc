package org.ordinancewatch.fetch;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * Everything the {@link Fetcher} needs to know, as a plain value so tests can build one without Quarkus.
 * In the application it is mapped from {@link FetchConfig} ({@code ow.fetch.*}), which also holds the defaults.
 *
 * @param connectTimeout        TCP/TLS connect limit per attempt
 * @param readTimeout           limit on waiting for response headers, and on any silence while the body streams
 * @param totalTimeout          wall-clock limit on one attempt (connect + headers + whole body)
 * @param maxBytes              body size cap, enforced on the wire and again after gzip/deflate decompression
 * @param maxRedirects          redirects followed before giving up
 * @param allowPrivateAddresses when false, hosts resolving to loopback/private/link-local/... addresses are refused
 * @param userAgent             the User-Agent header; its first product token is the robots.txt agent name
 * @param perHostDelay          minimum pause between the end of one request to a host and the start of the next
 * @param maxConcurrency        requests in flight at once across all hosts
 * @param retries               extra attempts after the first, for network errors, timeouts, 5xx and 429
 * @param retryBackoff          first retry delay; doubles on every further retry
 * @param maxRetryAfter         cap on how long a server's Retry-After is honoured
 * @param respectRobots         whether robots.txt is obeyed
 * @param robotsTtl             how long a fetched robots.txt is trusted
 * @param robotsErrorTtl        how long an unreachable robots.txt (5xx, 429, network error) blocks a host
 */
public record FetchSettings(
        Duration connectTimeout,
        Duration readTimeout,
        Duration totalTimeout,
        long maxBytes,
        int maxRedirects,
        boolean allowPrivateAddresses,
        String userAgent,
        Duration perHostDelay,
        int maxConcurrency,
        int retries,
        Duration retryBackoff,
        Duration maxRetryAfter,
        boolean respectRobots,
        Duration robotsTtl,
        Duration robotsErrorTtl) {

    public static final String PRODUCT = "OrdinanceWatch/0.1";

    public FetchSettings {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        requirePositive(totalTimeout, "totalTimeout");
        requireNonNegative(perHostDelay, "perHostDelay");
        requireNonNegative(retryBackoff, "retryBackoff");
        requireNonNegative(maxRetryAfter, "maxRetryAfter");
        requireNonNegative(robotsTtl, "robotsTtl");
        requireNonNegative(robotsErrorTtl, "robotsErrorTtl");
        Objects.requireNonNull(userAgent, "userAgent");
        if (userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent must not be blank");
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        if (maxRedirects < 0 || retries < 0) {
            throw new IllegalArgumentException("maxRedirects and retries must not be negative");
        }
        if (maxConcurrency < 1) {
            throw new IllegalArgumentException("maxConcurrency must be at least 1");
        }
    }

    /**
     * The documented defaults, with a User-Agent that names no contact URL: {@link FetchConfig}'s own, read with
     * nothing set, so every default is written once, on the config key it belongs to.
     */
    public static FetchSettings defaults() {
        return Defaults.SETTINGS;
    }

    private static final class Defaults {
        static final FetchSettings SETTINGS = new SmallRyeConfigBuilder().addDiscoveredConverters()
                .withMapping(FetchConfig.class).build().getConfigMapping(FetchConfig.class).toSettings();
    }

    /** {@code OrdinanceWatch/0.1 (+contactUrl)}: site operators can see who is crawling and how to reach us. */
    public static String userAgentFor(Optional<String> contactUrl) {
        return contactUrl.filter(url -> !url.isBlank())
                .map(url -> PRODUCT + " (+" + url.trim() + ")")
                .orElse(PRODUCT);
    }

    /** The robots.txt product token: the User-Agent up to its first '/' or space. */
    public String robotsAgent() {
        String token = userAgent.trim().split("[/\\s]", 2)[0];
        return token.isEmpty() ? "*" : token;
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder() {
        return defaults().toBuilder();
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    private static void requireNonNegative(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
    }

    /** Starts from existing settings and changes a few. */
    public static final class Builder {
        private Duration connectTimeout;
        private Duration readTimeout;
        private Duration totalTimeout;
        private long maxBytes;
        private int maxRedirects;
        private boolean allowPrivateAddresses;
        private String userAgent;
        private Duration perHostDelay;
        private int maxConcurrency;
        private int retries;
        private Duration retryBackoff;
        private Duration maxRetryAfter;
        private boolean respectRobots;
        private Duration robotsTtl;
        private Duration robotsErrorTtl;

        private Builder(FetchSettings s) {
            connectTimeout = s.connectTimeout;
            readTimeout = s.readTimeout;
            totalTimeout = s.totalTimeout;
            maxBytes = s.maxBytes;
            maxRedirects = s.maxRedirects;
            allowPrivateAddresses = s.allowPrivateAddresses;
            userAgent = s.userAgent;
            perHostDelay = s.perHostDelay;
            maxConcurrency = s.maxConcurrency;
            retries = s.retries;
            retryBackoff = s.retryBackoff;
            maxRetryAfter = s.maxRetryAfter;
            respectRobots = s.respectRobots;
            robotsTtl = s.robotsTtl;
            robotsErrorTtl = s.robotsErrorTtl;
        }

        public Builder connectTimeout(Duration v) { connectTimeout = v; return this; }
        public Builder readTimeout(Duration v) { readTimeout = v; return this; }
        public Builder totalTimeout(Duration v) { totalTimeout = v; return this; }
        public Builder maxBytes(long v) { maxBytes = v; return this; }
        public Builder maxRedirects(int v) { maxRedirects = v; return this; }
        public Builder allowPrivateAddresses(boolean v) { allowPrivateAddresses = v; return this; }
        public Builder userAgent(String v) { userAgent = v; return this; }
        public Builder perHostDelay(Duration v) { perHostDelay = v; return this; }
        public Builder maxConcurrency(int v) { maxConcurrency = v; return this; }
        public Builder retries(int v) { retries = v; return this; }
        public Builder retryBackoff(Duration v) { retryBackoff = v; return this; }
        public Builder maxRetryAfter(Duration v) { maxRetryAfter = v; return this; }
        public Builder respectRobots(boolean v) { respectRobots = v; return this; }
        public Builder robotsTtl(Duration v) { robotsTtl = v; return this; }
        public Builder robotsErrorTtl(Duration v) { robotsErrorTtl = v; return this; }

        public FetchSettings build() {
            return new FetchSettings(connectTimeout, readTimeout, totalTimeout, maxBytes, maxRedirects,
                    allowPrivateAddresses, userAgent, perHostDelay, maxConcurrency, retries, retryBackoff,
                    maxRetryAfter, respectRobots, robotsTtl, robotsErrorTtl);
        }
    }
}
