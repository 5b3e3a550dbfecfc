package org.ordinancewatch.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Refuses logins for an account, or from a client, after too many failures within the window. Kept in the
 * database so the limit holds across restarts and a cluster. A refused attempt is not checked against the
 * password at all, so guessing goes no further while locked.
 */
@ApplicationScoped
public class LoginThrottle {

    private final AccessConfig config;
    private final EntityManager em;
    private final Clock clock;

    public LoginThrottle(AccessConfig config, EntityManager em, Clock clock) {
        this.config = config;
        this.em = em;
        this.clock = clock;
    }

    static String account(String username) {
        return "user:" + (username == null ? "" : username.toLowerCase(Locale.ROOT));
    }

    static String client(String address) {
        return "client:" + (address == null ? "unknown" : address);
    }

    /** How long until the account or client may try again, if either is locked now. */
    @Transactional
    public Optional<Duration> lockedFor(String username, String clientAddress) {
        Instant now = clock.instant();
        Optional<Duration> byAccount = locked(account(username), now);
        Optional<Duration> byClient = locked(client(clientAddress), now);
        if (byAccount.isPresent() && byClient.isPresent()) {
            return Optional.of(byAccount.get().compareTo(byClient.get()) > 0 ? byAccount.get() : byClient.get());
        }
        return byAccount.isPresent() ? byAccount : byClient;
    }

    /** How long the client stays locked, if it is. */
    @Transactional
    public Optional<Duration> clientLockedFor(String clientAddress) {
        return locked(client(clientAddress), clock.instant());
    }

    @Transactional
    public void failed(String username, String clientAddress) {
        Instant now = clock.instant();
        em.createNativeQuery("delete from login_failure where failed_at < ?1")
                .setParameter(1, now.minus(config.window())).executeUpdate();
        for (String bucket : new String[] { account(username), client(clientAddress) }) {
            em.createNativeQuery("insert into login_failure (bucket, failed_at) values (?1, ?2)")
                    .setParameter(1, bucket).setParameter(2, now).executeUpdate();
        }
    }

    /** A correct password clears the account's failures, not the client's. */
    @Transactional
    public void succeeded(String username) {
        em.createNativeQuery("delete from login_failure where bucket = ?1").setParameter(1, account(username))
                .executeUpdate();
    }

    private Optional<Duration> locked(String bucket, Instant now) {
        Instant since = now.minus(config.window());
        @SuppressWarnings("unchecked")
        java.util.List<Object> times = em.createNativeQuery("select failed_at from login_failure where bucket = ?1"
                + " and failed_at > ?2 order by failed_at desc").setParameter(1, bucket).setParameter(2, since)
                .setMaxResults(config.maxFailures()).getResultList();
        if (times.size() < config.maxFailures()) {
            return Optional.empty();
        }
        Instant oldestCounted = toInstant(times.get(times.size() - 1));
        Duration left = Duration.between(now, oldestCounted.plus(config.window()));
        return Optional.of(left.isNegative() ? Duration.ZERO : left);
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime z) {
            return z.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
