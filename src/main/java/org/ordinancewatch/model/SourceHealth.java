package org.ordinancewatch.model;

import java.time.Instant;
import java.util.List;
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

/** How one source's last scrape went, so a broken scraper is seen rather than silently empty. */
@Entity
@Table(name = "source_health")
public class SourceHealth extends PanacheEntityBase {

    /** Width of {@code last_error} (V3__scraping.sql). */
    public static final int LAST_ERROR_WIDTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "jurisdiction_id")
    public Jurisdiction jurisdiction;

    /** The source definition's name (its file name under {@code scrapers/}). */
    @Column(name = "source_name", nullable = false, unique = true)
    public String sourceName;

    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;

    @Column(name = "last_success_at")
    public Instant lastSuccessAt;

    @Column(name = "last_error")
    public String lastError;

    public int pages;
    public int meetings;

    /** Agenda items found by the last run. */
    public int items;

    @Column(name = "relevant_items")
    public int relevantItems;

    /** Meetings found by the last run that found any. */
    @Column(name = "previous_meetings")
    public int previousMeetings;

    /** Agenda items found by the last run that found any. */
    @Column(name = "previous_items")
    public int previousItems;

    /**
     * Set while a source that used to yield meetings, or agenda items, yields none of them; it stays set
     * over further empty runs and clears when they come back.
     */
    @Column(name = "zero_items_alarm")
    public boolean zeroItemsAlarm;

    /** Takes one successful run's counts and sets the alarm. */
    public void counted(int pages, int meetings, int items, int relevantItems) {
        previousMeetings = this.meetings > 0 ? this.meetings : previousMeetings;
        previousItems = this.items > 0 ? this.items : previousItems;
        this.pages = pages;
        this.meetings = meetings;
        this.items = items;
        this.relevantItems = relevantItems;
        zeroItemsAlarm = meetings == 0 && previousMeetings > 0 || items == 0 && previousItems > 0;
    }

    public static Optional<SourceHealth> findBySource(String sourceName) {
        return find("sourceName", sourceName).firstResultOptional();
    }

    public static List<SourceHealth> listAllByName() {
        return list("select h from SourceHealth h join fetch h.jurisdiction order by h.sourceName");
    }
}
