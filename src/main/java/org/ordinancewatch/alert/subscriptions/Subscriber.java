package org.ordinancewatch.alert.subscriptions;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * An email address that asked for alerts on one deployment. Deleting it deletes its subscriptions and
 * alerts too.
 */
@Entity
public class Subscriber extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Normalised: trimmed and lower-case; unique within an environment. */
    @Column(nullable = false)
    public String email;

    /** The deployment ({@code ow.alert.environment}) the address signed up on; only that one mails it. */
    @Column(nullable = false)
    public String environment;

    /** IANA zone in which digests go out. */
    @Column(nullable = false)
    public String timezone;

    @Column(name = "link_salt", nullable = false)
    public String linkSalt;

    /** Local hour at which digests go out; null: {@code ow.alert.digest.hour}. */
    @Column(name = "digest_hour")
    public Integer digestHour;

    /** When the address first confirmed a subscription; null until then. */
    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public ZoneId zone() {
        return ZoneId.of(timezone);
    }

    public int digestHour(int configured) {
        return digestHour != null ? digestHour : configured;
    }

    public static Optional<Subscriber> findByEmail(String email, String environment) {
        return find("email = ?1 and environment = ?2", email, environment).firstResultOptional();
    }
}
