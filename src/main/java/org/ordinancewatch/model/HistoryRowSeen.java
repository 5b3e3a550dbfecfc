package org.ordinancewatch.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A row of a file's history that has been applied, identified by a hash of its content. */
@Entity
@Table(name = "history_row_seen")
public class HistoryRowSeen extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "measure_id")
    public Measure measure;

    @Column(name = "row_key", nullable = false)
    public String rowKey;

    public static Set<String> keysFor(Measure measure) {
        List<String> keys = getEntityManager()
                .createQuery("select h.rowKey from HistoryRowSeen h where h.measure = :m", String.class)
                .setParameter("m", measure).getResultList();
        return new HashSet<>(keys);
    }

    public static void remember(Measure measure, String rowKey) {
        HistoryRowSeen seen = new HistoryRowSeen();
        seen.measure = measure;
        seen.rowKey = rowKey;
        seen.persist();
    }
}
