package org.ordinancewatch.model;

import java.time.Instant;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A fetched page kept as evidence: status changes point at the snapshot they were read from. */
@Entity
public class Snapshot extends PanacheEntityBase {

    /** Column widths (V3__scraping.sql). */
    public static final int URL_WIDTH = 2000;
    public static final int CONTENT_TYPE_WIDTH = 200;
    public static final int ETAG_WIDTH = 500;
    public static final int LAST_MODIFIED_WIDTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "jurisdiction_id")
    public Jurisdiction jurisdiction;

    @Column(nullable = false)
    public String url;

    @Column(name = "final_url", nullable = false)
    public String finalUrl;

    @Column(name = "fetched_at", nullable = false)
    public Instant fetchedAt;

    @Column(name = "http_status", nullable = false)
    public int httpStatus;

    @Column(name = "content_type")
    public String contentType;

    @Column(nullable = false)
    public String sha256;

    public String etag;

    @Column(name = "last_modified")
    public String lastModified;

    @Column(name = "size_bytes", nullable = false)
    public int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "body_gzip", nullable = false)
    public byte[] bodyGzip;

    /** The newest snapshot of a URL, whose validators a conditional GET sends. */
    public static Optional<Snapshot> latestFor(String url) {
        return find("url = ?1 order by fetchedAt desc, id desc", url).firstResultOptional();
    }
}
