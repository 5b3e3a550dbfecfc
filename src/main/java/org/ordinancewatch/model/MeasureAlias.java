package org.ordinancewatch.model;

import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A file a curator merged into an existing measure: later scrapes of the file update that measure. */
@Entity
@Table(name = "measure_alias")
public class MeasureAlias extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "jurisdiction_id")
    public Jurisdiction jurisdiction;

    @Column(name = "file_number", nullable = false)
    public String fileNumber;

    @ManyToOne(optional = false)
    @JoinColumn(name = "measure_id")
    public Measure measure;

    public static Optional<Measure> measureFor(Jurisdiction jurisdiction, String fileNumber) {
        if (fileNumber == null || fileNumber.isBlank()) {
            return Optional.empty();
        }
        return MeasureAlias.<MeasureAlias>find("jurisdiction = ?1 and lower(fileNumber) = ?2", jurisdiction,
                FileNumbers.key(fileNumber)).firstResultOptional().map(a -> a.measure);
    }
}
