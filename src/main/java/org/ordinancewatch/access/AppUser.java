package org.ordinancewatch.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A curator or admin account. Public pages and the public API need none. */
@Entity
@Table(name = "app_user")
public class AppUser extends PanacheEntityBase {

    public static final String ADMIN = "admin";
    public static final String CURATOR = "curator";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String username;

    /** bcrypt, Modular Crypt Format. */
    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Column(nullable = false)
    public String role;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    public static Optional<AppUser> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public static List<AppUser> listByName() {
        return list("order by username");
    }

    public static long countAdmins() {
        return count("role", ADMIN);
    }
}
