package org.ordinancewatch.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.ordinancewatch.web.query.CoverageQueries;

/** {@code /coverage}: every tracked jurisdiction, whether its agenda is read and, where it is not, why. */
@Path("/coverage")
@Produces(MediaType.TEXT_HTML)
public class CoverageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(CoverageQueries.Coverage coverage);
    }

    private final CoverageQueries coverage;

    public CoverageResource(CoverageQueries coverage) {
        this.coverage = coverage;
    }

    @GET
    public TemplateInstance index() {
        return Templates.index(coverage.coverage());
    }
}
