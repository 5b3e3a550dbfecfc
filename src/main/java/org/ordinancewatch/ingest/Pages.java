package org.ordinancewatch.ingest;

import org.ordinancewatch.fetch.FetchedPage;
import org.ordinancewatch.parse.Page;

/** Hands a fetched body to the adapters: the fetch layer knows nothing of parsing, so its caller builds the page. */
public final class Pages {

    private Pages() {
    }

    /** The body as an adapter reads it; a 304 has no body (use the stored copy instead). */
    public static Page of(FetchedPage fetched) {
        if (fetched.notModified()) {
            throw new IllegalStateException("304 Not Modified for " + fetched.requestedUrl()
                    + " has no body; use the stored copy");
        }
        return new Page(fetched.body(), fetched.finalUrl(), fetched.contentType(), fetched.fetchedAt());
    }
}
