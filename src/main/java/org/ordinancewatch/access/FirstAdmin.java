package org.ordinancewatch.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import org.jboss.logging.Logger;

/** Creates the first admin from OW_ADMIN_USER and OW_ADMIN_PASSWORD; without them, says how. */
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);

    private final FirstAdminConfig config;
    private final Users users;

    public FirstAdmin(FirstAdminConfig config, Users users) {
        this.config = config;
        this.users = users;
    }

    void onStart(@Observes StartupEvent event) {
        String user = config.user().map(String::strip).orElse("");
        String password = config.password().orElse("");
        if (user.isEmpty() || password.isEmpty()) {
            if (QuarkusTransaction.requiringNew().call(AppUser::countAdmins) == 0) {
                LOG.warn("No admin account exists and none is configured: curator and admin pages cannot be used. "
                        + "Start once with OW_ADMIN_USER and OW_ADMIN_PASSWORD (at least " + Users.MIN_PASSWORD_LENGTH
                        + " characters) set, or ow.admin.user and ow.admin.password in config/application.properties, "
                        + "to create the first admin.");
            }
            return;
        }
        if (QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(user).isPresent())) {
            return;
        }
        Users.problem(user, password).ifPresent(p -> {
            throw new IllegalStateException("The first admin (OW_ADMIN_USER / OW_ADMIN_PASSWORD) cannot be created: " + p);
        });
        users.create(user, password, AppUser.ADMIN, "start-up");
        LOG.infof("Created the first admin account '%s'.", user);
    }
}
