package org.ordinancewatch.fetch;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * What to fetch, with the validators of the copy already held so the server can answer 304 Not Modified.
 *
 * @param url          absolute http(s) URL
 * @param etag         previous ETag, sent as If-None-Match; null if none
 * @param lastModified previous Last-Modified, sent verbatim as If-Modified-Since; null if none
 * @param form         form fields to POST (application/x-www-form-urlencoded), for ASP.NET postbacks; null
 *                     for a GET. A redirect after a POST is followed with a GET, as browsers do.
 */
public record FetchRequest(URI url, String etag, String lastModified, Map<String, String> form) {

    public FetchRequest {
        Objects.requireNonNull(url, "url");
        form = form == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(form));
    }

    public FetchRequest(URI url, String etag, String lastModified) {
        this(url, etag, lastModified, null);
    }

    /** A POST of {@code form} to {@code url}; never conditional. */
    public static FetchRequest post(URI url, Map<String, String> form) {
        return new FetchRequest(url, null, null, Objects.requireNonNull(form, "form"));
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
