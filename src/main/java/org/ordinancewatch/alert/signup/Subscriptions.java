package org.ordinancewatch.alert.signup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.ordinancewatch.alert.AlertConfig;
import org.ordinancewatch.alert.outbox.Alert;
import org.ordinancewatch.alert.outbox.AlertContent;
import org.ordinancewatch.alert.outbox.AlertKind;
import org.ordinancewatch.alert.outbox.Links;
import org.ordinancewatch.alert.outbox.Outbox;
import org.ordinancewatch.alert.outbox.Texts;
import org.ordinancewatch.alert.subscriptions.Cadence;
import org.ordinancewatch.alert.subscriptions.Followed;
import org.ordinancewatch.alert.subscriptions.Kinds;
import org.ordinancewatch.alert.subscriptions.ScopeChoices;
import org.ordinancewatch.alert.subscriptions.Subscriber;
import org.ordinancewatch.alert.subscriptions.Subscription;
import org.ordinancewatch.alert.subscriptions.Tokens.InvalidToken;
import org.ordinancewatch.alert.subscriptions.Tokens;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.model.Measure;

/**
 * The subscriber's side: ask (double opt-in), confirm, change, unsubscribe, delete. Every request
 * made from an email link proves itself with a signed token; none needs an account.
 */
@ApplicationScoped
public class Subscriptions {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AlertConfig config;
    private final Tokens tokens;
    private final Links links;
    private final Outbox outbox;
    private final Clock clock;

