package org.ordinancewatch.alert.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.ws.rs.BadRequestException;
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
import org.ordinancewatch.alert.subscriptions.Cadence;
import org.ordinancewatch.alert.subscriptions.EmailAddress;
import org.ordinancewatch.alert.subscriptions.Followed;
import org.ordinancewatch.alert.subscriptions.Kinds;
import org.ordinancewatch.alert.subscriptions.RateLimiter;
import org.ordinancewatch.alert.subscriptions.Subscriber;
import org.ordinancewatch.alert.signup.Subscriptions;
import org.ordinancewatch.alert.signup.Subscriptions.ManageView;
import org.ordinancewatch.alert.subscriptions.Tokens.InvalidToken;

/**
 * {@code /alerts}: subscribe, confirm, manage, unsubscribe. No accounts and no cookies: every change
 * after the subscribe form is authorised by the signed token from an email, which is also why these
 * forms need no separate CSRF token (a forger cannot know it). The subscribe form itself changes
 * nothing anyone receives until the address owner confirms.
 */
@Path("/alerts")
@Produces(MediaType.TEXT_HTML)
public class SubscriptionResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance subscribe(SubscribeForm form);

        static native TemplateInstance requested(String email);

        static native TemplateInstance confirm(String token);

        static native TemplateInstance manage(String token, ManageView view, List<Cadence> cadences, List<Hour> hours,
                List<String> zones, String notice);

        static native TemplateInstance unsubscribe(String token);

        static native TemplateInstance unsubscribed(String manageUrl);

        static native TemplateInstance deleted();
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

    /** An hour of the day a digest can go out at. */
    public record Hour(int value, String label) {
    }

    private static final List<Hour> HOURS = IntStream.range(0, 24)
            .mapToObj(h -> new Hour(h, String.format("%02d:00", h))).toList();
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().toList();

    @GET
    @Path("/manage")
    public Response manage(@QueryParam("token") String token, @QueryParam("notice") String notice) {
        ManageView view = guarded(() -> subscriptions.view(token));
        return page(Templates.manage(token, view, List.of(Cadence.values()), HOURS, ZONES, notice(notice)));
    }

    @POST
    @Path("/manage/update")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@FormParam("token") String token, @FormParam("subscription") long subscription,
            @FormParam("scope") String scope, @FormParam("kinds") List<String> kinds,
            @FormParam("cadence") String cadence) {
        guarded(() -> {
            subscriptions.update(token, subscription, Followed.parse(scope), kinds(kinds), Cadence.fromCode(cadence));
            return null;
        });
        return toManage(token, "saved");
    }

    /** A further subscription, confirmed by the manage token itself. */
    @POST
    @Path("/manage/add")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@FormParam("token") String token, @FormParam("scope") String scope,
            @FormParam("kinds") List<String> kinds, @FormParam("cadence") String cadence) {
        guarded(() -> {
            subscriptions.add(token, Followed.parse(scope), kinds(kinds), Cadence.fromCode(cadence));
            return null;
        });
        return toManage(token, "added");
    }

    @POST
    @Path("/manage/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@FormParam("token") String token, @FormParam("subscription") long subscription) {
        guarded(() -> {
            subscriptions.remove(token, subscription);
            return null;
        });
        return toManage(token, "removed");
    }

    @POST
    @Path("/manage/digest")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response digestTime(@FormParam("token") String token, @FormParam("hour") int hour,
            @FormParam("zone") String zone) {
        guarded(() -> {
            subscriptions.setDigestTime(token, hour, zone);
            return null;
        });
        return toManage(token, "saved");
    }

    /** New links for this address; every link sent so far stops working. */
    @POST
    @Path("/manage/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@FormParam("token") String token) {
        return toManage(guarded(() -> subscriptions.revokeLinks(token)), "revoked");
    }

    @POST
    @Path("/manage/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@FormParam("token") String token) {
        guarded(() -> {
            subscriptions.delete(token);
            return null;
        });
        return page(Templates.deleted());
    }

    @GET
    @Path("/unsubscribe")
    public Response unsubscribePage(@QueryParam("token") String token) {
        guarded(() -> subscriptions.owner(token));
        return page(Templates.unsubscribe(token));
    }

    /**
     * RFC 8058 one-click unsubscribe: mail clients POST {@code List-Unsubscribe=One-Click} to the URL
     * from the header, token in the query; the unsubscribe page's button posts the token as a field.
     */
    @POST
    @Path("/unsubscribe")
    @Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA })
    public Response unsubscribe(@QueryParam("token") String queryToken, @FormParam("token") String formToken) {
        String token = queryToken != null ? queryToken : formToken;
        guarded(() -> {
            subscriptions.unsubscribeAll(token);
            return null;
        });
        return page(Templates.unsubscribed("/alerts/manage?token=" + encode(token)));
    }

    private static Kinds kinds(List<String> codes) {
        return Kinds.fromCodes(codes == null ? List.of() : codes);
    }

    private interface TokenAction<T> {
        T run() throws InvalidToken;
    }

    private static <T> T guarded(TokenAction<T> action) {
        try {
            return action.run();
        } catch (InvalidToken e) {
            throw new WebApplicationException(e.getMessage(), e.expired() ? 410 : 400);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    private static String notice(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "confirmed" -> "Confirmed: your alerts are on.";
            case "saved" -> "Saved.";
            case "removed" -> "Subscription removed.";
            case "added" -> "Subscription added: your alerts for it are on.";
            case "revoked" -> "Done: every earlier link is invalid. This page's address is your new link; emails from now on carry it.";
            default -> null;
        };
    }

    private static Response toManage(String token, String notice) {
        return Response.seeOther(URI.create("/alerts/manage?token=" + encode(token) + "&notice=" + notice)).build();
    }

    /** Pages that carry a token in their address are neither cached nor leaked through Referer. */
    private static Response page(TemplateInstance page) {
        return Response.ok(page).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
    }

    private static String clientIp(HttpServerRequest http) {
        return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
