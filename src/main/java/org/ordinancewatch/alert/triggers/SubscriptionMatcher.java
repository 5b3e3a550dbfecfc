package org.ordinancewatch.alert.triggers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.ordinancewatch.alert.AlertConfig;
import org.ordinancewatch.alert.subscriptions.Scope;
import org.ordinancewatch.alert.subscriptions.Subscription;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.model.Measure;

/**
 * Finds the confirmed subscriptions of this deployment's subscribers that an event is in scope of:
 * everything, the jurisdiction's region,
 * the jurisdiction, or one of the measures concerned. One subscription per subscriber, the most
 * specific one, so an email names the subscription that matters most.
 */
@ApplicationScoped
public class SubscriptionMatcher {

    /** The kind of news, as the subscription flag that asks for it. */
    public enum Topic {
        STATUS_CHANGES("statusChanges"), DETECTIONS("detections"), HEARINGS("hearings"), SUNSETS("sunsets");

        private final String field;

        Topic(String field) {
            this.field = field;
        }
    }

    private static final Comparator<Subscription> MOST_SPECIFIC_FIRST = Comparator
            .comparing((Subscription s) -> -s.scope.ordinal())
            .thenComparing(s -> s.id);

    private final EntityManager em;
    private final AlertConfig config;

    public SubscriptionMatcher(EntityManager em, AlertConfig config) {
        this.em = em;
        this.config = config;
    }

    /** Where an event happened: the jurisdiction, its region and the measures concerned (by slug). */
    public record Place(String jurisdiction, String region, List<String> measures) {

        public static Place of(Jurisdiction jurisdiction, Collection<Measure> measures) {
            return new Place(jurisdiction.slug, jurisdiction.region,
                    measures.stream().map(m -> m.slug).distinct().toList());
        }
    }

    public List<Subscription> match(Topic topic, Jurisdiction jurisdiction, Collection<Measure> measures) {
        return match(topic, Place.of(jurisdiction, measures), 0, Long.MAX_VALUE);
    }

    /** Whether any subscriber is in scope: an event no one follows needs no fan-out. */
    public boolean anyMatch(Topic topic, Place place) {
        return !query("select s.id", topic, place, 0, Long.MAX_VALUE, Long.class).setMaxResults(1).getResultList()
                .isEmpty();
    }

    /**
     * The ids of the next {@code limit} subscribers in scope after subscriber {@code after}, in id order: the
     * batches a fan-out is expanded in.
     */
    public List<Long> nextSubscribers(Topic topic, Place place, long after, int limit) {
        return query("select distinct s.subscriber.id", topic, place, after, Long.MAX_VALUE, Long.class,
                " order by s.subscriber.id").setMaxResults(limit).getResultList();
    }

    /** The matches of the subscribers whose id is above {@code after} and at most {@code upTo}. */
    public List<Subscription> match(Topic topic, Place place, long after, long upTo) {
        List<Subscription> all = new ArrayList<>(query("select s", topic, place, after, upTo, Subscription.class)
                .setHint("org.hibernate.readOnly", true).getResultList());
        all.sort(MOST_SPECIFIC_FIRST);
        Map<Long, Subscription> perSubscriber = new LinkedHashMap<>();
        for (Subscription s : all) {
            perSubscriber.putIfAbsent(s.subscriber.id, s);
        }
        return List.copyOf(perSubscriber.values());
    }

    private <T> TypedQuery<T> query(String select, Topic topic, Place place, long after, long upTo, Class<T> type) {
        return query(select, topic, place, after, upTo, type, "");
    }

    private <T> TypedQuery<T> query(String select, Topic topic, Place place, long after, long upTo, Class<T> type,
            String orderBy) {
        String fetch = type == Subscription.class ? " join fetch s.subscriber" : "";
        StringBuilder q = new StringBuilder(select + " from Subscription s" + fetch + " where s.confirmedAt"
                + " is not null and s.subscriber.environment = :environment and s." + topic.field + " = true"
                + " and s.subscriber.id > :after and s.subscriber.id <= :upTo"
                + " and (s.scope = :everything"
                + " or (s.scope = :jurisdictionScope and s.target = :jurisdiction)");
        if (place.region() != null) {
            q.append(" or (s.scope = :regionScope and s.target = :region)");
        }
        if (!place.measures().isEmpty()) {
            q.append(" or (s.scope = :measureScope and s.target in :measures)");
        }
        q.append(")").append(orderBy);
        TypedQuery<T> query = em.createQuery(q.toString(), type)
                .setParameter("environment", config.environment())
                .setParameter("after", after)
                .setParameter("upTo", upTo)
                .setParameter("everything", Scope.EVERYTHING)
                .setParameter("jurisdictionScope", Scope.JURISDICTION)
                .setParameter("jurisdiction", place.jurisdiction());
        if (place.region() != null) {
            query.setParameter("regionScope", Scope.REGION).setParameter("region", place.region());
        }
        if (!place.measures().isEmpty()) {
            query.setParameter("measureScope", Scope.MEASURE).setParameter("measures", place.measures());
        }
        return query;
    }
}
