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

    public List<Subscription> match(Topic topic, Jurisdiction jurisdiction, Collection<Measure> measures) {
        StringBuilder q = new StringBuilder("select s from Subscription s join fetch s.subscriber where s.confirmedAt"
                + " is not null and s.subscriber.environment = :environment and s." + topic.field + " = true"
                + " and (s.scope = :everything"
                + " or (s.scope = :jurisdictionScope and s.target = :jurisdiction)");
        if (jurisdiction.region != null) {
            q.append(" or (s.scope = :regionScope and s.target = :region)");
        }
        List<String> slugs = measures.stream().map(m -> m.slug).distinct().toList();
        if (!slugs.isEmpty()) {
            q.append(" or (s.scope = :measureScope and s.target in :measures)");
        }
        q.append(")");
        TypedQuery<Subscription> query = em.createQuery(q.toString(), Subscription.class)
                .setParameter("environment", config.environment())
                .setParameter("everything", Scope.EVERYTHING)
                .setParameter("jurisdictionScope", Scope.JURISDICTION)
                .setParameter("jurisdiction", jurisdiction.slug);
        if (jurisdiction.region != null) {
            query.setParameter("regionScope", Scope.REGION).setParameter("region", jurisdiction.region);
        }
        if (!slugs.isEmpty()) {
            query.setParameter("measureScope", Scope.MEASURE).setParameter("measures", slugs);
        }
        List<Subscription> all = new ArrayList<>(query.getResultList());
        all.sort(MOST_SPECIFIC_FIRST);
        Map<Long, Subscription> perSubscriber = new LinkedHashMap<>();
        for (Subscription s : all) {
            perSubscriber.putIfAbsent(s.subscriber.id, s);
        }
        return List.copyOf(perSubscriber.values());
    }
}
