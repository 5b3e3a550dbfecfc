package org.ordinancewatch.fetch;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body while it streams, stopping at a byte limit: either failing with
 * {@link BodyTooLargeException} or, for robots.txt, keeping the first {@code limit} bytes. Records when data
 * last arrived so the caller can time out a stalled body, and can be cancelled from another thread.
 */
final class BoundedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

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
    private final long declaredLength;
    private volatile Flow.Subscription subscription;
    private volatile boolean cancelled;
    private volatile long lastActivityNanos = System.nanoTime();

    BoundedBodySubscriber(long limit, boolean truncate, long declaredLength) {
        this.limit = limit;
        this.truncate = truncate;
        this.declaredLength = declaredLength;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (cancelled) {
            s.cancel();
            return;
        }
        if (!truncate && declaredLength > limit) {
            s.cancel();
            result.completeExceptionally(new BodyTooLargeException(
                    "Content-Length " + declaredLength + " exceeds the " + limit + "-byte limit"));
            return;
        }
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        lastActivityNanos = System.nanoTime();
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            int room = (int) Math.min(Integer.MAX_VALUE, limit - buffer.size());
            if (item.remaining() > room) {
                subscription.cancel();
                if (truncate) {
                    write(item, room);
                    result.complete(buffer.toByteArray());
                } else {
                    result.completeExceptionally(new BodyTooLargeException(
                            "body exceeds the " + limit + "-byte limit while streaming"));
                }
                return;
            }
            write(item, item.remaining());
        }
        subscription.request(1);
    }

    private void write(ByteBuffer item, int length) {
        byte[] chunk = new byte[length];
        item.get(chunk);
        buffer.write(chunk, 0, length);
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(buffer.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    /** Nanos timestamp of the last data (or of creation, before any). */
    long lastActivityNanos() {
        return lastActivityNanos;
    }

    /** Stops the transfer; the connection is closed rather than reused. */
    void cancel() {
        cancelled = true;
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }
}
