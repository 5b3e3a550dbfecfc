package org.ordinancewatch.access.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ordinancewatch.access.AppUser;
import org.ordinancewatch.access.AuditEntry;
import org.ordinancewatch.access.Users;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/** Pages behind the login: home, accounts (admins only) and the audit log. */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ AppUser.ADMIN, AppUser.CURATOR })
public class AdminResource {

    static final int AUDIT_PAGE = 200;

    /** The signed-in user as admin pages show them, with the CSRF token their forms carry. */
    public record Me(String name, boolean admin, String csrf) {

        public static Me of(SecurityIdentity identity, RoutingContext rc) {
            return new Me(identity.getPrincipal().getName(), identity.hasRole(AppUser.ADMIN), CsrfToken.of(rc));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Me me);

        static native TemplateInstance users(Me me, List<AppUser> users, String notice, String error);

        static native TemplateInstance audit(Me me, List<AuditEntry> entries, int limit);
    }

    private final SecurityIdentity identity;
    private final Users users;

    public AdminResource(SecurityIdentity identity, Users users) {
        this.identity = identity;
        this.users = users;
    }

    @GET
    public TemplateInstance home(RoutingContext rc) {
        return Templates.home(me(rc));
    }

    @GET
    @Path("users")
    @RolesAllowed(AppUser.ADMIN)
    public TemplateInstance users(@QueryParam("notice") String notice, RoutingContext rc) {
        return usersPage(rc, notice == null ? null : switch (notice) {
            case "added" -> "Curator added.";
            case "removed" -> "Curator removed.";
            default -> null;
        }, null);
    }

    @POST
    @Path("users")
    @RolesAllowed(AppUser.ADMIN)
    public Response addCurator(@FormParam("username") String username, @FormParam("password") String password,
            @FormParam(CsrfToken.FIELD) String csrf, RoutingContext rc) {
        CsrfToken.check(rc, csrf);
        try {
            users.create(username == null ? null : username.strip(), password, AppUser.CURATOR, name());
        } catch (IllegalArgumentException e) {
            return Response.status(400).entity(usersPage(rc, null, e.getMessage())).build();
        }
        return Response.seeOther(URI.create("/admin/users?notice=added")).build();
    }

    @POST
    @Path("users/remove")
    @RolesAllowed(AppUser.ADMIN)
    public Response removeCurator(@FormParam("username") String username, @FormParam(CsrfToken.FIELD) String csrf,
            RoutingContext rc) {
        CsrfToken.check(rc, csrf);
        try {
            users.removeCurator(username, name());
        } catch (IllegalArgumentException e) {
            return Response.status(400).entity(usersPage(rc, null, e.getMessage())).build();
        }
        return Response.seeOther(URI.create("/admin/users?notice=removed")).build();
    }

    @GET
    @Path("audit")
    public TemplateInstance audit(RoutingContext rc) {
        return Templates.audit(me(rc), QuarkusTransaction.joiningExisting().call(() -> AuditEntry.latest(AUDIT_PAGE)),
                AUDIT_PAGE);
    }

    @GET
    @Path("audit.csv")
    @Produces("text/csv")
    public Response auditCsv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("at", "actor", "action", "target", "detail").build())) {
            for (AuditEntry e : QuarkusTransaction.joiningExisting().call(AuditEntry::all)) {
                csv.printRecord(e.at, cell(e.actor), cell(e.action), cell(e.target), cell(e.detail));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(out.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audit-log.csv\"").build();
    }

    /** A cell starting with =, +, - or @ would run as a formula in a spreadsheet. */
    static String cell(String value) {
        if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private TemplateInstance usersPage(RoutingContext rc, String notice, String error) {
        return Templates.users(me(rc), QuarkusTransaction.joiningExisting().call(AppUser::listByName), notice, error);
    }

    private Me me(RoutingContext rc) {
        return Me.of(identity, rc);
    }

    private String name() {
        return identity.getPrincipal().getName();
    }
}
