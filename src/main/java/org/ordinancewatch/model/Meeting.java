package org.ordinancewatch.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A meeting of a body in a tracked jurisdiction, as its agenda platform lists it. */
@Entity
public class Meeting extends PanacheEntityBase {

    /** Column widths (V3__scraping.sql); see {@link Columns#fit}. */
    public static final int SOURCE_KEY_WIDTH = 400;
    public static final int BODY_WIDTH = 300;
    public static final int TITLE_WIDTH = 500;
    public static final int LOCATION_WIDTH = 500;
    /** Width of {@code url} and of the agenda, minutes and video links. */
    public static final int URL_WIDTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "jurisdiction_id")
    public Jurisdiction jurisdiction;

    /** The platform's id for the meeting, or its URL, or body and start: stable across fetches. */
    @Column(name = "source_key", nullable = false)
    public String sourceKey;

    public String body;
    public String title;

    @Column(name = "start_at")
    public OffsetDateTime startAt;

    public String location;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeetingStatus status;

    public String url;

    @Column(name = "agenda_url")
    public String agendaUrl;

    @Column(name = "minutes_url")
    public String minutesUrl;

    @Column(name = "video_url")
    public String videoUrl;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "snapshot_id")
    public Snapshot snapshot;

    @Column(name = "first_seen_at", nullable = false)
    public Instant firstSeenAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<Meeting> findBySource(Jurisdiction jurisdiction, String sourceKey) {
        return find("jurisdiction = ?1 and sourceKey = ?2", jurisdiction, sourceKey).firstResultOptional();
    }

    /** Meetings from {@code from} on that have at least one relevant item, soonest first. */
    public static List<Meeting> upcomingWithRelevantItems(OffsetDateTime from) {
        return list("select distinct m from Meeting m join fetch m.jurisdiction where m.startAt >= ?1 and exists "
                + "(select 1 from AgendaItem i where i.meeting = m and i.relevant = true) order by m.startAt", from);
    }

    public static List<Meeting> forJurisdiction(Jurisdiction jurisdiction) {
        return list("jurisdiction = ?1 order by startAt desc nulls last", jurisdiction);
    }
}
