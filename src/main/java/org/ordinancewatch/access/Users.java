package org.ordinancewatch.access;

import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.elytron.security.common.BcryptUtil;

/** Creates, checks and removes accounts; every change by a person is audited. */
@ApplicationScoped
public class Users {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{2,64}");
    /** bcrypt reads only the first 72 bytes of a password; a longer one would be silently truncated. */
    private static final int MAX_PASSWORD_BYTES = 72;
    public static final int MIN_PASSWORD_LENGTH = 12;

    private final AccessConfig config;
    private final Audit audit;
    private final Clock clock;
    private volatile String decoy;

    public Users(AccessConfig config, Audit audit, Clock clock) {
        this.config = config;
        this.audit = audit;
        this.clock = clock;
    }

    /** Why a user name or password cannot be used, if it cannot. */
    public static Optional<String> problem(String username, String password) {
        if (username == null || !NAME.matcher(username).matches()) {
            return Optional.of("username: 2 to 64 letters, digits, '.', '_', '@' or '-'");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            return Optional.of("password: at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return Optional.of("password: at most " + MAX_PASSWORD_BYTES + " bytes");
        }
        return Optional.empty();
    }

    @Transactional
    public AppUser create(String username, String password, String role, String by) {
        problem(username, password).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        if (!AppUser.ADMIN.equals(role) && !AppUser.CURATOR.equals(role)) {
            throw new IllegalArgumentException("role: admin or curator");
        }
        if (AppUser.findByUsername(username).isPresent()) {
            throw new IllegalArgumentException("username: '" + username + "' is taken");
        }
        AppUser user = new AppUser();
        user.username = username;
        user.passwordHash = BcryptUtil.bcryptHash(password, config.bcryptCost());
        user.role = role;
        user.createdAt = clock.instant();
        user.createdBy = by;
        user.persist();
        audit.record(by, "user.create", username, "role " + role);
        return user;
    }

    /** Removes a curator. Admin accounts are not removed from the UI, so the last admin cannot lock everyone out. */
    @Transactional
    public void removeCurator(String username, String by) {
        AppUser user = AppUser.findByUsername(username)
                .orElseThrow(() -> new IllegalArgumentException("username: no account '" + username + "'"));
        if (!AppUser.CURATOR.equals(user.role)) {
            throw new IllegalArgumentException("username: '" + username + "' is an admin; only curators are removed here");
        }
        user.delete();
        audit.record(by, "user.remove", username, "role " + user.role);
    }

    /** The account's role if the password matches. */
    @Transactional
    public Optional<String> check(String username, char[] password) {
        Optional<AppUser> user = AppUser.findByUsername(username);
        // An unknown name costs a bcrypt check too, so the answer's timing does not tell which names exist.
        boolean matches = BcryptUtil.matches(new String(password), user.map(u -> u.passwordHash).orElse(decoy()));
        return user.filter(u -> matches).map(u -> u.role);
    }

    private String decoy() {
        if (decoy == null) {
            decoy = BcryptUtil.bcryptHash(java.util.UUID.randomUUID().toString(), config.bcryptCost());
        }
        return decoy;
    }
}
