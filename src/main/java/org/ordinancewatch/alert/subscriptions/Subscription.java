package org.ordinancewatch.alert.subscriptions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One "tell me about X" request of a subscriber: a scope, the kinds of news and a cadence. */
@Entity
public class Subscription extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "subscriber_id")
    public Subscriber subscriber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Scope scope;

    /** Region code, jurisdiction slug or measure slug; null for everything. */
    public String target;

    @Column(name = "status_changes", nullable = false)
    public boolean statusChanges;

    @Column(nullable = false)
    public boolean detections;

    @Column(nullable = false)
    public boolean hearings;

    @Column(nullable = false)
    public boolean sunsets;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Cadence cadence;

    /** Null until confirmed; unconfirmed subscriptions never match an event. */
    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    public void setKinds(Kinds kinds) {
        statusChanges = kinds.statusChanges();
        detections = kinds.detections();
        hearings = kinds.hearings();
        sunsets = kinds.sunsets();
    }

    public Kinds kinds() {
        return new Kinds(statusChanges, detections, hearings, sunsets);
    }

    /** "status changes, upcoming hearings" */
    public String kindsText() {
        List<String> names = new ArrayList<>();
        if (statusChanges) {
            names.add("status changes");
        }
        if (detections) {
            names.add("newly detected measures");
        }
        if (hearings) {
            names.add("upcoming hearings");
        }
        if (sunsets) {
            names.add("approaching sunsets");
        }
        return String.join(", ", names);
    }

    /** The subscriber's subscription to what is followed, confirmed or still pending. */
    public static Optional<Subscription> following(Subscriber subscriber, Followed followed, boolean confirmed) {
        String state = confirmed ? " and confirmedAt is not null" : " and confirmedAt is null";
        return followed.target() == null
                ? find("subscriber = ?1 and scope = ?2 and target is null" + state, subscriber, followed.scope())
                        .firstResultOptional()
                : find("subscriber = ?1 and scope = ?2 and target = ?3" + state, subscriber, followed.scope(),
                        followed.target()).firstResultOptional();
    }

    public static List<Subscription> forSubscriber(Subscriber subscriber) {
        return list("subscriber = ?1 and confirmedAt is not null order by id", subscriber);
    }
}
