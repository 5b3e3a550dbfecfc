package org.ordinancewatch.alert.subscriptions;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.ordinancewatch.alert.AlertConfig;

/**
 * Subscribe requests per address and per client (IPv4 address or IPv6 /64) within a window that starts
 * with a bucket's first request. Kept in the database so the limit holds across a cluster; keys are keyed
 * hashes, so no address or IP is stored in clear. Each bucket is one row whose counter is raised by a
 * single conditional UPDATE: parallel requests cannot both take its last allowance, and a refused request
 * writes nothing. The SQL is the same on H2 and PostgreSQL.
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

    /** Counts the request and says whether its client and then its address are within their limits. */
    public boolean allowSubscribe(String address, String clientIp) {
        Instant now = clock.instant();
        return allow("client:" + tokens.digest(ClientAddress.bucket(clientIp)), config.rateLimit().perClient(), now)
                && allow("address:" + tokens.digest(address), config.rateLimit().perAddress(), now);
    }

    private boolean allow(String bucket, int limit, Instant now) {
        Optional<Boolean> counted = QuarkusTransaction.requiringNew().call(() -> count(bucket, limit, now));
        if (counted.isPresent()) {
            return counted.get();
        }
        if (open(bucket, now)) {
            return true;
        }
        // A parallel request opened the bucket between our update and our insert: count in it.
        return QuarkusTransaction.requiringNew().call(() -> count(bucket, limit, now)).orElse(false);
    }

    /** True: counted within the limit; false: the limit is reached; empty: the bucket does not exist yet. */
    private Optional<Boolean> count(String bucket, int limit, Instant now) {
        em.createNativeQuery("update alert_rate_bucket set hits = 0, window_start = ?2 where bucket = ?1"
                + " and window_start <= ?3").setParameter(1, bucket).setParameter(2, now)
                .setParameter(3, now.minus(config.rateLimit().window())).executeUpdate();
        int counted = em.createNativeQuery("update alert_rate_bucket set hits = hits + 1 where bucket = ?1 and hits < ?2")
                .setParameter(1, bucket).setParameter(2, limit).executeUpdate();
        if (counted == 1) {
            return Optional.of(true);
        }
        long exists = ((Number) em.createNativeQuery("select count(*) from alert_rate_bucket where bucket = ?1")
                .setParameter(1, bucket).getSingleResult()).longValue();
        return exists > 0 ? Optional.of(false) : Optional.empty();
    }

    /** Creates the bucket with this request counted; false when another request created it first. */
    private boolean open(String bucket, Instant now) {
        try {
            // Its own transaction: on PostgreSQL a refused insert spoils the transaction it ran in.
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "insert into alert_rate_bucket (bucket, window_start, hits) values (?1, ?2, 1)")
                    .setParameter(1, bucket).setParameter(2, now).executeUpdate());
            return true;
        } catch (RuntimeException primaryKeyTaken) {
            return false;
        }
    }

    /** Forgets buckets whose window is over, so addresses that never return do not pile up. */
    public int purgeExpired(Instant now) {
        Instant before = now.minus(config.rateLimit().window());
        return QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("delete from alert_rate_bucket where window_start <= ?1")
                .setParameter(1, before).executeUpdate());
    }
}
