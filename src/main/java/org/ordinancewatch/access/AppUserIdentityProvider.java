package org.ordinancewatch.access;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/** Checks user name and password against {@link AppUser}, for form login and HTTP Basic alike. */
@ApplicationScoped
public class AppUserIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** Set on the routing context when a login was refused because of throttling. */
    public static final String THROTTLED = "ow.login.throttled";

    private final Users users;
    private final LoginThrottle throttle;

    public AppUserIdentityProvider(Users users, LoginThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
        String client = rc == null ? null : ClientIp.of(rc);
        String username = request.getUsername();
        return context.runBlocking(() -> {
            var locked = throttle.lockedFor(username, client);
            if (locked.isPresent()) {
                if (rc != null) {
                    long seconds = Math.max(1, locked.get().plusSeconds(1).toSeconds());
                    rc.put(THROTTLED, seconds);
                    rc.response().putHeader("Retry-After", Long.toString(seconds));
                }
                throw new AuthenticationFailedException("too many failed logins; try again in " + minutes(locked.get()));
            }
            var role = users.check(username, request.getPassword().getPassword());
            if (role.isEmpty()) {
                throttle.failed(username, client);
                throw new AuthenticationFailedException("wrong user name or password");
            }
            throttle.succeeded(username);
            return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(username))
                    .addRole(role.get()).addCredential(request.getPassword()).build();
        });
    }

    static String minutes(Duration d) {
        long m = Math.max(1, (d.toSeconds() + 59) / 60);
        return m + (m == 1 ? " minute" : " minutes");
    }
}
