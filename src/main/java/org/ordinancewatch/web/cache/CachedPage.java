package org.ordinancewatch.web.cache;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A rendered public page as it was sent: status 200, its bytes and headers, the data version it was rendered at,
 * its strong ETag (a hash of the bytes, the same on every instance that renders the same bytes) and Last-Modified.
 */
public record CachedPage(long version, Instant renderedAt, byte[] body, List<Map.Entry<String, String>> headers,
        String etag, Instant lastModified) {

    /** Memory a cached page takes, roughly: its bytes and its headers. */
    int weight() {
        return body.length + 64 * headers.size() + 200;
    }
}
