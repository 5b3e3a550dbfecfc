package org.ordinancewatch.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.ordinancewatch.fetch.Compression;
import org.ordinancewatch.fetch.FetchedPage;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.model.Snapshot;

/**
 * Keeps every fetched page as evidence, gzip-compressed in the database. A page whose content is the
 * same as the newest copy of its URL is not stored again.
 */
@ApplicationScoped
public class PageArchive {

    /** What a crawl needs of a stored copy without holding the entity. */
    public record Stored(long id, String etag, String lastModified, String sha256) {
    }

    @Transactional
    public Optional<Stored> latest(String url) {
        return Snapshot.latestFor(cut(url, Snapshot.URL_WIDTH)).map(s -> new Stored(s.id, s.etag, s.lastModified, s.sha256));
    }

    /** Stores the page under {@code key} (its URL, or URL#view for a posted-back view) unless unchanged. */
    @Transactional
    public Stored store(long jurisdictionId, String key, FetchedPage page) {
        Optional<Snapshot> latest = Snapshot.latestFor(cut(key, Snapshot.URL_WIDTH));
        if (latest.isPresent() && latest.get().sha256.equals(page.sha256())) {
            Snapshot s = latest.get();
            return new Stored(s.id, s.etag, s.lastModified, s.sha256);
        }
        Snapshot s = new Snapshot();
        s.jurisdiction = Jurisdiction.getEntityManager().getReference(Jurisdiction.class, jurisdictionId);
        // A hostile server's headers must not make the evidence unstorable: cut them to the column widths.
        s.url = cut(key, Snapshot.URL_WIDTH);
        s.finalUrl = cut(page.finalUrl().toString(), Snapshot.URL_WIDTH);
        s.fetchedAt = page.fetchedAt();
        s.httpStatus = page.status();
        s.contentType = cut(page.contentType(), Snapshot.CONTENT_TYPE_WIDTH);
        s.sha256 = page.sha256();
        s.etag = cut(page.etag(), Snapshot.ETAG_WIDTH);
        s.lastModified = cut(page.lastModified(), Snapshot.LAST_MODIFIED_WIDTH);
        s.sizeBytes = page.body().length;
        s.bodyGzip = Compression.gzip(page.body());
        s.persist();
        return new Stored(s.id, s.etag, s.lastModified, s.sha256);
    }

    /** Cut exactly (no ellipsis): a stored key must stay the same prefix of the address it names. */
    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    /** The stored body, decompressed. */
    @Transactional
    public byte[] body(long snapshotId, long maxBytes) {
        Snapshot s = Snapshot.findById(snapshotId);
        try {
            return Compression.gunzip(s.bodyGzip, maxBytes);
        } catch (IOException e) {
            throw new UncheckedIOException("archived page " + snapshotId + " cannot be read", e);
        }
    }

    @Transactional
    public String contentType(long snapshotId) {
        Snapshot s = Snapshot.findById(snapshotId);
        return s.contentType;
    }
}
