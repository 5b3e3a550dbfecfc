package org.ordinancewatch.parse;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A fetched page exactly as it came over the wire.
 *
 * @param body        the raw bytes (already decompressed)
 * @param url         where it was fetched from; relative links resolve against it
 * @param contentType the Content-Type header, or null
 * @param fetchedAt   when it was fetched
 */
public record Page(byte[] body, URI url, String contentType, Instant fetchedAt) {

    /** The charset a browser would use: BOM, then the Content-Type header, then {@code <meta>}; see {@link BrowserCharset}. */
    public Charset charset() {
        return BrowserCharset.of(body, contentType);
    }

    /** Whether the body is a PDF: served as {@code application/pdf}, or starting with the {@code %PDF-} header. */
    public boolean isPdf() {
        boolean pdfType = contentType != null
                && contentType.strip().toLowerCase(java.util.Locale.ROOT).startsWith("application/pdf");
        return pdfType || hasPdfHeader(body);
    }

    /** Whether the bytes start with {@code %PDF-}, as every PDF file does. */
    public static boolean hasPdfHeader(byte[] bytes) {
        return bytes != null && bytes.length >= 5 && new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-");
    }

    public String text() {
        return BrowserCharset.decode(body, contentType);
    }
}
