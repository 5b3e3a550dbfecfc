package org.ordinancewatch.access.web;

import java.net.URI;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.vertx.ext.web.RoutingContext;
import org.ordinancewatch.access.AccessConfig;
import org.ordinancewatch.access.ClientIp;
import org.ordinancewatch.access.LoginThrottle;

/**
 * The login page (the form posts to Quarkus' {@code /j_security_check}) and logout. A failed login comes back
 * here with {@code ?error}; a locked client is told how long it has to wait.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String error, String user);
    }

    private final LoginThrottle throttle;
    private final AccessConfig config;
    private final SecurityIdentity identity;

    public LoginResource(LoginThrottle throttle, AccessConfig config, SecurityIdentity identity) {
        this.throttle = throttle;
        this.config = config;
        this.identity = identity;
    }

    @GET
    @Path("login")
    public TemplateInstance login(@QueryParam("error") String error, RoutingContext rc) {
        String message = null;
        if (error != null) {
            message = throttle.clientLockedFor(ClientIp.of(rc))
                    .map(d -> "Too many failed logins from your address: try again in " + minutes(d.toSeconds()) + ".")
                    .orElse("Wrong user name or password. After " + config.maxFailures()
                            + " failed attempts an account or address is locked for " + minutes(config.window().toSeconds())
                            + ".");
        }
        return Templates.login(message, identity.isAnonymous() ? null : identity.getPrincipal().getName());
    }

    @POST
    @Path("logout")
    public Response logout(@FormParam(CsrfToken.FIELD) String csrf, RoutingContext rc) {
        CsrfToken.check(rc, csrf);
        FormAuthenticationMechanism.logout(rc);
        return Response.seeOther(URI.create("/login")).build();
    }

    private static String minutes(long seconds) {
        long m = Math.max(1, (seconds + 59) / 60);
        return m + (m == 1 ? " minute" : " minutes");
    }
}
