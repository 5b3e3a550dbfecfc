package org.ordinancewatch.fetch;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

import io.vertx.core.buffer.Buffer;

/**
 * Collects a response body while it streams, stopping at a byte limit: either failing with
 * {@link BodyTooLargeException} or, for robots.txt, keeping the first {@code limit} bytes. Records when data
 * last arrived so the caller can time out a stalled body. Fed from one event-loop thread, read from another.
 */
final class BoundedBody {

    /** The body passed the limit; never retried, a bigger body will not shrink. */
    static final class BodyTooLargeException extends RuntimeException {
        BodyTooLargeException(String message) {
            super(message, null, false, false);
        }
    }

    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    /** Sized from Content-Length when the server gives one, so a page is copied once, not once per doubling. */
    private byte[] buffer = new byte[8192];
    private int size;
    private final long limit;
    private final boolean truncate;
    private volatile long lastActivityNanos = System.nanoTime();

    BoundedBody(long limit, boolean truncate) {
        this.limit = limit;
        this.truncate = truncate;
    }

    /**
     * Refuses up front a body whose Content-Length already exceeds the limit; true when refused. Otherwise makes
     * room for the declared length (within the limit; a body that turns out longer still grows as it comes).
     */
    synchronized boolean refuseDeclared(long declaredLength) {
        if (!truncate && declaredLength > limit) {
            result.completeExceptionally(new BodyTooLargeException(
                    "Content-Length " + declaredLength + " exceeds the " + limit + "-byte limit"));
            return true;
        }
        long expected = Math.min(declaredLength, limit);
        if (size == 0 && expected > buffer.length && expected <= Integer.MAX_VALUE - 8) {
            buffer = new byte[(int) expected];
        }
        return false;
    }

    /** Adds a chunk; returns false once the body is complete (limit reached), so the transfer should stop. */
    synchronized boolean append(Buffer chunk) {
        lastActivityNanos = System.nanoTime();
        if (result.isDone()) {
            return false;
        }
        long room = limit - size;
        if (chunk.length() > room) {
            if (truncate) {
                add(chunk, (int) room);
                result.complete(contents());
            } else {
                result.completeExceptionally(new BodyTooLargeException(
                        "body exceeds the " + limit + "-byte limit while streaming"));
            }
            return false;
        }
        add(chunk, chunk.length());
        return true;
    }

    private void add(Buffer chunk, int length) {
        if (size + length > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(size + length, (int) Math.min(limit, 2L * buffer.length)));
        }
        chunk.getBytes(0, length, buffer, size);
        size += length;
    }

    private byte[] contents() {
        return size == buffer.length ? buffer : Arrays.copyOf(buffer, size);
    }

    synchronized void end() {
        result.complete(contents());
    }

    void fail(Throwable failure) {
        result.completeExceptionally(failure);
    }

    CompletableFuture<byte[]> result() {
        return result;
    }

    /** Nanos timestamp of the last data (or of creation, before any). */
    long lastActivityNanos() {
        return lastActivityNanos;
    }
}
