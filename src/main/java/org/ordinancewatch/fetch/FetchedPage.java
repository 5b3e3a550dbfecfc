package org.ordinancewatch.fetch;

import java.net.URI;
import java.time.Instant;

/**
 * The outcome of one fetch that got an HTTP response (any status).
 *
 * @param requestedUrl the URL asked for
 * @param finalUrl     where the redirects ended; relative links resolve against it
 * @param status       HTTP status of the final response
 * @param contentType  Content-Type header, or null
 * @param body         decompressed body (also for error statuses); empty when notModified
 * @param etag         ETag of the response, or the request's when a 304 did not repeat it
 * @param lastModified Last-Modified of the response, or the request's when a 304 did not repeat it
 * @param fetchedAt    when the final response was received
 * @param sha256       lowercase hex SHA-256 of body; null when notModified (there is no body to hash)
 * @param notModified  the server answered 304 to a conditional GET: the stored copy is current
 */
public record FetchedPage(
        URI requestedUrl,
        URI finalUrl,
        int status,
        String contentType,
        byte[] body,
        String etag,
        String lastModified,
        Instant fetchedAt,
        String sha256,
        boolean notModified) {

    /** 2xx. */
    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    @Override
    public String toString() {
        return "FetchedPage[" + status + " " + finalUrl + (notModified ? " not modified" : " " + body.length + " bytes")
                + ", sha256=" + sha256 + "]";
    }
}
