package org.ordinancewatch.fetch;

import java.time.Duration;

/** How the fetcher waits (politeness delays, retry backoff); tests substitute one that only records. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    static Sleeper system() {
        return duration -> {
            if (!duration.isNegative() && !duration.isZero()) {
                Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
            }
        };
    }
}
