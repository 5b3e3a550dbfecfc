package org.ordinancewatch.alert;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.ordinancewatch.alert.Tokens.InvalidToken;
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
    public record Request(String email, Scope scope, String target, Kinds kinds, Cadence cadence) {
    }

    /**
     * Records an unconfirmed subscription and queues the email that asks to confirm it. Whether the
     * address was known before changes nothing the requester can see.
     */
    @Transactional
    public void request(Request r) {
        checkTarget(r.scope(), r.target());
        Instant now = clock.instant();
        Subscriber subscriber = Subscriber.findByEmail(r.email()).orElseGet(() -> newSubscriber(r.email(), now));
        String target = r.scope() == Scope.EVERYTHING ? null : r.target();
        // Asking again before confirming reuses the pending request (with the latest choices) and sends a
        // fresh link, rather than piling up identical unconfirmed subscriptions.
        Subscription s = pendingRequest(subscriber, r.scope(), target).orElseGet(Subscription::new);
        s.subscriber = subscriber;
        s.scope = r.scope();
        s.target = target;
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

    private static java.util.Optional<Subscription> pendingRequest(Subscriber subscriber, Scope scope, String target) {
        if (subscriber.id == null) {
            return java.util.Optional.empty();
        }
        return target == null
                ? Subscription.find("subscriber = ?1 and scope = ?2 and target is null and confirmedAt is null",
                        subscriber, scope).firstResultOptional()
                : Subscription.find("subscriber = ?1 and scope = ?2 and target = ?3 and confirmedAt is null",
                        subscriber, scope, target).firstResultOptional();
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
        if (subscriber == null || !MessageDigest.isEqual(subscriber.linkSalt.getBytes(StandardCharsets.UTF_8),
                claim.salt().getBytes(StandardCharsets.UTF_8))) {
            throw new InvalidToken("This link is no longer valid: the subscription it was for has been deleted.",
                    false);
        }
        return subscriber;
    }

    public String manageToken(Subscriber subscriber) {
        return tokens.manage(subscriber);
    }

    /** What the manage page shows. */
    public record ManageView(String email, String timezone, List<SubscriptionView> subscriptions) {
    }

    public record SubscriptionView(long id, String scope, boolean statusChanges, boolean detections, boolean hearings,
            boolean sunsets, String cadence) {
    }

    @Transactional
    public ManageView view(String manageToken) throws InvalidToken {
        Subscriber subscriber = owner(manageToken);
        return new ManageView(subscriber.email, subscriber.timezone, Subscription.forSubscriber(subscriber).stream()
                .map(s -> new SubscriptionView(s.id, Texts.scope(s), s.statusChanges, s.detections, s.hearings,
                        s.sunsets, s.cadence.code()))
                .toList());
    }

    @Transactional
    public void update(String manageToken, long subscriptionId, Kinds kinds, Cadence cadence) throws InvalidToken {
        Subscriber subscriber = owner(manageToken);
        Subscription s = owned(subscriber, subscriptionId);
        s.setKinds(kinds);
        s.cadence = cadence;
        outbox.reschedule(subscriber);
    }

    @Transactional
    public void remove(String manageToken, long subscriptionId) throws InvalidToken {
        Subscriber subscriber = owner(manageToken);
        Subscription s = owned(subscriber, subscriptionId);
        Alert.delete("subscriptionId = ?1 and status = ?2", s.id, Alert.Delivery.PENDING);
        s.delete();
    }

    @Transactional
    public void setZone(String manageToken, String zone) throws InvalidToken {
        Subscriber subscriber = owner(manageToken);
        try {
            subscriber.timezone = ZoneId.of(zone.trim()).getId();
        } catch (DateTimeException | NullPointerException e) {
            throw new IllegalArgumentException("'" + zone + "' is not a time zone (try America/Chicago).");
        }
        outbox.reschedule(subscriber);
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
        List<Subscription> stale = Subscription.list("confirmedAt is null and createdAt < ?1", before);
        for (Subscription s : stale) {
            Alert.delete("subscriptionId = ?1 and status = ?2", s.id, Alert.Delivery.PENDING);
            s.delete();
        }
        for (Subscriber subscriber : Subscriber.<Subscriber>list("confirmedAt is null and createdAt < ?1", before)) {
            if (Subscription.count("subscriber", subscriber) == 0) {
                Alert.delete("subscriber", subscriber);
                subscriber.delete();
            }
        }
    }

    private static Subscription owned(Subscriber subscriber, long subscriptionId) {
        Subscription s = Subscription.findById(subscriptionId);
        if (s == null || !s.subscriber.id.equals(subscriber.id)) {
            throw new IllegalArgumentException("There is no such subscription on this address.");
        }
        return s;
    }

    private Subscriber newSubscriber(String email, Instant now) {
        Subscriber s = new Subscriber();
        s.email = email;
        s.timezone = ZoneId.of(config.defaultZone()).getId();
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        s.linkSalt = HexFormat.of().formatHex(salt);
        s.createdAt = now;
        s.persist();
        return s;
    }

    private static void checkTarget(Scope scope, String target) {
        boolean known = switch (scope) {
            case EVERYTHING -> true;
            case REGION -> target != null && Jurisdiction.regions().contains(target);
            case JURISDICTION -> target != null && Jurisdiction.findBySlug(target).isPresent();
            case MEASURE -> target != null && Measure.findBySlug(target).isPresent();
        };
        if (!known) {
            throw new IllegalArgumentException("There is no " + scope.code() + " '" + target + "' to follow.");
        }
    }
}
