package org.ordinancewatch.fetch;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When to try again: network errors, timeouts, 5xx and 429 are retried with exponential backoff
 * (retryBackoff, x2, x4, ...); for 429 and 503 a longer Retry-After from the server wins, capped at
 * maxRetryAfter so one server cannot park a scraper thread for hours.
 */
final class RetryPolicy {

    private final int retries;
    private final Duration backoff;
    private final Duration maxRetryAfter;

    RetryPolicy(FetchSettings settings) {
        this.retries = settings.retries();
        this.backoff = settings.retryBackoff();
        this.maxRetryAfter = settings.maxRetryAfter();
    }

    /** Whether attempt number {@code attempt} (0 = first) may be followed by another. */
    boolean mayRetryAfter(int attempt) {
        return attempt < retries;
    }

    static boolean isRetryableStatus(int status) {
        return status == 429 || status >= 500;
    }

    /** Delay before the retry following attempt {@code attempt} (0 = first). */
    Duration backoff(int attempt) {
        return backoff.multipliedBy(1L << Math.min(attempt, 20));
    }

    /** Delay before retrying a retryable status response. */
    Duration delayAfterStatus(int attempt, int status, HttpHeaders headers, Instant now) {
        Duration delay = backoff(attempt);
        if (status == 429 || status == 503) {
            Optional<Duration> asked = headers.firstValue("Retry-After").flatMap(v -> parseRetryAfter(v, now));
            if (asked.isPresent()) {
                Duration capped = asked.get().compareTo(maxRetryAfter) > 0 ? maxRetryAfter : asked.get();
                if (capped.compareTo(delay) > 0) {
                    delay = capped;
                }
            }
        }
        return delay;
    }

    /** Retry-After is either delta-seconds or an HTTP-date (RFC 9110 section 10.2.3). */
    static Optional<Duration> parseRetryAfter(String value, Instant now) {
        String v = value.trim();
        if (v.matches("\\d{1,10}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(now, at);
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
