package org.ordinancewatch.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.ordinancewatch.model.Snapshot;

/**
 * {@code /archive/{id}}: a page as a scraper fetched it, under a banner with the original address, fetch time,
 * SHA-256 and HTTP status. The archived HTML is shown cleaned (no scripts, styles, images or forms, so the page
 * makes no request elsewhere); the exact bytes are a download at {@code /archive/{id}/raw}.
 */
@Path("/archive")
public class ArchiveResource {

    static final int MAX_SHOWN_BYTES = 2 * 1024 * 1024;

    public record ArchivedPage(Snapshot snapshot, String cleanedHtml, boolean html) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(ArchivedPage page);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("id") String id) {
        Snapshot s = find(id);
        boolean html = s.contentType == null || s.contentType.contains("html") || s.contentType.contains("xml");
        String cleaned = null;
        if (html) {
            Document doc = Jsoup.parse(new String(body(s), charset(s)), s.finalUrl);
            Safelist allowed = Safelist.relaxed().removeTags("img").addAttributes("a", "rel")
                    .preserveRelativeLinks(false);
            cleaned = Jsoup.clean(doc.body().html(), s.finalUrl, allowed);
        }
        return Templates.show(new ArchivedPage(s, cleaned, html));
    }

    @GET
    @Path("/{id}/raw")
    public Response raw(@PathParam("id") String id) {
        Snapshot s = find(id);
        return Response.ok(body(s), MediaType.APPLICATION_OCTET_STREAM)
                .header("Content-Disposition", "attachment; filename=\"snapshot-" + s.id + "-" + s.sha256.substring(0, 12) + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    private static Snapshot find(String id) {
        if (!id.matches("\\d{1,18}")) {
            throw new NotFoundException("No archived page has the id '" + (id.length() > 30 ? id.substring(0, 30) : id) + "'.");
        }
        Snapshot s = Snapshot.findById(Long.parseLong(id));
        if (s == null) {
            throw new NotFoundException("No archived page has the id " + id + ".");
        }
        return s;
    }

    private static byte[] body(Snapshot s) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(s.bodyGzip))) {
            return in.readNBytes(MAX_SHOWN_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("archived page " + s.id + " cannot be decompressed", e);
        }
    }

    private static java.nio.charset.Charset charset(Snapshot s) {
        if (s.contentType != null) {
            int at = s.contentType.toLowerCase(java.util.Locale.ROOT).indexOf("charset=");
            if (at >= 0) {
                try {
                    return java.nio.charset.Charset.forName(s.contentType.substring(at + 8).replace("\"", "").trim());
                } catch (IllegalArgumentException e) {
                    // an unknown charset name falls back to UTF-8
                }
            }
        }
        return java.nio.charset.StandardCharsets.UTF_8;
    }
}
