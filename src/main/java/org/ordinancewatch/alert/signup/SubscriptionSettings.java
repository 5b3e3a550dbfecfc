package org.ordinancewatch.alert.signup;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.ordinancewatch.alert.AlertConfig;
import org.ordinancewatch.alert.outbox.Alert;
import org.ordinancewatch.alert.outbox.AlertKind;
import org.ordinancewatch.alert.outbox.Outbox;
import org.ordinancewatch.alert.outbox.Texts;
import org.ordinancewatch.alert.subscriptions.Cadence;
import org.ordinancewatch.alert.subscriptions.Followed;
import org.ordinancewatch.alert.subscriptions.Kinds;
import org.ordinancewatch.alert.subscriptions.ScopeChoices;
import org.ordinancewatch.alert.subscriptions.Subscriber;
import org.ordinancewatch.alert.subscriptions.Subscription;
import org.ordinancewatch.alert.subscriptions.Tokens;
import org.ordinancewatch.alert.subscriptions.Tokens.InvalidToken;

/**
 * The manage page: what a subscriber's manage link shows and changes (follow, kinds, cadence, digest time),
 * revoking links, unsubscribing and deleting. Each request proves itself with the manage token, checked by
 * {@link Subscriptions#owner}; unsent alerts follow every change.
 */
@ApplicationScoped
public class SubscriptionSettings {

    private final AlertConfig config;
    private final Subscriptions subscriptions;
    private final Tokens tokens;
    private final Outbox outbox;
    private final Clock clock;

    public SubscriptionSettings(AlertConfig config, Subscriptions subscriptions, Tokens tokens, Outbox outbox,
            Clock clock) {
        this.config = config;
        this.subscriptions = subscriptions;
        this.tokens = tokens;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** What the manage page shows. */
    public record ManageView(String email, String timezone, int digestHour, List<SubscriptionView> subscriptions,
            List<ScopeChoices.Group> scopes) {

        /** "07:00" */
        public String digestTime() {
            return String.format("%02d:00", digestHour);
        }
    }

    /** One subscription on the manage page; {@code followed} is the scope's form code. */
    public record SubscriptionView(long id, String scope, String followed, boolean statusChanges, boolean detections,
            boolean hearings, boolean sunsets, String cadence) {
    }

    @Transactional
    public ManageView view(String manageToken) throws InvalidToken {
        Subscriber subscriber = subscriptions.owner(manageToken);
        return new ManageView(subscriber.email, subscriber.timezone, subscriber.digestHour(config.digest().hour()),
                Subscription.forSubscriber(subscriber).stream()
                        .map(s -> new SubscriptionView(s.id, Texts.scope(s), Followed.of(s).code(), s.statusChanges,
                                s.detections, s.hearings, s.sunsets, s.cadence.code()))
                        .toList(),
                ScopeChoices.all());
    }

    /**
     * Changes what a subscription follows, which news and how often. Unsent alerts of a kind no longer asked
     * for are dropped; so are all unsent alerts of a subscription that now follows something else, since they
     * were chosen for what it followed before.
     */
    @Transactional
    public void update(String manageToken, long subscriptionId, Followed followed, Kinds kinds, Cadence cadence)
            throws InvalidToken {
        Subscriber subscriber = subscriptions.owner(manageToken);
        Subscription s = owned(subscriber, subscriptionId);
        if (!followed.equals(Followed.of(s))) {
            Subscriptions.checkTarget(followed);
            if (Subscription.following(subscriber, followed, true).isPresent()) {
                throw new IllegalArgumentException("You already follow " + Texts.scope(followed)
                        + "; change that subscription instead.");
            }
            s.scope = followed.scope();
            s.target = followed.target();
            Alert.deletePending(s.id, EnumSet.complementOf(EnumSet.of(AlertKind.CONFIRMATION)));
        } else {
            Set<AlertKind> dropped = EnumSet.noneOf(AlertKind.class);
            dropped.addAll(AlertKind.of(s.kinds()));
            dropped.removeAll(AlertKind.of(kinds));
            Alert.deletePending(s.id, dropped);
        }
        s.setKinds(kinds);
        s.cadence = cadence;
        outbox.reschedule(subscriber);
    }

    /**
     * A new subscription from the manage page, confirmed at once: the token proves the address is the
     * subscriber's. Following something already followed changes that subscription instead.
     */
    @Transactional
    public void add(String manageToken, Followed followed, Kinds kinds, Cadence cadence) throws InvalidToken {
        Subscriber subscriber = subscriptions.owner(manageToken);
        Subscriptions.checkTarget(followed);
        Instant now = clock.instant();
        Subscription s = Subscription.following(subscriber, followed, true).orElseGet(Subscription::new);
        s.subscriber = subscriber;
        s.scope = followed.scope();
        s.target = followed.target();
        s.setKinds(kinds);
        s.cadence = cadence;
        if (s.id == null) {
            s.createdAt = now;
            s.confirmedAt = now;
            s.persist();
        }
        outbox.reschedule(subscriber);
    }

    @Transactional
    public void remove(String manageToken, long subscriptionId) throws InvalidToken {
        Subscriber subscriber = subscriptions.owner(manageToken);
        Subscription s = owned(subscriber, subscriptionId);
        Alert.delete("subscriptionId = ?1 and status = ?2", s.id, Alert.Delivery.PENDING);
        s.delete();
    }

    /** When digests go out: a local hour (0-23) in an IANA time zone. */
    @Transactional
    public void setDigestTime(String manageToken, int hour, String zone) throws InvalidToken {
        Subscriber subscriber = subscriptions.owner(manageToken);
        if (hour < 0 || hour > 23) {
            throw new IllegalArgumentException("The digest hour must be between 0 and 23.");
        }
        try {
            subscriber.timezone = ZoneId.of(zone.trim()).getId();
        } catch (DateTimeException | NullPointerException e) {
            throw new IllegalArgumentException("'" + zone + "' is not a time zone (try America/Chicago).");
        }
        subscriber.digestHour = hour;
        outbox.reschedule(subscriber);
    }

    /** Makes every link sent so far invalid (a forwarded email, a shared inbox); returns the new manage token. */
    @Transactional
    public String revokeLinks(String manageToken) throws InvalidToken {
        Subscriber subscriber = subscriptions.owner(manageToken);
        subscriber.linkSalt = Subscriptions.newSalt();
        return tokens.manage(subscriber);
    }

    /** Stops everything: no subscription is left and nothing pending is sent. */
    @Transactional
    public void unsubscribeAll(String manageToken) throws InvalidToken {
        Subscriber subscriber = subscriptions.owner(manageToken);
        Alert.delete("subscriber = ?1 and status = ?2", subscriber, Alert.Delivery.PENDING);
        Subscription.delete("subscriber", subscriber);
    }

    /** Forgets the address: the subscriber, its subscriptions and every alert, sent or not. */
    @Transactional
    public void delete(String manageToken) throws InvalidToken {
        Subscriber subscriber = subscriptions.owner(manageToken);
        Alert.delete("subscriber", subscriber);
        Subscription.delete("subscriber", subscriber);
        subscriber.delete();
    }

    private static Subscription owned(Subscriber subscriber, long subscriptionId) {
        Subscription s = Subscription.findById(subscriptionId);
        if (s == null || !s.subscriber.id.equals(subscriber.id) || !s.isConfirmed()) {
            throw new IllegalArgumentException("There is no such subscription on this address.");
        }
        return s;
    }
}
