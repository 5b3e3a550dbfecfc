package org.ordinancewatch.curate.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestStreamElementType;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import io.vertx.ext.web.RoutingContext;
import org.ordinancewatch.access.AppUser;
import org.ordinancewatch.access.web.AdminResource.Me;
import org.ordinancewatch.access.web.CsrfToken;
import org.ordinancewatch.curate.SourceRuns;
import org.ordinancewatch.web.query.SiteQueries;

/**
 * {@code /admin/sources}: every source's last attempt, last success, error, counts and anomalies, and "run now" for
 * one source, whose progress is streamed to the page (server-sent events) until the run finishes.
 */
@Path("/admin/sources")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ AppUser.ADMIN, AppUser.CURATOR })
public class SourcesAdminResource {

    /** The last event of a run's stream. */
    public static final String DONE = "[done]";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Me me, List<SiteQueries.SourceRow> rows, String error);

        static native TemplateInstance run(Me me, String source, List<String> lines, boolean done);
    }

    private final SiteQueries site;
    private final SourceRuns runs;
    private final SecurityIdentity identity;

    public SourcesAdminResource(SiteQueries site, SourceRuns runs, SecurityIdentity identity) {
        this.site = site;
        this.runs = runs;
        this.identity = identity;
    }

    @GET
    public TemplateInstance index(RoutingContext rc) {
        return page(rc, null);
    }

    @POST
    @Path("{name}/run")
    public Response runNow(@PathParam("name") String name, @FormParam(CsrfToken.FIELD) String csrf, RoutingContext rc) {
        CsrfToken.check(rc, csrf);
        try {
            runs.start(name, identity.getPrincipal().getName());
        } catch (IllegalArgumentException e) {
            return Response.status(400).entity(page(rc, e.getMessage())).build();
        }
        return Response.seeOther(URI.create("/admin/sources/" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "/run"))
                .build();
    }

    @GET
    @Path("{name}/run")
    public TemplateInstance run(@PathParam("name") String name, RoutingContext rc) {
        SourceRuns.Run run = runs.latest(name).orElseThrow(() -> new NotFoundException("'" + name + "' has not been run from here."));
        boolean done = run.done();
        // A finished run is shown whole; a run under way is streamed from its first line by the page's script.
        return Templates.run(Me.of(identity, rc), name, done ? run.since(0) : List.of(), done);
    }

    @GET
    @Path("{name}/run/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.TEXT_PLAIN)
    public Multi<String> events(@PathParam("name") String name) {
        SourceRuns.Run run = runs.latest(name).orElseThrow(() -> new NotFoundException("'" + name + "' has not been run from here."));
        AtomicInteger cursor = new AtomicInteger();
        AtomicBoolean over = new AtomicBoolean();
        return Multi.createFrom().ticks().every(Duration.ofMillis(250))
                .select().first(Duration.ofMinutes(30))
                .select().first(tick -> !over.get())
                .onItem().transformToIterable(tick -> {
                    boolean finished = run.done();
                    List<String> lines = new ArrayList<>(run.since(cursor.get()));
                    cursor.addAndGet(lines.size());
                    if (finished) {
                        over.set(true);
                        lines.add(DONE);
                    }
                    return lines;
                });
    }

    private TemplateInstance page(RoutingContext rc, String error) {
        return Templates.index(Me.of(identity, rc), QuarkusTransaction.joiningExisting().call(site::sourceRows), error);
    }
}
