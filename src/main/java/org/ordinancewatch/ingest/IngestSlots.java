package org.ordinancewatch.ingest;

import java.util.concurrent.Semaphore;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Bounds how many scraped pages are parsed and written at once. The scrape pool is sized for waiting (a source
 * mostly sits in the per-host pause); parsing takes CPU and writing a database connection, so at most twice the
 * cores do either at a time, however many sources are in progress.
 */
@ApplicationScoped
public class IngestSlots {

    /** Work run in a slot. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    private final int size;
    private final Semaphore slots;

    public IngestSlots() {
        this(2 * Runtime.getRuntime().availableProcessors());
    }

    IngestSlots(int size) {
        this.size = size;
        this.slots = new Semaphore(size, true);
    }

    public int size() {
        return size;
    }

    /** Runs {@code work} once a slot is free; an interrupted wait ends the page with an exception. */
    public <T, E extends Exception> T run(Work<T, E> work) throws E {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to parse", e);
        }
        try {
            return work.run();
        } finally {
            slots.release();
        }
    }
}
