package org.ordinancewatch.web;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.ordinancewatch.model.SourceHealth;
import org.ordinancewatch.source.SourceCatalog;
import org.ordinancewatch.source.SourceDefinition;

/** {@code /sources}: every configured agenda source and how its last scrape went, for curators. */
@Path("/sources")
@Produces(MediaType.TEXT_HTML)
public class SourcesResource {

    public record SourceRow(SourceDefinition definition, SourceHealth health) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<SourceRow> rows, Instant asOf);
    }

    private final Catalog catalog;
    private final SourceCatalog sources;

    public SourcesResource(Catalog catalog, SourceCatalog sources) {
        this.catalog = catalog;
        this.sources = sources;
    }

    @GET
    public TemplateInstance index() {
        return Templates.index(rows(), catalog.lastChange());
    }

    List<SourceRow> rows() {
        List<SourceHealth> health = catalog.sourceHealth();
        return sources.sources().stream().map(d -> new SourceRow(d,
                health.stream().filter(h -> h.sourceName.equals(d.name())).findFirst().orElse(null))).toList();
    }
}
