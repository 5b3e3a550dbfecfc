package org.ordinancewatch.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.ordinancewatch.fetch.FetchException.Reason;

/**
 * One GET attempt with all three timeouts. HttpRequest.timeout only covers the wait for headers, so the body
 * is watched here: it is cancelled when no data arrives for readTimeout or the attempt passes totalTimeout.
 */
final class HttpExchange {

    /** A response with its body already decompressed. */
    record Response(URI url, int status, HttpHeaders headers, byte[] body) {
    }

    /** How much body to accept, and whether the excess is an error or simply dropped. */
    record BodyLimit(long maxBytes, boolean truncate, boolean acceptCompressed) {
    }

    private final HttpClient client;
    private final Duration readTimeout;
    private final Duration totalTimeout;
    private final String userAgent;

    HttpExchange(HttpClient client, FetchSettings settings) {
        this.client = client;
        this.readTimeout = settings.readTimeout();
        this.totalTimeout = settings.totalTimeout();
        this.userAgent = settings.userAgent();
    }

    /**
     * @throws IOException          network failure or timeout: worth retrying
     * @throws FetchException       a failure a retry would repeat (too large, undecodable)
     * @throws InterruptedException the caller was interrupted; the transfer is cancelled
     */
    /** A GET, or a form POST when {@code form} is not null. */
    Response send(URI url, Map<String, String> form, Map<String, String> extraHeaders, BodyLimit limit)
            throws IOException, FetchException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url);
        if (form == null) {
            request.GET();
        } else {
            request.POST(HttpRequest.BodyPublishers.ofString(formBody(form)))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8");
        }
        request.timeout(readTimeout)
                .header("User-Agent", userAgent)
                .header("Accept-Encoding", limit.acceptCompressed() ? "gzip, deflate" : "identity");
        extraHeaders.forEach(request::header);

        AtomicReference<BoundedBodySubscriber> body = new AtomicReference<>();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request.build(), info -> {
            long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            BoundedBodySubscriber subscriber = new BoundedBodySubscriber(limit.maxBytes(), limit.truncate(), declared);
            body.set(subscriber);
            return subscriber;
        });
        HttpResponse<byte[]> response = await(url, future, body);
        byte[] decoded = decode(url, response, limit);
        return new Response(url, response.statusCode(), response.headers(), decoded);
    }

    static String formBody(Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&")
                .append(java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)).append('=')
                .append(java.net.URLEncoder.encode(value == null ? "" : value, java.nio.charset.StandardCharsets.UTF_8)));
        return body.toString();
    }

    private HttpResponse<byte[]> await(URI url, CompletableFuture<HttpResponse<byte[]>> future,
            AtomicReference<BoundedBodySubscriber> body) throws IOException, FetchException, InterruptedException {
        long start = System.nanoTime();
        long totalNanos = totalTimeout.toNanos();
        long readNanos = readTimeout.toNanos();
        try {
            while (true) {
                long now = System.nanoTime();
                long totalLeft = start + totalNanos - now;
                if (totalLeft <= 0) {
                    throw new HttpTimeoutException("no complete response within the total timeout of " + totalTimeout);
                }
                BoundedBodySubscriber subscriber = body.get();
                long idleLeft = subscriber == null ? Long.MAX_VALUE : subscriber.lastActivityNanos() + readNanos - now;
                if (idleLeft <= 0) {
                    throw new HttpTimeoutException("body stalled for longer than the read timeout of " + readTimeout);
                }
                // Before headers arrive there is no body to watch (HttpRequest.timeout covers that wait), so
                // wake up at least every readTimeout to notice when the body starts.
                long wait = Math.min(totalLeft, Math.min(idleLeft, readNanos));
                try {
                    return future.get(wait, TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    // loop: recompute which deadline applies now that time has passed
                }
            }
        } catch (ExecutionException e) {
            throw unwrap(url, e.getCause());
        } catch (IOException | InterruptedException | RuntimeException e) {
            abort(future, body);
            throw e;
        }
    }

    private static void abort(CompletableFuture<?> future, AtomicReference<BoundedBodySubscriber> body) {
        BoundedBodySubscriber subscriber = body.get();
        if (subscriber != null) {
            subscriber.cancel();
        }
        future.cancel(true);
    }

    private static Exception unwrapped(Throwable cause) {
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof Exception e ? e : new IOException(cause);
    }

    private static IOException unwrapIo(Exception cause) {
        return cause instanceof IOException io ? io : new IOException(cause.getMessage(), cause);
    }

    private static IOException unwrap(URI url, Throwable executionCause) throws FetchException {
        Exception cause = unwrapped(executionCause);
        if (cause instanceof BoundedBodySubscriber.BodyTooLargeException tooLarge) {
            throw new FetchException(url, Reason.TOO_LARGE, tooLarge.getMessage());
        }
        if (cause instanceof IOException io && io.getCause() instanceof BoundedBodySubscriber.BodyTooLargeException t) {
            throw new FetchException(url, Reason.TOO_LARGE, t.getMessage());
        }
        return unwrapIo(cause);
    }

    private static byte[] decode(URI url, HttpResponse<byte[]> response, BodyLimit limit) throws FetchException {
        byte[] raw = response.body();
        String encoding = response.headers().firstValue("Content-Encoding").orElse("identity")
                .trim().toLowerCase(Locale.ROOT);
        if (raw.length == 0 || encoding.isEmpty() || encoding.equals("identity")) {
            return raw;
        }
        try {
            return switch (encoding) {
                case "gzip", "x-gzip" -> Compression.gunzip(raw, limit.maxBytes());
                case "deflate" -> Compression.inflate(raw, limit.maxBytes());
                default -> throw new FetchException(url, Reason.BAD_ENCODING,
                        "unsupported Content-Encoding '" + encoding + "'");
            };
        } catch (Compression.TooLargeException e) {
            throw new FetchException(url, Reason.TOO_LARGE,
                    "body exceeds the " + limit.maxBytes() + "-byte limit after " + encoding + " decompression");
        } catch (IOException e) {
            throw new FetchException(url, Reason.BAD_ENCODING, "corrupt " + encoding + " body: " + e.getMessage(), e);
        }
    }
}
