package org.ordinancewatch.curate.web;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import org.ordinancewatch.access.AppUser;
import org.ordinancewatch.access.web.AdminResource.Me;
import org.ordinancewatch.access.web.CsrfToken;
import org.ordinancewatch.curate.Review;
import org.ordinancewatch.curate.ReviewQueue;

/**
 * {@code /admin/review}: what the scrapers found, waiting for a curator. Detected measures are confirmed, rejected
 * (with a reason; the file is never proposed again) or merged into a measure already tracked; status changes read
 * from a council's words are confirmed or rejected (undone as a recorded change).
 */
@Path("/admin/review")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ AppUser.ADMIN, AppUser.CURATOR })
public class ReviewResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Me me, ReviewQueue.Pending pending, String notice, String error);
    }

    private final ReviewQueue queue;
    private final Review review;
    private final SecurityIdentity identity;

    public ReviewResource(ReviewQueue queue, Review review, SecurityIdentity identity) {
        this.queue = queue;
        this.review = review;
        this.identity = identity;
    }

    @GET
    public TemplateInstance index(@QueryParam("notice") String notice, RoutingContext rc) {
        return page(rc, notice == null ? null : switch (notice) {
            case "confirmed" -> "Confirmed.";
            case "rejected" -> "Rejected. The file will not be proposed again, and anyone alerted gets a correction.";
            case "merged" -> "Merged into the existing measure.";
            case "reverted" -> "Rejected. The status was moved back, and the measure's followers are told.";
            default -> null;
        }, null);
    }

    @POST
    @Path("measures/{id}/{action}")
    public Response decideMeasure(@PathParam("id") long id, @PathParam("action") String action,
            @FormParam("reason") String reason, @FormParam("target") String target,
            @FormParam(CsrfToken.FIELD) String csrf, RoutingContext rc) {
        CsrfToken.check(rc, csrf);
        String curator = identity.getPrincipal().getName();
        return decide(rc, () -> switch (action) {
            case "confirm" -> {
                review.confirmMeasure(id, curator);
                yield "confirmed";
            }
            case "reject" -> {
                review.rejectMeasure(id, curator, reason);
                yield "rejected";
            }
            case "merge" -> {
                review.mergeMeasure(id, target, curator);
                yield "merged";
            }
            default -> throw new jakarta.ws.rs.NotFoundException();
        });
    }

    @POST
    @Path("changes/{id}/{action}")
    public Response decideChange(@PathParam("id") long id, @PathParam("action") String action,
            @FormParam("reason") String reason, @FormParam(CsrfToken.FIELD) String csrf, RoutingContext rc) {
        CsrfToken.check(rc, csrf);
        String curator = identity.getPrincipal().getName();
        return decide(rc, () -> switch (action) {
            case "confirm" -> {
                review.confirmChange(id, curator);
                yield "confirmed";
            }
            case "reject" -> {
                review.rejectChange(id, curator, reason);
                yield "reverted";
            }
            default -> throw new jakarta.ws.rs.NotFoundException();
        });
    }

    private Response decide(RoutingContext rc, java.util.function.Supplier<String> decision) {
        try {
            return Response.seeOther(URI.create("/admin/review?notice=" + decision.get())).build();
        } catch (IllegalArgumentException e) {
            return Response.status(400).entity(page(rc, null, e.getMessage())).build();
        }
    }

    private TemplateInstance page(RoutingContext rc, String notice, String error) {
        return Templates.index(Me.of(identity, rc), QuarkusTransaction.joiningExisting().call(queue::pending), notice,
                error);
    }
}
