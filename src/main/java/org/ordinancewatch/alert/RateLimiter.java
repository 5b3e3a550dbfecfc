package org.ordinancewatch.alert;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Subscribe requests per address and per client IP within a sliding window. Kept in the database so
 * the limit holds across a cluster; keys are keyed hashes, so no address or IP is stored in clear.
 */
@ApplicationScoped
public class RateLimiter {

    private final AlertConfig config;
    private final Tokens tokens;
    private final EntityManager em;
    private final Clock clock;

    public RateLimiter(AlertConfig config, Tokens tokens, EntityManager em, Clock clock) {
        this.config = config;
        this.tokens = tokens;
        this.em = em;
        this.clock = clock;
    }

    /** Records the request and says whether both its address and its client are within their limits. */
    public boolean allowSubscribe(String address, String clientIp) {
        Instant now = clock.instant();
        boolean client = allow("client:" + tokens.digest(clientIp), config.rateLimit().perClient(), now);
        boolean addr = allow("address:" + tokens.digest(address), config.rateLimit().perAddress(), now);
        return client && addr;
    }

    private boolean allow(String bucket, int limit, Instant now) {
        Instant since = now.minus(config.rateLimit().window());
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("delete from alert_rate_event where bucket = ?1 and occurred_at < ?2")
                    .setParameter(1, bucket).setParameter(2, since).executeUpdate();
            long recent = ((Number) em.createNativeQuery(
                    "select count(*) from alert_rate_event where bucket = ?1 and occurred_at >= ?2")
                    .setParameter(1, bucket).setParameter(2, since).getSingleResult()).longValue();
            em.createNativeQuery("insert into alert_rate_event (bucket, occurred_at) values (?1, ?2)")
                    .setParameter(1, bucket).setParameter(2, now).executeUpdate();
            return recent < limit;
        });
    }

    /** Forgets requests older than the window for every bucket, so addresses that never return do not pile up. */
    public int purgeExpired(Instant now) {
        Instant since = now.minus(config.rateLimit().window());
        return QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("delete from alert_rate_event where occurred_at < ?1")
                .setParameter(1, since).executeUpdate());
    }
}
