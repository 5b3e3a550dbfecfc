package org.ordinancewatch.fetch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

import org.ordinancewatch.fetch.FetchException.Reason;

/**
 * One request attempt with all three timeouts, sent to the address the {@link UrlGuard} checked: the TCP
 * connection goes to that pinned address while the Host header, TLS SNI and certificate check use the URL's host
 * name, so the name is never resolved a second time. (java.net.http.HttpClient resolves again at connect and
 * cannot be told otherwise on Java 17, hence Vert.x's client, whose requests take a server address.)
 * The body is watched here: cancelled when no data arrives for readTimeout or the attempt passes totalTimeout.
 */
final class HttpExchange {

    /** A response with its body already decompressed. */
    record Response(URI url, int status, HttpHeaders headers, byte[] body) {
    }

    /** How much body to accept, and whether the excess is an error or simply dropped. */
    record BodyLimit(long maxBytes, boolean truncate, boolean acceptCompressed) {
    }

    private record Head(int status, HttpHeaders headers) {
    }

    private final HttpClient client;
    private final Duration readTimeout;
    private final Duration totalTimeout;
    private final String userAgent;

    HttpExchange(Vertx vertx, FetchSettings settings) {
        HttpClientOptions options = new HttpClientOptions()
                // Requests to a host are serialised anyway, so HTTP/2 multiplexing would buy nothing, and
                // plain-http h2c upgrade attempts confuse some old municipal servers.
                .setProtocolVersion(HttpVersion.HTTP_1_1)
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, settings.connectTimeout().toMillis()))
                .setVerifyHost(true)
                .setForceSni(true)
                .setDecompressionSupported(false);
        this.client = vertx.createHttpClient(options,
                new PoolOptions().setHttp1MaxSize(Math.max(5, settings.maxConcurrency())));
        this.readTimeout = settings.readTimeout();
        this.totalTimeout = settings.totalTimeout();
        this.userAgent = settings.userAgent();
    }

    /**
     * A GET, or a form POST when {@code form} is not null, connected to {@code address} only.
     *
     * @param ended run once the exchange is over (body complete, failed or abandoned), on whichever thread saw it
     *              end: usually the event loop, before the calling thread wakes up
     * @throws IOException          network failure or timeout: worth retrying
     * @throws FetchException       a failure a retry would repeat (too large, undecodable)
     * @throws InterruptedException the caller was interrupted; the transfer is cancelled
     */
    Response send(URI url, InetAddress address, Map<String, String> form, Map<String, String> extraHeaders,
            BodyLimit limit, Runnable ended) throws IOException, FetchException, InterruptedException {
        int port = UrlGuard.port(url);
        RequestOptions options = new RequestOptions()
                .setMethod(form == null ? HttpMethod.GET : HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(address, port)))
                .setHost(url.getHost())
                .setPort(port)
                .setSsl("https".equalsIgnoreCase(url.getScheme()))
                .setURI(pathAndQuery(url))
                .setFollowRedirects(false)
                .addHeader("User-Agent", userAgent)
                .addHeader("Accept-Encoding", limit.acceptCompressed() ? "gzip, deflate" : "identity");
        Buffer payload = null;
        if (form != null) {
            payload = Buffer.buffer(formBody(form));
            options.addHeader("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8");
        }
        extraHeaders.forEach(options::addHeader);

        BoundedBody body = new BoundedBody(limit.maxBytes(), limit.truncate());
        body.result().whenComplete((bytes, failure) -> ended.run());
        AtomicReference<Head> head = new AtomicReference<>();
        AtomicReference<HttpClientRequest> request = new AtomicReference<>();
        Buffer sent = payload;
        client.request(options)
                .onSuccess(r -> {
                    request.set(r);
                    // A handler, not a future listener: it runs as the headers arrive, before any body chunk,
                    // so a short response cannot end before its body handler is set.
                    r.response(result -> {
                        if (result.succeeded()) {
                            receive(result.result(), head, body);
                        } else {
                            body.fail(result.cause());
                        }
                    });
                    if (sent == null) {
                        r.end();
                    } else {
                        r.end(sent);
                    }
                })
                .onFailure(body::fail);
        byte[] raw = await(url, body, head, request);
        Head h = head.get();
        return new Response(url, h.status(), h.headers(), decode(url, h.headers(), raw, limit));
    }

    private static void receive(HttpClientResponse response, AtomicReference<Head> head, BoundedBody body) {
        head.set(new Head(response.statusCode(), headersOf(response.headers())));
        // Set first: the resets below report through it (Vert.x logs an error when nobody listens).
        response.exceptionHandler(body::fail);
        long declared = parseLength(response.getHeader("Content-Length"));
        if (body.refuseDeclared(declared)) {
            response.request().reset();
            return;
        }
        response.handler(chunk -> {
            if (!body.append(chunk)) {
                // Closes the connection, so a cut-off body is never left on a pooled one.
                response.request().reset();
            }
        });
        response.endHandler(v -> body.end());
    }

    static String formBody(Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8)));
        return body.toString();
    }

    private byte[] await(URI url, BoundedBody body, AtomicReference<Head> head,
            AtomicReference<HttpClientRequest> request) throws IOException, FetchException, InterruptedException {
        CompletableFuture<byte[]> future = body.result();
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
                long idleLeft = body.lastActivityNanos() + readNanos - now;
                if (idleLeft <= 0) {
                    throw new HttpTimeoutException(head.get() == null
                            ? "no response headers within the read timeout of " + readTimeout
                            : "body stalled for longer than the read timeout of " + readTimeout);
                }
                try {
                    return future.get(Math.min(totalLeft, idleLeft), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    // loop: recompute which deadline applies now that time has passed
                }
            }
        } catch (ExecutionException e) {
            abort(body, request);
            throw unwrap(url, e.getCause());
        } catch (IOException | InterruptedException | RuntimeException e) {
            abort(body, request);
            throw e;
        }
    }

    private static void abort(BoundedBody body, AtomicReference<HttpClientRequest> request) {
        body.fail(new IOException("abandoned"));
        HttpClientRequest r = request.get();
        if (r != null) {
            r.reset();
        }
    }

    private static IOException unwrap(URI url, Throwable failure) throws FetchException {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof BoundedBody.BodyTooLargeException tooLarge) {
            throw new FetchException(url, Reason.TOO_LARGE, tooLarge.getMessage());
        }
        if (cause instanceof io.netty.channel.ConnectTimeoutException) {
            return new HttpConnectTimeoutException("connect timed out: " + cause.getMessage());
        }
        if (cause instanceof TimeoutException) {
            return new HttpTimeoutException(String.valueOf(cause.getMessage()));
        }
        if (cause instanceof IOException io) {
            return io;
        }
        return new IOException(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(),
                cause);
    }

    private static byte[] decode(URI url, HttpHeaders headers, byte[] raw, BodyLimit limit) throws FetchException {
        String encoding = headers.firstValue("Content-Encoding").orElse("identity").trim().toLowerCase(Locale.ROOT);
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

    private static String pathAndQuery(URI url) {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
    }

    private static long parseLength(String value) {
        try {
            return value == null ? -1 : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static HttpHeaders headersOf(MultiMap headers) {
        Map<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach(e -> map.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return HttpHeaders.of(map, (name, value) -> true);
    }
}
