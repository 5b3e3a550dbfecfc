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
        return list("select l from MeasureLink l join fetch l.fromMeasure f join fetch f.jurisdiction "
                + "join fetch l.toMeasure t join fetch t.jurisdiction where f = ?1 or t = ?1 order by l.id", measure);
    }

    /** The links of measures that extend this one (its later sunsets). */
    public static List<MeasureLink> extending(Measure measure) {
        return list("toMeasure = ?1 and relation = ?2", measure, Relation.EXTENDS);
    }

    public static List<MeasureLink> from(Measure measure) {
        return list("fromMeasure", measure);
    }
}
