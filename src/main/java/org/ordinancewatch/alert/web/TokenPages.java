package org.ordinancewatch.alert.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.TemplateInstance;
import org.ordinancewatch.alert.subscriptions.Kinds;
import org.ordinancewatch.alert.subscriptions.Tokens.InvalidToken;

/**
 * What the alert pages share: no accounts and no cookies, so every change after the subscribe form is authorised
 * by the signed token from an email, which is also why these forms need no separate CSRF token (a forger cannot
 * know it).
 */
final class TokenPages {

    private TokenPages() {
    }

    interface TokenAction<T> {
        T run() throws InvalidToken;
    }

    /** Runs a request that a token authorises: a refused token is 410 when expired, otherwise 400. */
    static <T> T guarded(TokenAction<T> action) {
        try {
            return action.run();
        } catch (InvalidToken e) {
            throw new WebApplicationException(e.getMessage(), e.expired() ? 410 : 400);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    /** Pages that carry a token in their address are neither cached nor leaked through Referer. */
    static Response page(TemplateInstance page) {
        return Response.ok(page).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
    }

    static Response toManage(String token, String notice) {
        return Response.seeOther(URI.create("/alerts/manage?token=" + encode(token) + "&notice=" + notice)).build();
    }

    static Kinds kinds(List<String> codes) {
        return Kinds.fromCodes(codes == null ? List.of() : codes);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
