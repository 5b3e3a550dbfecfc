package org.ordinancewatch.access;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Restores the account behind a session cookie. The role is read again on every request, so a removed
 * curator's session ends at once rather than when its cookie expires.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        String username = request.getPrincipal();
        return context.runBlocking(() -> {
            String role = QuarkusTransaction.joiningExisting()
                    .call(() -> AppUser.findByUsername(username).map(u -> u.role).orElse(null));
            if (role == null) {
                throw new AuthenticationFailedException("the account of this session no longer exists");
            }
            return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(username)).addRole(role).build();
        });
    }
}
