package org.ordinancewatch.alert.subscriptions;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.ordinancewatch.alert.AlertConfig;

/**
 * The HMAC key behind every link in an email. Configured ({@code ow.alert.signing-key}) or, when not,
 * generated once and stored in the database so that links survive restarts and work on every node.
 * There is deliberately no built-in default key.
 */
@ApplicationScoped
public class SigningKey {

    static final String NAME = "link-signing-key";
    private static final int MIN_CONFIGURED_LENGTH = 32;

    private final AlertConfig config;
    private final EntityManager em;
    private final Clock clock;
    private volatile byte[] key;

    public SigningKey(AlertConfig config, EntityManager em, Clock clock) {
        this.config = config;
        this.em = em;
        this.clock = clock;
    }

    public byte[] bytes() {
        byte[] k = key;
        if (k == null) {
            k = load();
            key = k;
        }
        return k;
    }

    private byte[] load() {
        if (config.signingKey().isPresent()) {
            String configured = config.signingKey().get();
            if (configured.length() < MIN_CONFIGURED_LENGTH) {
                throw new IllegalStateException("ow.alert.signing-key must be at least " + MIN_CONFIGURED_LENGTH
                        + " characters long");
            }
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        return Base64.getDecoder().decode(storedOrCreated());
    }

    private String storedOrCreated() {
        String stored = stored();
        if (stored != null) {
            return stored;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "insert into alert_secret (name, secret, created_at) values (?1, ?2, ?3)")
                    .setParameter(1, NAME).setParameter(2, randomSecret()).setParameter(3, clock.instant())
                    .executeUpdate());
        } catch (RuntimeException raced) {
            // Another node inserted its key first: the primary key refused ours, and theirs is used.
        }
        String created = stored();
        if (created == null) {
            throw new IllegalStateException("could not store the link signing key");
        }
        return created;
    }

    private String stored() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery("select secret from alert_secret where name = ?1")
                    .setParameter(1, NAME).getResultList();
            return rows.isEmpty() ? null : (String) rows.get(0);
        });
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
