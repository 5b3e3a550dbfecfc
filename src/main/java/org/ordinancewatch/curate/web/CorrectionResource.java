package org.ordinancewatch.curate.web;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import org.ordinancewatch.curate.CorrectionForm;
import org.ordinancewatch.curate.Corrections;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.model.MeasureKind;
import org.ordinancewatch.model.Relation;
import org.ordinancewatch.model.Status;

/**
 * {@code /admin/m/{slug}}: a curator corrects a measure's status, dates, kind, scope, vote, sources or links, with a
 * required reason and source. A mistake shows the form again as typed, with the problem beside its field.
 */
@Path("/admin/m")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ AppUser.ADMIN, AppUser.CURATOR })
public class CorrectionResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(Me me, Measure measure, CorrectionForm form, Map<String, String> errors,
                List<Status> statuses, List<MeasureKind> kinds, List<Relation> relations, String notice);
    }

    /** The form's fields, as posted. */
    public static class Fields {
        @FormParam("status") String status;
        @FormParam("statusOn") String statusOn;
        @FormParam("decidedOn") String decidedOn;
        @FormParam("effectiveOn") String effectiveOn;
        @FormParam("sunsetOn") String sunsetOn;
        @FormParam("kind") String kind;
        @FormParam("scope") String scope;
        @FormParam("vote") String vote;
        @FormParam("sourceLabel") String sourceLabel;
        @FormParam("sourceUrl") String sourceUrl;
        @FormParam("relation") String relation;
        @FormParam("relatedSlug") String relatedSlug;
        @FormParam("reason") String reason;
        @FormParam(CsrfToken.FIELD) String csrf;

        CorrectionForm form() {
            return new CorrectionForm(status, statusOn, decidedOn, effectiveOn, sunsetOn, kind, scope, vote,
                    sourceLabel, sourceUrl, relation, relatedSlug, reason);
        }
    }

    private final Corrections corrections;
    private final SecurityIdentity identity;

    public CorrectionResource(Corrections corrections, SecurityIdentity identity) {
        this.corrections = corrections;
        this.identity = identity;
    }

    /** The admin home's "correct a measure" box. */
    @GET
    public Response find(@QueryParam("slug") String slug) {
        if (slug == null || !slug.strip().matches("[a-z0-9][a-z0-9-]{0,199}")) {
            throw new jakarta.ws.rs.BadRequestException("Give a measure's slug: lower-case letters, digits and dashes.");
        }
        return Response.seeOther(URI.create("/admin/m/" + slug.strip())).build();
    }

    @GET
    @Path("{slug}")
    public TemplateInstance edit(@PathParam("slug") String slug, @QueryParam("notice") String notice,
            RoutingContext rc) {
        Measure m = measure(slug);
        return page(rc, m, CorrectionForm.of(m), Map.of(), "saved".equals(notice) ? "Correction saved." : null);
    }

    @POST
    @Path("{slug}")
    public Response save(@PathParam("slug") String slug, @BeanParam Fields fields, RoutingContext rc) {
        CsrfToken.check(rc, fields.csrf);
        Measure m = measure(slug);
        CorrectionForm form = fields.form();
        Map<String, String> errors = form.errors();
        if (errors.isEmpty()) {
            try {
                corrections.apply(slug, form, identity.getPrincipal().getName());
                return Response.seeOther(URI.create("/admin/m/" + slug + "?notice=saved")).build();
            } catch (IllegalArgumentException e) {
                errors = Map.of("relatedSlug", e.getMessage());
            }
        }
        return Response.status(400).entity(page(rc, m, form, errors, null)).build();
    }

    private static Measure measure(String slug) {
        return QuarkusTransaction.joiningExisting().call(() -> Measure.findBySlug(slug)
                .map(m -> {
                    m.jurisdiction.displayName();
                    m.sources.size();
                    return m;
                }))
                .orElseThrow(() -> new NotFoundException("No measure is tracked under '" + slug + "'."));
    }

    private TemplateInstance page(RoutingContext rc, Measure m, CorrectionForm form, Map<String, String> errors,
            String notice) {
        return Templates.edit(Me.of(identity, rc), m, form, errors, Arrays.asList(Status.values()),
                Arrays.asList(MeasureKind.values()), Arrays.asList(Relation.values()), notice);
    }
}
