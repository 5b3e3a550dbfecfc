package org.ordinancewatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");

    @Test
    void retryAfterDeltaSeconds() {
        assertThat(RetryPolicy.parseRetryAfter("120", NOW)).contains(Duration.ofSeconds(120));
    }

    @Test
    void retryAfterHttpDate() {
        assertThat(RetryPolicy.parseRetryAfter("Thu, 15 Jan 2026 12:00:30 GMT", NOW)).contains(Duration.ofSeconds(30));
    }

    @Test
    void retryAfterDateInThePastMeansNow() {
        assertThat(RetryPolicy.parseRetryAfter("Thu, 15 Jan 2026 11:00:00 GMT", NOW)).contains(Duration.ZERO);
    }

    @Test
    void retryAfterGarbageIsIgnored() {
        assertThat(RetryPolicy.parseRetryAfter("soon", NOW)).isEmpty();
    }

    @Test
    void retryableStatusesAre429And5xx() {
        assertThat(RetryPolicy.isRetryableStatus(429)).isTrue();
        assertThat(RetryPolicy.isRetryableStatus(500)).isTrue();
        assertThat(RetryPolicy.isRetryableStatus(599)).isTrue();
        assertThat(RetryPolicy.isRetryableStatus(404)).isFalse();
        assertThat(RetryPolicy.isRetryableStatus(403)).isFalse();
    }

    @Test
    void retriesAreCounted() {
        RetryPolicy policy = new RetryPolicy(FetchSettings.builder().retries(2).build());

        assertThat(policy.mayRetryAfter(1)).isTrue();
        assertThat(policy.mayRetryAfter(2)).isFalse();
    }
}
