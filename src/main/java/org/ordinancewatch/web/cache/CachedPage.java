package org.ordinancewatch.web.cache;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;

/**
 * A rendered public page as it was sent: status 200, its bytes and headers, the data version it was rendered at,
 * its strong ETag (a hash of the bytes, the same on every instance that renders the same bytes) and Last-Modified.
 */
public record CachedPage(long version, Instant renderedAt, byte[] body, List<Map.Entry<String, String>> headers,
        String etag, Instant lastModified, Buffer wire) {

    /**
     * A page with its bytes also held once off-heap, read-only: every response writes that same buffer (a duplicate
     * view each time), so a cache hit copies nothing.
     */
    public static CachedPage of(long version, Instant renderedAt, byte[] body, List<Map.Entry<String, String>> headers,
            String etag, Instant lastModified) {
        ByteBuf direct = Unpooled.unreleasableBuffer(Unpooled.directBuffer(body.length).writeBytes(body).asReadOnly());
        return new CachedPage(version, renderedAt, body, headers, etag, lastModified, Buffer.buffer(direct));
    }

    /** Memory a cached page takes, roughly: its bytes and its headers. */
    int weight() {
        return 2 * body.length + 64 * headers.size() + 200;
    }
}
