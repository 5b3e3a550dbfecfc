package org.ordinancewatch.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Where a fact about a measure comes from: a URL, a publication, or both. */
@Entity
@Table(name = "measure_source")
public class SourceRef extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "measure_id")
    public Measure measure;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String label;

    /** Null when the source is a publication without a stored address. */
    public String url;

    public SourceRef() {
    }

    /** The government's own record of the measure or its text (as opposed to press and advocacy reports). */
    @Column(nullable = false)
    public boolean official;

    public SourceRef(Measure measure, int position, String label, String url) {
        this(measure, position, label, url, false);
    }

    public SourceRef(Measure measure, int position, String label, String url, boolean official) {
        this.measure = measure;
        this.position = position;
        this.label = label;
        this.url = url;
        this.official = official;
    }
}
