package org.ordinancewatch.fetch;

import java.io.ByteArrayOutputStream;
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
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final long limit;
    private final boolean truncate;
    private volatile long lastActivityNanos = System.nanoTime();

    BoundedBody(long limit, boolean truncate) {
        this.limit = limit;
        this.truncate = truncate;
    }

    /** Refuses up front a body whose Content-Length already exceeds the limit; true when refused. */
    boolean refuseDeclared(long declaredLength) {
        if (!truncate && declaredLength > limit) {
            result.completeExceptionally(new BodyTooLargeException(
                    "Content-Length " + declaredLength + " exceeds the " + limit + "-byte limit"));
            return true;
        }
        return false;
    }

    /** Adds a chunk; returns false once the body is complete (limit reached), so the transfer should stop. */
    synchronized boolean append(Buffer chunk) {
        lastActivityNanos = System.nanoTime();
        if (result.isDone()) {
            return false;
        }
        long room = limit - buffer.size();
        if (chunk.length() > room) {
            if (truncate) {
                buffer.write(chunk.getBytes(0, (int) room), 0, (int) room);
                result.complete(buffer.toByteArray());
            } else {
                result.completeExceptionally(new BodyTooLargeException(
                        "body exceeds the " + limit + "-byte limit while streaming"));
            }
            return false;
        }
        byte[] bytes = chunk.getBytes();
        buffer.write(bytes, 0, bytes.length);
        return true;
    }

    synchronized void end() {
        result.complete(buffer.toByteArray());
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
