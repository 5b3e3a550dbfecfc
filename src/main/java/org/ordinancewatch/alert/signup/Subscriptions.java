package org.ordinancewatch.alert.signup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

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
import org.ordinancewatch.alert.subscriptions.Subscriber;
import org.ordinancewatch.alert.subscriptions.Subscription;
import org.ordinancewatch.alert.subscriptions.Tokens;
import org.ordinancewatch.alert.subscriptions.Tokens.InvalidToken;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.model.Measure;

/**
 * Signing up: ask (double opt-in), confirm, and the check every manage link passes. Every request made from
 * an email link proves itself with a signed token; none needs an account. What the manage page changes
 * afterwards is {@link SubscriptionSettings}.
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

    /** A fresh salt for a subscriber's links: changing it makes every link sent so far invalid. */
    static String newSalt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    static void checkTarget(Followed followed) {
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
