package org.ordinancewatch.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.concurrent.Semaphore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;

/**
 * Until accounts exist, the endpoints that reveal subscribers ({@code /api/admin/*}), expose the server's insides
 * ({@code /q/metrics}) or cost memory per request ({@code /api/parse}) answer only the operator, by HTTP Basic with
 * {@code ow.admin.user} and {@code ow.admin.password}. The dry run is also bounded: a body over
 * {@code ow.admin.parse-max-body} is 413, more than {@code ow.admin.parse-concurrency} at once is 429.
 */
@ApplicationScoped
public class OperatorAccess {

    private static final Logger LOG = Logger.getLogger(OperatorAccess.class);
    static final String REALM = "Basic realm=\"Ordinance Watch operator\", charset=\"UTF-8\"";

    private final OperatorConfig config;
    private final Semaphore dryRuns;
    private final byte[] expected;

    public OperatorAccess(OperatorConfig config) {
        this.config = config;
        this.dryRuns = new Semaphore(Math.max(1, config.parseConcurrency()));
        this.expected = config.password().filter(p -> !p.isBlank())
                .map(p -> sha256(config.user() + ":" + p)).orElse(null);
    }

    void announce(@Observes StartupEvent event) {
        if (expected == null) {
            LOG.warn("No operator password is set, so /api/admin/*, /api/parse and /q/metrics refuse every request;"
                    + " set OW_ADMIN_USER and OW_ADMIN_PASSWORD (or ow.admin.user and ow.admin.password) to use them");
        }
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, 90);
    }

    static boolean guarded(String path) {
        return path != null && (path.startsWith("/api/admin") || path.startsWith("/api/parse")
                || path.startsWith("/q/metrics"));
    }

    void handle(RoutingContext ctx) {
        String path = ctx.request().path();
        if (!guarded(path)) {
            ctx.next();
            return;
        }
        if (!authorized(ctx.request().getHeader(HttpHeaders.AUTHORIZATION))) {
            refuse(ctx, 401, "This endpoint is for the operator: send HTTP Basic credentials (ow.admin.user and"
                    + " ow.admin.password).");
            return;
        }
        if (path.startsWith("/api/parse")) {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && tooLarge(length)) {
                refuse(ctx, 413, "The page is larger than the dry run accepts (" + config.parseMaxBody().asLongValue()
                        + " bytes, ow.admin.parse-max-body).");
                return;
            }
            if (!dryRuns.tryAcquire()) {
                ctx.response().putHeader(HttpHeaders.RETRY_AFTER, "5");
                refuse(ctx, 429, "Too many dry runs at once (ow.admin.parse-concurrency); try again in a few seconds.");
                return;
            }
            ctx.addEndHandler(done -> dryRuns.release());
        }
        ctx.next();
    }

    private boolean tooLarge(String length) {
        try {
            return Long.parseLong(length.trim()) > config.parseMaxBody().asLongValue();
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** Compares digests in constant time, so the answer's timing tells nothing about the password. */
    boolean authorized(String header) {
        if (expected == null || header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        try {
            String given = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            return MessageDigest.isEqual(expected, sha256(given));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void refuse(RoutingContext ctx, int status, String message) {
        if (status == 401) {
            ctx.response().putHeader("WWW-Authenticate", REALM);
        }
        String reason = status == 401 ? "Unauthorized" : status == 413 ? "Payload Too Large" : "Too Many Requests";
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end("{\"status\":" + status + ",\"error\":\"" + reason + "\",\"message\":\"" + message + "\"}");
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
