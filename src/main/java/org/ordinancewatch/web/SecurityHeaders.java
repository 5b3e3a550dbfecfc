package org.ordinancewatch.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * Headers every response carries, pages served from the page cache and static files included (this filter runs
 * before the cache's): a Content-Security-Policy that allows only this site's own scripts, styles and images (no
 * inline script or style anywhere in the pages, so no 'unsafe-inline'), no framing, no MIME sniffing, and a referrer
 * that never carries a path to other sites. Pages that carry a token or private data (the alert links, admin
 * endpoints, the dry run) are never stored by a browser or a proxy.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    void register(@Observes Filters filters) {
        // Above CORS (300) and authentication (200), so a 401, a 403 or the redirect to the login page carries them too.
        filters.register(this::handle, 500);
    }

    void handle(RoutingContext ctx) {
        String path = ctx.request().path();
        ctx.addHeadersEndHandler(v -> {
            MultiMap headers = ctx.response().headers();
            // Swagger UI is a third-party page built on inline scripts; it gets every header but the policy.
            if (path == null || !path.startsWith("/q/swagger-ui")) {
                headers.set("Content-Security-Policy", CSP);
            }
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
            if (isPrivate(path)) {
                headers.set("Cache-Control", "no-store");
            }
        });
        ctx.next();
    }

    /** Routes whose answers carry a subscriber's token or address, operator data, or a signed-in user's pages. */
    static boolean isPrivate(String path) {
        return path != null && (path.startsWith("/alerts") || path.startsWith("/api/admin") || path.startsWith("/api/parse")
                || path.equals("/admin") || path.startsWith("/admin/") || path.equals("/login")
                || path.equals("/logout") || path.equals("/j_security_check"));
    }
}
