package org.ordinancewatch.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Requests the server cannot read are the client's mistake: a 400 that names what was wrong, without a
 * stack trace in the log. RESTEasy Reactive reports a form body with broken percent-encoding ({@code %ZZ},
 * a cut-off {@code %2}) as an IllegalArgumentException while binding {@code @FormParam}s.
 */
public class MalformedRequests {

    private static final Logger LOG = Logger.getLogger(MalformedRequests.class);
    private static final String FORM_DECODING = "Failed to decode URL";

    @ServerExceptionMapper
    public Response illegalArgument(IllegalArgumentException e, UriInfo uri) {
        if (e.getMessage() != null && e.getMessage().startsWith(FORM_DECODING)) {
            LOG.debugf("Malformed form body for %s: %s", uri.getPath(), e.getMessage());
            return ErrorPages.respond(uri, 400, "The form data has broken percent-encoding (a '%' must be followed"
                    + " by two hexadecimal digits); nothing was changed.");
        }
        return new ErrorPages().unexpected(e, uri);
    }
}
