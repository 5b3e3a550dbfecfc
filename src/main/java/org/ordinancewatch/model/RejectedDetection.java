package org.ordinancewatch.model;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A file a curator rejected as not about face recognition: the scrapers never propose it again. */
@Entity
@Table(name = "rejected_detection")
public class RejectedDetection extends PanacheEntityBase {

    public static final int FILE_NUMBER_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "jurisdiction_id")
    public Jurisdiction jurisdiction;

    @Column(name = "file_number", nullable = false)
    public String fileNumber;

    public String title;

    @Column(nullable = false)
    public String reason;

    @Column(name = "rejected_by", nullable = false)
    public String rejectedBy;

    @Column(name = "rejected_at", nullable = false)
    public Instant rejectedAt;

    /** Whether this file number (compared as measure identifiers are) was rejected in the jurisdiction. */
    public static boolean isRejected(Jurisdiction jurisdiction, String fileNumber) {
        return fileNumber != null && !fileNumber.isBlank()
                && count("jurisdiction = ?1 and lower(fileNumber) = ?2", jurisdiction, FileNumbers.key(fileNumber)) > 0;
    }
}
