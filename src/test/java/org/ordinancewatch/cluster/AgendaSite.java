package org.ordinancewatch.cluster;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import org.ordinancewatch.parse.pdf.TestPdfs;

/**
 * A CivicPlus Agenda Center on 127.0.0.1: the listing at /AgendaCenter, its agenda PDFs, 404 for everything
 * else (robots.txt). Each request for the listing, the start page of every scrape run, is recorded with its
 * time. Once {@link #holdNext()} is armed, the next listing request is kept waiting until {@link #release()},
 * so that the instance running it can be killed mid-scrape.
 */
final class AgendaSite implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "agenda-site");
        t.setDaemon(true);
        return t;
    });
    /** When each listing request arrived (epoch ms). */
    final List<Long> listingRequests = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch holding;
    private volatile CountDownLatch held;
    private volatile CountDownLatch release = new CountDownLatch(0);

    AgendaSite(byte[] listing, Map<String, byte[]> pdfs) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                if (pdfs.containsKey(path)) {
                    exchange.getResponseHeaders().add("Content-Type", "application/pdf");
                    exchange.sendResponseHeaders(200, pdfs.get(path).length);
                    exchange.getResponseBody().write(pdfs.get(path));
                    return;
                }
                if (!path.equals("/AgendaCenter")) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                listingRequests.add(System.currentTimeMillis());
                CountDownLatch arm = holding;
                if (arm != null && arm.getCount() > 0) {
                    arm.countDown();
                    held.countDown();
                    try {
                        release.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, listing.length);
                exchange.getResponseBody().write(listing);
            } catch (IOException e) {
                // the instance that asked was killed while it waited
            }
        });
        server.start();
    }

    /** A one-page PDF holding the given lines, as an agenda file would. */
    static byte[] pdf(String... lines) {
        return TestPdfs.pages(java.util.List.of(java.util.List.of(lines)));
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Keeps the next listing request waiting; returns a latch that opens when it has arrived. */
    CountDownLatch holdNext() {
        release = new CountDownLatch(1);
        held = new CountDownLatch(1);
        holding = new CountDownLatch(1);
        return held;
    }

    void release() {
        release.countDown();
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        threads.shutdownNow();
    }
}
