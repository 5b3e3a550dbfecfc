package org.ordinancewatch.ingest;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.sun.net.httpserver.HttpServer;
import org.ordinancewatch.parse.pdf.TestPdfs;

/**
 * A local web site for pipeline tests: answers each request with what {@code pages} gives for its path and
 * query (null: 404), counts the requests, and answers a repeated ETag with 304.
 */
final class PipelineSite implements AutoCloseable {

    /** A response body and its content type, or a redirect to {@code location}. */
    record Response(byte[] body, String contentType, String location) {

        Response(byte[] body, String contentType) {
            this(body, contentType, null);
        }

        static Response redirect(String location) {
            return new Response(new byte[0], null, location);
        }

        static Response html(byte[] body) {
            return new Response(body, "text/html; charset=utf-8");
        }

        static Response pdf(byte[] body) {
            return new Response(body, "application/pdf");
        }
    }

    private final HttpServer server;
    final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    /** Every request's path and query in the order they came, robots.txt left out. */
    final List<String> requests = new java.util.concurrent.CopyOnWriteArrayList<>();
    final AtomicInteger notModified = new AtomicInteger();

    PipelineSite(Function<String, Response> pages) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery();
            String key = query == null ? path : path + "?" + query;
            hits.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            if (!path.equals("/robots.txt")) {
                requests.add(key);
            }
            Response response = pages.apply(key);
            if (response == null) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            if (response.location() != null) {
                exchange.getResponseHeaders().add("Location", response.location());
                exchange.sendResponseHeaders(302, -1);
                exchange.close();
                return;
            }
            String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(response.body())) + "\"";
            exchange.getResponseHeaders().add("Content-Type", response.contentType());
            exchange.getResponseHeaders().add("ETag", etag);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            exchange.sendResponseHeaders(200, response.body().length);
            exchange.getResponseBody().write(response.body());
            exchange.close();
        });
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    boolean requested(String pathAndQueryPrefix) {
        return hits.keySet().stream().anyMatch(k -> k.startsWith(pathAndQueryPrefix));
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** A one-page PDF holding the given lines, as an agenda file would. */
    static byte[] pdf(List<String> lines) {
        return TestPdfs.pages(List.of(lines));
    }
}
