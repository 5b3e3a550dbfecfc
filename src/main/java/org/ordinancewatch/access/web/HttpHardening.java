package org.ordinancewatch.access.web;

import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Runs before authentication on every request: the cross-site check on every state-changing request, the CSRF
 * cookie for signed-in forms, and the Basic challenge on API 401s (the other security headers are
 * {@link org.ordinancewatch.web.SecurityHeaders}').
 *
 * <p>Cross-site requests are refused by their {@code Origin} and {@code Sec-Fetch-Site} headers, which every
 * current browser sends on a form POST; clients that send neither (scripts, mail servers) are not browsers a
 * third-party page could drive. Public forms are served from cached pages shared by all visitors, so they cannot
 * carry a per-visitor token; forms behind a login carry one as well ({@link CsrfToken}). The only exemption is
 * the RFC 8058 one-click unsubscribe, which mail providers POST from their own servers.
 */
@ApplicationScoped
public class HttpHardening {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.TRACE);
    private static final SecureRandom RANDOM = new SecureRandom();

    void register(@Observes Filters filters) {
        // Above CORS (300) and authentication (200), so even a login POST or a 401 passes through here.
        filters.register(this::handle, 400);
    }

    void handle(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String path = request.path() == null ? "/" : request.path();
        rc.addHeadersEndHandler(v -> headers(rc.response()));
        if (!SAFE.contains(request.method()) && crossSite(request) && !oneClickUnsubscribe(request, path)) {
            rc.response().setStatusCode(403).putHeader("Content-Type", "text/plain; charset=UTF-8")
                    .end("Refused: this request came from another site (cross-site request forgery protection).");
            return;
        }
        if (needsCsrfCookie(path) && request.getCookie(CsrfToken.COOKIE) == null) {
            String token = newToken();
            rc.put(CsrfToken.COOKIE, token);
            rc.response().addCookie(Cookie.cookie(CsrfToken.COOKIE, token).setPath("/").setHttpOnly(true)
                    .setSameSite(CookieSameSite.STRICT).setSecure(request.isSSL()));
        }
        rc.next();
    }

    /** Security headers and no-store are {@link org.ordinancewatch.web.SecurityHeaders}'; this adds the Basic challenge. */
    static void headers(HttpServerResponse response) {
        // With form login enabled, Quarkus answers a Basic-only path's anonymous request with a bare 401; API
        // clients (curl, scripts) need the challenge to know how to authenticate.
        if (response.getStatusCode() == 401 && !response.headers().contains("WWW-Authenticate")) {
            response.headers().set("WWW-Authenticate", "Basic realm=\"Ordinance Watch\", charset=\"UTF-8\"");
        }
    }

    static boolean needsCsrfCookie(String path) {
        return path.equals("/admin") || path.startsWith("/admin/");
    }

    static boolean crossSite(HttpServerRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String host = request.getHeader("Host");
        if (origin.equals("null") || host == null) {
            return true;
        }
        try {
            URI o = URI.create(origin);
            String authority = o.getRawAuthority();
            return authority == null || !authority.toLowerCase(Locale.ROOT).equals(host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    /** The URL from a List-Unsubscribe header: the token travels in its query, not in a form field. */
    static boolean oneClickUnsubscribe(HttpServerRequest request, String path) {
        return request.method() == HttpMethod.POST && path.equals("/alerts/unsubscribe")
                && request.getParam("token") != null;
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
