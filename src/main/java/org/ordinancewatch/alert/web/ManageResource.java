package org.ordinancewatch.alert.web;

import static org.ordinancewatch.alert.web.TokenPages.encode;
import static org.ordinancewatch.alert.web.TokenPages.guarded;
import static org.ordinancewatch.alert.web.TokenPages.kinds;
import static org.ordinancewatch.alert.web.TokenPages.page;
import static org.ordinancewatch.alert.web.TokenPages.toManage;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.ws.rs.Consumes;
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
import org.ordinancewatch.alert.signup.SubscriptionSettings;
import org.ordinancewatch.alert.signup.SubscriptionSettings.ManageView;
import org.ordinancewatch.alert.signup.Subscriptions;
import org.ordinancewatch.alert.subscriptions.Cadence;
import org.ordinancewatch.alert.subscriptions.Followed;

/**
 * {@code /alerts/manage} and {@code /alerts/unsubscribe}: what the link in every email opens. Each request is
 * authorised by that link's manage token.
 */
@Path("/alerts")
@Produces(MediaType.TEXT_HTML)
public class ManageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance manage(String token, ManageView view, List<Cadence> cadences, List<Hour> hours,
                List<String> zones, String notice);

        static native TemplateInstance unsubscribe(String token);

        static native TemplateInstance unsubscribed(String manageUrl);

        static native TemplateInstance deleted();
    }

    /** An hour of the day a digest can go out at. */
    public record Hour(int value, String label) {
    }

    private static final List<Hour> HOURS = IntStream.range(0, 24)
            .mapToObj(h -> new Hour(h, String.format("%02d:00", h))).toList();
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().toList();

    private final Subscriptions subscriptions;
    private final SubscriptionSettings settings;

    public ManageResource(Subscriptions subscriptions, SubscriptionSettings settings) {
        this.subscriptions = subscriptions;
        this.settings = settings;
    }

    @GET
    @Path("/manage")
    public Response manage(@QueryParam("token") String token, @QueryParam("notice") String notice) {
        ManageView view = guarded(() -> settings.view(token));
        return page(Templates.manage(token, view, List.of(Cadence.values()), HOURS, ZONES, notice(notice)));
    }

    @POST
    @Path("/manage/update")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@FormParam("token") String token, @FormParam("subscription") long subscription,
            @FormParam("scope") String scope, @FormParam("kinds") List<String> kinds,
            @FormParam("cadence") String cadence) {
        guarded(() -> {
            settings.update(token, subscription, Followed.parse(scope), kinds(kinds), Cadence.fromCode(cadence));
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
            settings.add(token, Followed.parse(scope), kinds(kinds), Cadence.fromCode(cadence));
            return null;
        });
        return toManage(token, "added");
    }

    @POST
    @Path("/manage/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@FormParam("token") String token, @FormParam("subscription") long subscription) {
        guarded(() -> {
            settings.remove(token, subscription);
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
            settings.setDigestTime(token, hour, zone);
            return null;
        });
        return toManage(token, "saved");
    }

    /** New links for this address; every link sent so far stops working. */
    @POST
    @Path("/manage/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@FormParam("token") String token) {
        return toManage(guarded(() -> settings.revokeLinks(token)), "revoked");
    }

    @POST
    @Path("/manage/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@FormParam("token") String token) {
        guarded(() -> {
            settings.delete(token);
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
            settings.unsubscribeAll(token);
            return null;
        });
        return page(Templates.unsubscribed("/alerts/manage?token=" + encode(token)));
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
}
