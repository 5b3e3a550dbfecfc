package org.ordinancewatch.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Politeness: one request at a time per host, a pause between requests to the same host, and a global cap on
 * requests in flight. The host lock is taken before the global permit, so threads queued behind a busy host do
 * not sit on permits other hosts could use.
 */
final class HostThrottle {

    /** Held for the duration of one HTTP exchange. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private static final class HostState {
        final ReentrantLock lock = new ReentrantLock(true);
        Instant lastFinished;
    }

    private final ConcurrentMap<String, HostState> hosts = new ConcurrentHashMap<>();
    private final Semaphore global;
    private final Duration perHostDelay;
    private final Clock clock;
    private final Sleeper sleeper;

    HostThrottle(int maxConcurrency, Duration perHostDelay, Clock clock, Sleeper sleeper) {
        this.global = new Semaphore(maxConcurrency, true);
        this.perHostDelay = perHostDelay;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    Permit acquire(String hostKey) throws InterruptedException {
        HostState host = hosts.computeIfAbsent(hostKey, k -> new HostState());
        host.lock.lockInterruptibly();
        try {
            waitForTurn(host);
            global.acquire();
        } catch (InterruptedException | RuntimeException e) {
            host.lock.unlock();
            throw e;
        }
        return () -> {
            host.lastFinished = clock.instant();
            global.release();
            host.lock.unlock();
        };
    }

    private void waitForTurn(HostState host) throws InterruptedException {
        if (host.lastFinished == null) {
            return;
        }
        Duration wait = Duration.between(clock.instant(), host.lastFinished.plus(perHostDelay));
        if (!wait.isNegative() && !wait.isZero()) {
            sleeper.sleep(wait);
        }
    }
}
