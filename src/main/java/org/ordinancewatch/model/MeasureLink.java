package org.ordinancewatch.model;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A directed relation between two measures: {@code fromMeasure} reintroduces / replaces / repeals {@code toMeasure}. */
@Entity
@Table(name = "measure_link")
public class MeasureLink extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "from_measure_id")
    public Measure fromMeasure;

    @ManyToOne(optional = false)
    @JoinColumn(name = "to_measure_id")
    public Measure toMeasure;

    @Column(nullable = false)
    public Relation relation;

    public static List<MeasureLink> involving(Measure measure) {
        return list("fromMeasure = ?1 or toMeasure = ?1", measure);
    }

    public static List<MeasureLink> from(Measure measure) {
        return list("fromMeasure", measure);
    }
}
