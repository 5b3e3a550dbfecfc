package org.ordinancewatch.access;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change made by a signed-in user: who, when, what and why. Never updated or deleted. */
@Entity
@Table(name = "audit_log")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String action;

    public String target;

    public String detail;

    /** Newest first. */
    public static List<AuditEntry> latest(int limit) {
        return find("order by at desc, id desc").page(0, limit).list();
    }

    /** Oldest first, for export. */
    public static List<AuditEntry> all() {
        return list("order by at, id");
    }
}
