package org.ordinancewatch.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Errors as people and programs expect them: a real HTML page for browsers, a JSON body under
 * {@code /api}, never a stack trace.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    public record ApiError(int status, String error, String message) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String title, String message);
    }

    @ServerExceptionMapper
    public Response webError(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String message = e.getMessage();
        if (status == 404 && (message == null || message.startsWith("HTTP 404"))) {
            message = "There is nothing at this address.";
        }
        return respond(uri, status, message);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        if (DatabaseOutage.causedBy(e)) {
            return Overload.databaseUnavailable(e, uri);
        }
        LOG.error("Unexpected error serving " + uri.getRequestUri(), e);
        return respond(uri, 500, "Something went wrong on our side; it has been logged.");
    }

    static Response respond(UriInfo uri, int status, String message) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error " + status : known.getReasonPhrase();
        if (uri.getPath().startsWith("/api")) {
            return Response.status(status).type(MediaType.APPLICATION_JSON)
                    .entity(new ApiError(status, title, message)).build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, title, message).render()).build();
    }
}
