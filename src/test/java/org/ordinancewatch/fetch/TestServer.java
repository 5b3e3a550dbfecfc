package org.ordinancewatch.fetch;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/** A local HTTP server on 127.0.0.1 with an ephemeral port; counts hits and keeps request headers per path. */
final class TestServer implements AutoCloseable {

    /** Handles the n-th (1-based) request to a path. */
    @FunctionalInterface
    interface Handler {
        void handle(HttpExchange exchange, int hit) throws IOException, InterruptedException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<String, List<Headers>> requestHeaders = new ConcurrentHashMap<>();
    /** Stalling handlers wait on this; closing the server releases them. */
    final CountDownLatch closing = new CountDownLatch(1);

    TestServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.start();
    }

    TestServer route(String path, Handler handler) {
        server.createContext(path, recording(path, handler));
        return this;
    }

    /** Answers every request with a fixed status and text body. */
    TestServer text(String path, int status, String body) {
        return route(path, (ex, hit) -> send(ex, status, body));
    }

    private HttpHandler recording(String path, Handler handler) {
        return exchange -> {
            int hit = hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
            requestHeaders.computeIfAbsent(path, k -> new CopyOnWriteArrayList<>()).add(exchange.getRequestHeaders());
            try {
                handler.handle(exchange, hit);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        };
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    int port() {
        return server.getAddress().getPort();
    }

    int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    /** Headers of the n-th (1-based) request to a path. */
    Headers headers(String path, int hit) {
        return requestHeaders.get(path).get(hit - 1);
    }

    /** Blocks a handler thread until the server closes, at most a few seconds. */
    void stall() throws InterruptedException {
        closing.await(5, TimeUnit.SECONDS);
    }

    static void send(HttpExchange ex, int status, String body) throws IOException {
        send(ex, status, "text/plain; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static void redirect(HttpExchange ex, int status, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(status, -1);
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
