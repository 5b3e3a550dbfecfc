package org.ordinancewatch.web.api;

import java.util.concurrent.Semaphore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ordinancewatch.fetch.FetchConfig;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * Bounds what dry runs can cost before their body is read: a declared body over {@code ow.fetch.max-bytes} is
 * refused with 413, and at most {@code ow.parse.max-concurrent} run at once; the next is told 429 with
 * Retry-After. Runs after authentication and authorisation, so an anonymous client learns nothing but 401.
 */
@ApplicationScoped
public class ParseLimits {

    static final String PATH = "/api/parse";

    private final Semaphore running;
    private final int maxConcurrent;
    private final FetchConfig fetch;

    public ParseLimits(@ConfigProperty(name = "ow.parse.max-concurrent", defaultValue = "2") int maxConcurrent,
            FetchConfig fetch) {
        this.maxConcurrent = maxConcurrent;
        this.running = new Semaphore(maxConcurrent);
        this.fetch = fetch;
    }

    /** For tests: the permits of running dry runs. */
    Semaphore running() {
        return running;
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, 50);
    }

    void handle(RoutingContext rc) {
        if (rc.request().method() != HttpMethod.POST || !PATH.equals(rc.request().path())) {
            rc.next();
            return;
        }
        long limit = fetch.maxBytes().asLongValue();
        String length = rc.request().getHeader("Content-Length");
        if (length != null && declared(length) > limit) {
            refuse(rc, 413, "the page is " + length + " bytes; the limit is " + limit);
            return;
        }
        if (!running.tryAcquire()) {
            rc.response().putHeader("Retry-After", "5");
            refuse(rc, 429, maxConcurrent + " dry runs are already running; try again in a few seconds");
            return;
        }
        rc.addEndHandler(done -> running.release());
        rc.next();
    }

    private static long declared(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static void refuse(RoutingContext rc, int status, String message) {
        String title = status == 413 ? "Content Too Large" : "Too Many Requests";
        rc.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .end(new io.vertx.core.json.JsonObject().put("status", status).put("error", title)
                        .put("message", message).encode());
    }
}
