package org.ordinancewatch.web;

import java.sql.SQLException;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * More requests than the database connection pool can serve: the one that waited longest for a connection gives up
 * with 503 and Retry-After (the client may come back in a moment), never a 500 with a stack trace. The same when the
 * database cannot be reached at all ({@link DatabaseOutage}), logged once per outage. Any other persistence failure
 * is an unexpected error as before.
 */
public class Overload {

    private static final Logger LOG = Logger.getLogger(Overload.class);
    static final String RETRY_AFTER_SECONDS = "2";
    /** An outage usually lasts longer than a busy moment. */
    static final String OUTAGE_RETRY_AFTER_SECONDS = "10";

    @ServerExceptionMapper
    public Response persistence(PersistenceException e, UriInfo uri) {
        if (isPoolExhausted(e)) {
            LOG.warnf("No database connection free in time for %s; answered 503", uri.getPath());
            return Response.fromResponse(ErrorPages.respond(uri, 503,
                    "Ordinance Watch is busy right now; please try again in a few seconds."))
                    .header("Retry-After", RETRY_AFTER_SECONDS).header("Cache-Control", "no-store").build();
        }
        return new ErrorPages().unexpected(e, uri);
    }

    /** 503 for a request that failed because the database cannot be reached. */
    static Response databaseUnavailable(Throwable cause, UriInfo uri) {
        DatabaseOutage.answeredUnavailable(cause, uri.getPath());
        return Response.fromResponse(ErrorPages.respond(uri, 503,
                "Ordinance Watch cannot reach its database right now; please try again in a little while."))
                .header("Retry-After", OUTAGE_RETRY_AFTER_SECONDS).header("Cache-Control", "no-store").build();
    }

    /** Agroal reports a pool that stayed full past its acquisition timeout as "Sorry, acquisition timeout!". */
    static boolean isPoolExhausted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException && t.getMessage() != null
                    && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }
}
