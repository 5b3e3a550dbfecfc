package org.ordinancewatch.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.ordinancewatch.web.Catalog.MeasureDetail;

/** {@code /m/{slug}} (or the numeric id): a measure, its dates, sources and status timeline. */
@Path("/m")
@Produces(MediaType.TEXT_HTML)
public class MeasureResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(MeasureDetail detail);
    }

    private final Catalog catalog;

    public MeasureResource(Catalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Path("/{slug}")
    public TemplateInstance show(@PathParam("slug") String slug) {
        return Templates.show(catalog.measure(slug)
                .orElseThrow(() -> new NotFoundException("No measure is tracked under '" + slug + "'.")));
    }
}
