package org.ordinancewatch.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * What to fetch, with the validators of the copy already held so the server can answer 304 Not Modified.
 *
 * @param url          absolute http(s) URL
 * @param etag         previous ETag, sent as If-None-Match; null if none
 * @param lastModified previous Last-Modified, sent verbatim as If-Modified-Since; null if none
 */
public record FetchRequest(URI url, String etag, String lastModified) {

    public FetchRequest {
        Objects.requireNonNull(url, "url");
    }

    public static FetchRequest of(URI url) {
        return new FetchRequest(url, null, null);
    }

    public static FetchRequest of(String url) {
        return of(URI.create(url));
    }

    /** A conditional GET revalidating an earlier fetch. */
    public static FetchRequest revalidating(FetchedPage previous) {
        return new FetchRequest(previous.requestedUrl(), previous.etag(), previous.lastModified());
    }

    public boolean isConditional() {
        return etag != null || lastModified != null;
    }
}
