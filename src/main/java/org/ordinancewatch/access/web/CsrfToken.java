package org.ordinancewatch.access.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * Double-submit token for forms behind the login: the same random value in an HttpOnly, SameSite=Strict cookie
 * and in a hidden field. A page on another site can neither read the cookie nor set it.
 */
public final class CsrfToken {

    public static final String COOKIE = "ow-csrf";
    public static final String FIELD = "csrf";

    private CsrfToken() {
    }

    /** The token for forms on this page: the cookie's, or the one set on this response. */
    public static String of(RoutingContext rc) {
        String fresh = rc.get(COOKIE);
        if (fresh != null) {
            return fresh;
        }
        Cookie cookie = rc.request().getCookie(COOKIE);
        return cookie == null ? "" : cookie.getValue();
    }

    /** Throws 403 unless the submitted field matches the cookie. */
    public static void check(RoutingContext rc, String submitted) {
        Cookie cookie = rc.request().getCookie(COOKIE);
        if (cookie == null || submitted == null || submitted.isEmpty() || !MessageDigest.isEqual(
                cookie.getValue().getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8))) {
            throw new jakarta.ws.rs.ForbiddenException(
                    "The form's security token is missing or stale: reload the page and submit it again.");
        }
    }
}
