package org.ordinancewatch.alert.web;

import static org.ordinancewatch.alert.web.TokenPages.guarded;
import static org.ordinancewatch.alert.web.TokenPages.kinds;
import static org.ordinancewatch.alert.web.TokenPages.page;
import static org.ordinancewatch.alert.web.TokenPages.toManage;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import org.ordinancewatch.alert.signup.Subscriptions;
import org.ordinancewatch.alert.subscriptions.Cadence;
import org.ordinancewatch.alert.subscriptions.EmailAddress;
import org.ordinancewatch.alert.subscriptions.Followed;
import org.ordinancewatch.alert.subscriptions.Kinds;
import org.ordinancewatch.alert.subscriptions.RateLimiter;
import org.ordinancewatch.alert.subscriptions.Subscriber;

/**
 * {@code /alerts/subscribe} and {@code /alerts/confirm}: asking for alerts and confirming them. The subscribe form
 * changes nothing anyone receives until the address owner confirms; after that, every change goes through the
 * manage link ({@link ManageResource}).
 */
@Path("/alerts")
@Produces(MediaType.TEXT_HTML)
public class SubscriptionResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance subscribe(SubscribeForm form);

        static native TemplateInstance requested(String email);

        static native TemplateInstance confirm(String token);
    }

    private final Subscriptions subscriptions;
    private final RateLimiter rateLimiter;

    public SubscriptionResource(Subscriptions subscriptions, RateLimiter rateLimiter) {
        this.subscriptions = subscriptions;
        this.rateLimiter = rateLimiter;
    }

    /** The form on a page of its own: where a refresh of the answer page, or a link, lands. */
    @GET
    @Path("/subscribe")
    public Response subscribeForm() {
        return page(Templates.subscribe(SubscribeForm.blank()));
    }

    /**
     * Always the same answer for a valid request, whether or not the address is known. A request with a mistake
     * gets the form again, as it was typed, with the problem beside the field (400).
     */
    @POST
    @Path("/subscribe")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response subscribe(@FormParam("email") String email, @FormParam("scope") String scope,
            @FormParam("kinds") List<String> kinds, @FormParam("cadence") String cadence,
            @Context HttpServerRequest http) {
        SubscribeForm form = SubscribeForm.sent(email, scope, kinds, cadence);
        String address = null;
        Followed followed = null;
        Kinds wanted = null;
        Cadence often = null;
        try {
            address = EmailAddress.normalise(email);
        } catch (IllegalArgumentException e) {
            form = form.withEmailError(e.getMessage());
        }
        try {
            followed = Followed.parse(form.scope());
        } catch (IllegalArgumentException e) {
            form = form.withScopeError(e.getMessage());
        }
        try {
            wanted = kinds(kinds);
        } catch (IllegalArgumentException e) {
            form = form.withKindsError(e.getMessage());
        }
        try {
            often = Cadence.fromCode(form.cadence());
        } catch (IllegalArgumentException e) {
            form = form.withCadenceError(e.getMessage());
        }
        if (form.hasErrors()) {
            return again(form);
        }
        Subscriptions.Request request = new Subscriptions.Request(address, followed, wanted, often);
        if (!rateLimiter.allowSubscribe(request.email(), clientIp(http))) {
            throw new WebApplicationException("Too many subscription requests. Please try again in an hour.", 429);
        }
        try {
            subscriptions.request(request);
        } catch (IllegalArgumentException e) {
            return again(form.withError(e.getMessage()));
        }
        return page(Templates.requested(request.email()));
    }

    private static Response again(SubscribeForm form) {
        return Response.fromResponse(page(Templates.subscribe(form))).status(400).build();
    }

    /** Shows a button rather than confirming: mail scanners follow links, only people press buttons. */
    @GET
    @Path("/confirm")
    public Response confirmPage(@QueryParam("token") String token) {
        return page(Templates.confirm(token));
    }

    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@FormParam("token") String token) {
        Subscriber subscriber = guarded(() -> subscriptions.confirm(token));
        return toManage(subscriptions.manageToken(subscriber), "confirmed");
    }

    private static String clientIp(HttpServerRequest http) {
        return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }
}
