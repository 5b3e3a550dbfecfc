package org.ordinancewatch.fetch;

import java.net.URI;

/**
 * A fetch that produced no usable HTTP response: refused before connecting, or failed after all retries.
 * An HTTP error status is NOT an exception: it comes back as a {@link FetchedPage} with that status,
 * because callers need the code (404 = gone, 410, 403, ...).
 */
public class FetchException extends Exception {

    public enum Reason {
        /** Not http or https. */
        UNSUPPORTED_SCHEME,
        /** Malformed URL, or a redirect Location that is not a URL. */
        INVALID_URL,
        /** Host resolves to loopback, private, link-local, ... addresses. */
        FORBIDDEN_ADDRESS,
        /** Host name does not resolve. */
        UNKNOWN_HOST,
        /** robots.txt forbids the path, or robots.txt is unreachable (treated as disallow-all for a while). */
        DISALLOWED_BY_ROBOTS,
        TOO_MANY_REDIRECTS,
        /** Body larger than maxBytes, on the wire or after decompression. */
        TOO_LARGE,
        /** Content-Encoding we did not ask for and cannot decode, or a corrupt compressed body. */
        BAD_ENCODING,
        /** Connect, header or body timeout on the last attempt. */
        TIMEOUT,
        /** Other I/O failure on the last attempt. */
        NETWORK,
        /** The calling thread was interrupted; its interrupt flag is set again. */
        INTERRUPTED
    }

    private final URI url;
    private final Reason reason;

    public FetchException(URI url, Reason reason, String detail) {
        this(url, reason, detail, null);
    }

    public FetchException(URI url, Reason reason, String detail, Throwable cause) {
        super("Cannot fetch " + url + ": " + detail, cause);
        this.url = url;
        this.reason = reason;
    }

    /** The URL (possibly a redirect hop) the failure concerns. */
    public URI url() {
        return url;
    }

    public Reason reason() {
        return reason;
    }
}
