package org.ordinancewatch.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Politeness: one request at a time per host, a pause between requests to the same host, and a global cap on
 * requests in flight. The host lock is taken before the global permit, so threads queued behind a busy host do
 * not sit on permits other hosts could use. The global permit is given back as soon as the response has arrived
 * ({@link Permit#responseEnded}, called from the event loop), not when the fetching thread next gets the CPU: on a
 * busy machine that wake-up took longer than the response, and every request slot sat idle for it.
 */
final class HostThrottle {

    /** Held for the duration of one HTTP exchange. */
    interface Permit extends AutoCloseable {
        /** The exchange is over (answered, failed or abandoned): its request slot is free. Any thread, idempotent. */
        void responseEnded();

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
        AtomicBoolean slotHeld = new AtomicBoolean(true);
        Runnable releaseSlot = () -> {
            if (slotHeld.compareAndSet(true, false)) {
                global.release();
            }
        };
        return new Permit() {
            @Override
            public void responseEnded() {
                releaseSlot.run();
            }

            @Override
            public void close() {
                host.lastFinished = clock.instant();
                releaseSlot.run();
                host.lock.unlock();
            }
        };
    }

    /** Request slots not held right now. */
    int freeSlots() {
        return global.availablePermits();
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