    public Subscriptions(AlertConfig config, Tokens tokens, Links links, Outbox outbox, Clock clock) {
        this.config = config;
        this.tokens = tokens;
        this.links = links;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** What a subscribe form asks for, validated. */
    public record Request(String email, Followed followed, Kinds kinds, Cadence cadence) {
    }

    /**
     * Records an unconfirmed subscription and queues the email that asks to confirm it, unless an earlier
     * request for the same address and scope still has a valid link. Whether the address was known before,
     * and whether an email was queued, changes nothing the requester can see.
     */
    @Transactional
    public void request(Request r) {
        checkTarget(r.followed());
        Instant now = clock.instant();
        Subscriber subscriber = Subscriber.findByEmail(r.email(), config.environment())
                .orElseGet(() -> newSubscriber(r, now));
        Optional<Subscription> pending = pendingRequest(subscriber, r.followed());
        if (pending.isPresent() && pending.get().createdAt.plus(config.confirmationTtl()).isAfter(now)) {
            // Its link is still valid: another email would only let anyone flood the address.
            return;
        }
        // Asking again once the link has expired reuses the pending request (with the latest choices) and
        // sends a fresh link, rather than piling up identical unconfirmed subscriptions.
        Subscription s = pending.orElseGet(Subscription::new);
        s.subscriber = subscriber;
        s.scope = r.followed().scope();
        s.target = r.followed().target();
        s.setKinds(r.kinds());
        s.cadence = r.cadence();
        s.createdAt = now;
        if (s.id == null) {
            s.persist();
        }
        String token = tokens.confirm(s.id, now.plus(config.confirmationTtl()));
        AlertContent content = AlertContent.builder("Confirm your Ordinance Watch alerts")
                .why("Someone, hopefully you, asked for these alerts on " + links.home()
                        + ". If it was not you, ignore this email: nothing will be sent unless the link is followed.")
                .detail("Alerts about " + Texts.scope(s) + ": " + s.kindsText() + ", "
                        + s.cadence.label().toLowerCase() + ".")
                .confirmUrl(links.confirm(token))
                .build();
        outbox.add(subscriber, s, AlertKind.CONFIRMATION, "confirm:" + s.id + ":" + now.toEpochMilli(), content);
    }

    private static Optional<Subscription> pendingRequest(Subscriber subscriber, Followed followed) {
        return subscriber.id == null ? Optional.empty() : Subscription.following(subscriber, followed, false);
    }

    /** Confirms the subscription a confirmation token names; returns its subscriber. */
    @Transactional
    public Subscriber confirm(String token) throws InvalidToken {
        long id = tokens.verifyConfirm(token, clock.instant());
        Subscription s = Subscription.findById(id);
        if (s == null) {
            throw new InvalidToken("This subscription no longer exists. Please subscribe again.", false);
        }
        Instant now = clock.instant();
        if (s.confirmedAt == null) {
            s.confirmedAt = now;
        }
        if (s.subscriber.confirmedAt == null) {
            s.subscriber.confirmedAt = now;
        }
        return s.subscriber;
    }

    /** The subscriber a manage link belongs to. */
    @Transactional
    public Subscriber owner(String manageToken) throws InvalidToken {
        Tokens.ManageClaim claim = tokens.verifyManage(manageToken);
        Subscriber subscriber = Subscriber.findById(claim.subscriberId());
        if (subscriber == null || !subscriber.environment.equals(config.environment())
                || !MessageDigest.isEqual(subscriber.linkSalt.getBytes(StandardCharsets.UTF_8),
                        claim.salt().getBytes(StandardCharsets.UTF_8))) {
            throw new InvalidToken("This link is no longer valid: the subscription it was for has been deleted,"
                    + " or its links were revoked. Use the link in a newer email.", false);
        }
        return subscriber;
    }

    public String manageToken(Subscriber subscriber) {
        return tokens.manage(subscriber);
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
        Subscriber subscriber = owner(manageToken);
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
        Subscriber subscriber = owner(manageToken);
        Subscription s = owned(subscriber, subscriptionId);
        if (!followed.equals(Followed.of(s))) {
            checkTarget(followed);
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
        Subscriber subscriber = owner(manageToken);
        checkTarget(followed);
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
        Subscriber subscriber = owner(manageToken);
        Subscription s = owned(subscriber, subscriptionId);
        Alert.delete("subscriptionId = ?1 and status = ?2", s.id, Alert.Delivery.PENDING);
        s.delete();
    }

    /** When digests go out: a local hour (0-23) in an IANA time zone. */
    @Transactional
    public void setDigestTime(String manageToken, int hour, String zone) throws InvalidToken {
        Subscriber subscriber = owner(manageToken);
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
        Subscriber subscriber = owner(manageToken);
        subscriber.linkSalt = newSalt();
        return tokens.manage(subscriber);
    }

    /** Stops everything: no subscription is left and nothing pending is sent. */
    @Transactional
    public void unsubscribeAll(String manageToken) throws InvalidToken {
        Subscriber subscriber = owner(manageToken);
        Alert.delete("subscriber = ?1 and status = ?2", subscriber, Alert.Delivery.PENDING);
        Subscription.delete("subscriber", subscriber);
    }

    /** Forgets the address: the subscriber, its subscriptions and every alert, sent or not. */
    @Transactional
    public void delete(String manageToken) throws InvalidToken {
        Subscriber subscriber = owner(manageToken);
        Alert.delete("subscriber", subscriber);
        Subscription.delete("subscriber", subscriber);
        subscriber.delete();
    }

    /** Unconfirmed requests older than a confirmation link's life are dropped, with never-confirmed addresses. */
    @Transactional
    public void purgeUnconfirmed(Instant now) {
        Instant before = now.minus(config.confirmationTtl());
        List<Subscription> stale = Subscription.list("confirmedAt is null and createdAt < ?1 and subscriber.environment = ?2",
                before, config.environment());
        for (Subscription s : stale) {
            Alert.delete("subscriptionId = ?1 and status = ?2", s.id, Alert.Delivery.PENDING);
            s.delete();
        }
        for (Subscriber subscriber : Subscriber.<Subscriber>list("confirmedAt is null and createdAt < ?1 and environment = ?2",
                before, config.environment())) {
            if (Subscription.count("subscriber", subscriber) == 0) {
                Alert.delete("subscriber", subscriber);
                subscriber.delete();
            }
        }
    }

    private static Subscription owned(Subscriber subscriber, long subscriptionId) {
        Subscription s = Subscription.findById(subscriptionId);
        if (s == null || !s.subscriber.id.equals(subscriber.id) || !s.isConfirmed()) {
            throw new IllegalArgumentException("There is no such subscription on this address.");
        }
        return s;
    }

    /** Digests go out in the zone of what the first request follows, where that is one place. */
    private Subscriber newSubscriber(Request r, Instant now) {
        Subscriber s = new Subscriber();
        s.email = r.email();
        s.environment = config.environment();
        s.timezone = zoneOf(r.followed()).orElse(ZoneId.of(config.defaultZone())).getId();
        s.linkSalt = newSalt();
        s.createdAt = now;
        s.persist();
        return s;
    }

    private static Optional<ZoneId> zoneOf(Followed followed) {
        return switch (followed.scope()) {
            case JURISDICTION -> Jurisdiction.findBySlug(followed.target()).map(Jurisdiction::zone);
            case MEASURE -> Measure.findBySlug(followed.target()).map(m -> m.jurisdiction.zone());
            default -> Optional.empty();
        };
    }

    private static String newSalt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    private static void checkTarget(Followed followed) {
        String target = followed.target();
        boolean known = switch (followed.scope()) {
            case EVERYTHING -> true;
            case REGION -> target != null && Jurisdiction.regions().contains(target);
            case JURISDICTION -> target != null && Jurisdiction.findBySlug(target).isPresent();
            case MEASURE -> target != null && Measure.findBySlug(target).isPresent();
        };
        if (!known) {
            throw new IllegalArgumentException("There is no " + followed.scope().code() + " '" + target
                    + "' to follow.");
        }
    }
}
