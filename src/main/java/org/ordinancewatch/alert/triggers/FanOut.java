package org.ordinancewatch.alert.triggers;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.ordinancewatch.alert.outbox.AlertKind;
import org.ordinancewatch.alert.triggers.SubscriptionMatcher.Place;
import org.ordinancewatch.alert.triggers.SubscriptionMatcher.Topic;

/**
 * An event owed to every subscriber in its scope: written in the transaction of the change that caused it (so it
 * exists if and only if the change was committed), then expanded into alerts by {@link FanOuts}, in subscriber id
 * order, {@code lastSubscriberId} recording how far.
 */
@Entity
@Table(name = "alert_fanout")
public class FanOut extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_key", nullable = false)
    public String eventKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AlertKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Topic topic;

    @Column(nullable = false)
    public String environment;

    @Column(nullable = false)
    public String jurisdiction;

    public String region;

    /** Measure slugs, one per line; null when none. */
    public String measures;

    /** The content every alert shares, as an alert payload (without why it came). */
    @Column(nullable = false)
    public String payload;

    @Column(name = "last_subscriber_id", nullable = false)
    public long lastSubscriberId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    public Place place() {
        List<String> slugs = measures == null ? List.of() : Arrays.asList(measures.split("\n"));
        return new Place(jurisdiction, region, slugs);
    }

    public void place(Place place) {
        jurisdiction = place.jurisdiction();
        region = place.region();
        measures = place.measures().isEmpty() ? null : String.join("\n", place.measures());
    }

    /** This deployment's fan-outs not yet expanded to the end, oldest first. */
    public static List<Long> unfinished(String environment) {
        return getEntityManager().createQuery("select f.id from FanOut f where f.environment = ?1"
                + " and f.finishedAt is null order by f.id", Long.class).setParameter(1, environment).getResultList();
    }
}
