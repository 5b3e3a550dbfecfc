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

    /** The charset named in the content type, or UTF-8. */
    public Charset charset() {
        if (contentType != null) {
            for (String part : contentType.split(";")) {
                String p = part.trim();
                if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                    try {
                        return Charset.forName(p.substring(8).replace("\"", "").trim());
                    } catch (RuntimeException e) {
                        return StandardCharsets.UTF_8;
                    }
                }
            }
        }
        return StandardCharsets.UTF_8;
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
        return new String(body, charset());
    }
}
