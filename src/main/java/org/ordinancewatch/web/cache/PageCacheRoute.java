package org.ordinancewatch.web.cache;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;

/**
 * In front of every public page, on the event loop: a current cached page is answered straight from memory (304
 * when the client already has it), without a worker thread or a database connection; a miss goes on to render,
 * unless {@code ow.page-cache.max-concurrent-renders} renders are already running, in which case it waits in line
 * for at most {@code ow.page-cache.render-wait} and is then answered 503 with Retry-After, instead of queueing for a
 * connection it would time out waiting for ({@link RenderLine}). One request
 * renders a given URL at a time: the others asking for it meanwhile get the previous copy if there is one (stale by
 * at most that render), or wait for the render to finish. Requests that carry credentials (an Authorization header
 * or the session cookie) are never served from or stored in the cache.
 */
@ApplicationScoped
public class PageCacheRoute {

    /** Routing-context keys read by {@link PageCapture} when the rendered response comes back. */
    static final String KEY = "ow.page-cache.key";
    static final String VERSION = "ow.page-cache.version";
    static final String STORE = "ow.page-cache.store";
    static final String SESSION_COOKIE = "ow-session";
    static final String RETRY_AFTER_SECONDS = "2";

    private final PageCache cache;
    private final DataVersion version;
    private final RenderLine renders;
    private final ConcurrentHashMap<String, CompletableFuture<Void>> rendering = new ConcurrentHashMap<>();

    public PageCacheRoute(PageCache cache, DataVersion version, PageCacheConfig config) {
        this.cache = cache;
        this.version = version;
        this.renders = new RenderLine(config.maxConcurrentRenders(), config.renderWait());
    }

    void register(@Observes Filters filters) {
        // Below the security headers (500) and above authentication (200): a request with no credentials for a
        // public page needs no identity, so a cached answer skips authentication altogether; a miss and any
        // request carrying credentials still go through it.
        filters.register(this::handle, 250);
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        HttpMethod method = request.method();
        if ((method != HttpMethod.GET && method != HttpMethod.HEAD) || !CacheablePaths.cacheable(request.path())) {
            ctx.next();
            return;
        }
        String key = request.uri();
        boolean personal = request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || request.getCookie(SESSION_COOKIE) != null;
        if (personal) {
            render(ctx, key, false, null);
            return;
        }
        CachedPage page = cache.current(key).orElse(null);
        if (page != null) {
            serve(ctx, page);
            return;
        }
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> running = rendering.putIfAbsent(key, mine);
        if (running == null) {
            render(ctx, key, true, mine);
            return;
        }
        CachedPage previous = cache.previous(key).orElse(null);
        if (previous != null) {
            serve(ctx, previous);
            return;
        }
        Context context = Vertx.currentContext();
        running.whenComplete((done, failure) -> context.runOnContext(v -> {
            CachedPage rendered = cache.current(key).orElse(null);
            if (rendered != null) {
                serve(ctx, rendered);
            } else {
                render(ctx, key, true, null);
            }
        }));
    }

    /**
     * Lets the request go on to render within the limit, once a slot is free (waiting in line for at most
     * {@code ow.page-cache.render-wait}); {@code mine} is completed when it has finished or been refused.
     */
    private void render(RoutingContext ctx, String key, boolean store, CompletableFuture<Void> mine) {
        renders.enter(new RenderLine.Turn() {
            @Override
            public void go() {
                if (ctx.response().closed() || ctx.response().ended()) {
                    // The client left while it waited: nothing to render, and no end handler would give the slot back.
                    renders.leave();
                    finished(key, mine);
                    return;
                }
                ctx.addEndHandler(done -> {
                    renders.leave();
                    finished(key, mine);
                });
                ctx.put(KEY, key);
                ctx.put(VERSION, version.current());
                ctx.put(STORE, store);
                ctx.next();
            }

            @Override
            public void refused() {
                finished(key, mine);
                if (ctx.response().closed() || ctx.response().ended()) {
                    return;
                }
                ctx.response().setStatusCode(503).putHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                        .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=UTF-8")
                        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                        .end("Ordinance Watch is busy right now; please try again in a few seconds.\n");
            }
        }, Vertx.currentContext());
    }

    private void finished(String key, CompletableFuture<Void> mine) {
        if (mine != null) {
            rendering.remove(key, mine);
            mine.complete(null);
        }
    }

    private static void serve(RoutingContext ctx, CachedPage page) {
        HttpServerResponse response = ctx.response();
        page.headers().forEach(h -> response.putHeader(h.getKey(), h.getValue()));
        if (Conditional.notModified(ctx.request(), page.etag(), page.lastModified())) {
            response.headers().remove(HttpHeaders.CONTENT_TYPE).remove(HttpHeaders.CONTENT_LENGTH);
            response.setStatusCode(304).end();
            return;
        }
        if (ctx.request().method() == HttpMethod.HEAD) {
            response.putHeader(HttpHeaders.CONTENT_LENGTH, Integer.toString(page.body().length)).end();
            return;
        }
        response.setStatusCode(200).end(page.wire());
    }
}
