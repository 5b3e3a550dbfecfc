package org.ordinancewatch.curate.web;

import java.net.URI;
import java.time.ZoneId;
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
import org.ordinancewatch.curate.PlaceForm;
import org.ordinancewatch.curate.Places;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.model.Level;
import org.ordinancewatch.source.SourceCatalog;

/**
 * {@code /admin/places/new} adds a jurisdiction with its agenda source; {@code /admin/places/{slug}/source} edits one
 * already tracked and its source. "Preview" fetches the live first page and shows what would be extracted; "Save"
 * stores it. A mistake shows the form again as typed with the problem beside its field.
 */
@Path("/admin/places")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ AppUser.ADMIN, AppUser.CURATOR })
public class PlacesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(Me me, Jurisdiction place, PlaceForm form, Map<String, String> errors,
                List<String> platforms, List<Level> levels, Places.Preview preview, String notice);
    }

    /** The form's fields, as posted. */
    public static class Fields {
        @FormParam("name") String name;
        @FormParam("level") String level;
        @FormParam("region") String region;
        @FormParam("country") String country;
        @FormParam("timezone") String timezone;
        @FormParam("latitude") String latitude;
        @FormParam("longitude") String longitude;
        @FormParam("platform") String platform;
        @FormParam("baseUrl") String baseUrl;
        @FormParam("client") String client;
        @FormParam("bodiesInclude") String bodiesInclude;
        @FormParam("bodiesExclude") String bodiesExclude;
        @FormParam("schedule") String schedule;
        @FormParam("action") String action;
        @FormParam(CsrfToken.FIELD) String csrf;

        PlaceForm form() {
            return new PlaceForm(name, level, region, country, timezone, latitude, longitude, platform, baseUrl, client,
                    bodiesInclude, bodiesExclude, schedule);
        }
    }

    private final Places places;
    private final SourceCatalog catalog;
    private final SecurityIdentity identity;

    public PlacesResource(Places places, SourceCatalog catalog, SecurityIdentity identity) {
        this.places = places;
        this.catalog = catalog;
        this.identity = identity;
    }

    @GET
    @Path("new")
    public TemplateInstance create(RoutingContext rc) {
        return page(rc, null, new PlaceForm("", "city", "", "US", "America/New_York", "", "", "", "", "", "", "", ""),
                Map.of(), null, null);
    }

    @POST
    @Path("new")
    public Response create(@BeanParam Fields fields, RoutingContext rc) {
        return submit(rc, null, fields);
    }

    @GET
    @Path("{slug}/source")
    public TemplateInstance source(@PathParam("slug") String slug, @QueryParam("notice") String notice,
            RoutingContext rc) {
        Jurisdiction j = place(slug);
        return page(rc, j, PlaceForm.of(j, catalog.source(slug).orElse(null)), Map.of(), null,
                "saved".equals(notice) ? "Saved. The source runs on its schedule; run it now from Scraper health." : null);
    }

    @POST
    @Path("{slug}/source")
    public Response source(@PathParam("slug") String slug, @BeanParam Fields fields, RoutingContext rc) {
        return submit(rc, place(slug), fields);
    }

    private Response submit(RoutingContext rc, Jurisdiction existing, Fields fields) {
        CsrfToken.check(rc, fields.csrf);
        PlaceForm form = fields.form();
        Map<String, String> errors = form.errors(catalog.platformNames(), true);
        if (!errors.isEmpty()) {
            return Response.status(400).entity(page(rc, existing, form, errors, null, null)).build();
        }
        String slug = existing == null ? form.slug() : existing.slug;
        if ("preview".equals(fields.action)) {
            if (!form.hasSource()) {
                return Response.status(400).entity(page(rc, existing, form,
                        Map.of("platform", "Choose a platform to preview its agenda."), null, null)).build();
            }
            Places.Preview preview = places.preview(form.source(slug), slug, ZoneId.of(form.timezone().strip()));
            return Response.ok(page(rc, existing, form, Map.of(), preview, null)).build();
        }
        try {
            String saved = places.save(form, existing == null ? null : existing.slug, identity.getPrincipal().getName());
            return Response.seeOther(URI.create("/admin/places/" + saved + "/source?notice=saved")).build();
        } catch (IllegalArgumentException e) {
            return Response.status(400).entity(page(rc, existing, form,
                    Map.of(existing == null && e.getMessage().contains("already tracked") ? "name" : "baseUrl",
                            e.getMessage()), null, null)).build();
        }
    }

    private static Jurisdiction place(String slug) {
        return QuarkusTransaction.joiningExisting().call(() -> Jurisdiction.findBySlug(slug))
                .orElseThrow(() -> new NotFoundException("No jurisdiction is tracked under '" + slug + "'."));
    }

    private TemplateInstance page(RoutingContext rc, Jurisdiction place, PlaceForm form, Map<String, String> errors,
            Places.Preview preview, String notice) {
        return Templates.edit(Me.of(identity, rc), place, form, errors, List.copyOf(catalog.platformNames()),
                Arrays.asList(Level.values()), preview, notice);
    }
}
