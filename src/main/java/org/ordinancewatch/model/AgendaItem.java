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

/** One item on a meeting's agenda; relevant items are linked to the measure they concern. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem extends PanacheEntityBase {

    /** Column widths (V3__scraping.sql); see {@link Columns#fit}. */
    public static final int ITEM_KEY_WIDTH = 400;
    public static final int NUMBER_WIDTH = 50;
    public static final int FILE_NUMBER_WIDTH = 100;
    public static final int TITLE_WIDTH = 4000;
    public static final int ACTION_WIDTH = 500;
    public static final int RESULT_WIDTH = 100;
    public static final int URL_WIDTH = 2000;
    public static final int MATCHED_TERMS_WIDTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id")
    public Meeting meeting;

    /** File number, item number or title: what identifies the item within its meeting. */
    @Column(name = "item_key", nullable = false)
    public String itemKey;

    public String number;

    @Column(name = "file_number")
    public String fileNumber;

    @Column(nullable = false)
    public String title;

    public String action;
    public String result;
    public String url;

    /** Whether the topic classifier found it relevant. */
    @Column(nullable = false)
    public boolean relevant;

    /** The terms that matched, comma separated. */
    @Column(name = "matched_terms")
    public String matchedTerms;

    @ManyToOne
    @JoinColumn(name = "measure_id")
    public Measure measure;

    @Column(name = "first_seen_at", nullable = false)
    public Instant firstSeenAt;

    public static Optional<AgendaItem> findByKey(Meeting meeting, String itemKey) {
        return find("meeting = ?1 and itemKey = ?2", meeting, itemKey).firstResultOptional();
    }

    public static List<AgendaItem> forMeeting(Meeting meeting) {
        return list("meeting = ?1 order by id", meeting);
    }

    public static List<AgendaItem> forMeasure(Measure measure) {
        return list("select i from AgendaItem i join fetch i.meeting where i.measure = ?1 order by i.meeting.startAt", measure);
    }
}
