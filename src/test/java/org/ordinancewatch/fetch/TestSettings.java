package org.ordinancewatch.fetch;

import java.time.Duration;
import java.util.Optional;

/** Settings that keep every test well under two seconds and let the fetcher reach the loopback test server. */
final class TestSettings {

    private TestSettings() {
    }

    static FetchSettings.Builder fast() {
        // Margins wide enough that a loaded CI machine does not turn a slow handler into a timeout and retry;
        // the stalling test servers hold far longer than these limits.
        return FetchSettings.builder()
                .connectTimeout(Duration.ofMillis(2000))
                .readTimeout(Duration.ofMillis(1000))
                .totalTimeout(Duration.ofMillis(3000))
                .allowPrivateAddresses(true)
                .userAgent(FetchSettings.userAgentFor(Optional.of("https://example.org/ordinance-watch")))
                .perHostDelay(Duration.ZERO)
                .retries(2)
                .retryBackoff(Duration.ofMillis(10))
                .respectRobots(false);
    }

    /** Loopback allowed (the test server lives there), every other non-public address refused. */
    static AddressPolicy publicOrLoopback() {
        return address -> address.isLoopbackAddress() ? Optional.empty() : AddressPolicy.publicOnly().refusal(address);
    }

    static Fetcher fetcher(FetchSettings settings, FakeTime time) {
        return new Fetcher(settings, time, time, AddressPolicy.forSettings(settings));
    }
}
