package org.ordinancewatch.model;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
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

/**
 * One move of a measure's status, with its origin: every status ever shown has one. The reason names
 * the rule ({@code rule:sunset-reached}) or the curator action ({@code curator:config/measures.csv line 4}).
 */
@Entity
@Table(name = "status_change")
public class StatusChange extends PanacheEntityBase {

    /** Column widths (V1__core_schema.sql); see {@link Columns#fit}. */
    public static final int ACTION_TEXT_WIDTH = 1000;
    public static final int SOURCE_LABEL_WIDTH = 500;
    public static final int SOURCE_URL_WIDTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "measure_id")
    public Measure measure;

    /** Null for the first status a measure was recorded with. */
    @Column(name = "from_status")
    public Status fromStatus;

    @Column(name = "to_status", nullable = false)
    public Status toStatus;

    /** When it happened in the world, where known. */
    @Column(name = "occurred_on")
    public PartialDate occurredOn;

    /** When Ordinance Watch recorded it. */
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(nullable = false)
    public String reason;

    /** The action text that caused it ("Signed by Mayor"), where one did. */
    @Column(name = "action_text")
    public String actionText;

    @Column(name = "source_label")
    public String sourceLabel;

    @Column(name = "source_url")
    public String sourceUrl;

    /** The archived page the change was read from, when a scraper found it. */
    @ManyToOne(fetch = jakarta.persistence.FetchType.LAZY)
    @JoinColumn(name = "snapshot_id")
    public Snapshot snapshot;

    /** A move a rule read from a council's words waits for a curator's review; see {@link ReviewState}. */
    @Column(name = "review_state", nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public ReviewState reviewState = ReviewState.CONFIRMED;

    /** The curator who made or reviewed the move; null for the seed file and the rules. */
    public String curator;

    public boolean isUnreviewed() {
        return reviewState == ReviewState.UNREVIEWED;
    }

    /** Oldest first: the order a timeline is read in. */
    public static List<StatusChange> timeline(Measure measure) {
        return list("measure = ?1 order by recordedAt, id", measure);
    }

    /**
     * The latest moves in the world, by when they happened. A move whose date no source gives counts from
     * the day it was recorded, so a fresh undated change is not buried under years of dated ones; an
     * undated first status (a measure entered as "proposed", date unknown) is no news and comes last.
     */
    public static List<StatusChange> recent(int limit) {
        List<StatusChange> candidates = new ArrayList<>(withPlaces(latestIds(
                "c.occurredOn is not null order by c.occurredOn desc, c.recordedAt desc, c.id desc", limit)));
        candidates.addAll(withPlaces(latestIds(
                "c.occurredOn is null and c.fromStatus is not null order by c.recordedAt desc, c.id desc", limit)));
        List<StatusChange> recent = new ArrayList<>(candidates.stream()
                .sorted(Comparator.comparing(StatusChange::effectiveDate)
                        .thenComparing(c -> c.recordedAt).thenComparing(c -> c.id).reversed())
                .limit(limit)
                .toList());
        if (recent.size() < limit) {
            List<StatusChange> undated = withPlaces(latestIds(
                    "c.occurredOn is null and c.fromStatus is null order by c.recordedAt desc, c.id desc",
                    limit - recent.size()));
            undated.sort(Comparator.comparing((StatusChange c) -> c.recordedAt).thenComparing(c -> c.id).reversed());
            recent.addAll(undated);
        }
        return recent;
    }

    /** The ids first, from the changes table alone, so the database sorts changes, not changes joined to places. */
    private static List<Long> latestIds(String whereAndOrder, int limit) {
        return getEntityManager().createQuery("select c.id from StatusChange c where " + whereAndOrder, Long.class)
                .setMaxResults(limit).getResultList();
    }

    private static List<StatusChange> withPlaces(List<Long> ids) {
        if (ids.isEmpty()) {
            return new ArrayList<>();
        }
        return new ArrayList<>(getEntityManager().createQuery("select c from StatusChange c join fetch c.measure m "
                + "join fetch m.jurisdiction where c.id in :ids", StatusChange.class).setParameter("ids", ids)
                .getResultList());
    }

    /** When the move happened, or else the day it was recorded (UTC). */
    public PartialDate effectiveDate() {
        return occurredOn != null ? occurredOn
                : PartialDate.of(recordedAt.atZone(ZoneOffset.UTC).toLocalDate());
    }
}
