package org.ordinancewatch.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ordinancewatch.testing.Accounts;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every route, as an anonymous visitor, a curator and an admin. Pages sign in with the login form (session
 * cookie), API clients with HTTP Basic; anonymous API clients get 401, anonymous page visitors the login page.
 */
@QuarkusTest
class AccessControlTest {

    static final String CURATOR = "matrix-curator";
    static final String ADMIN = "matrix-admin";

    /** method, path, anonymous, curator, admin. */
    record Route(String method, String path, int anonymous, int curator, int admin) {
    }

    static final List<Route> PUBLIC = List.of(
            new Route("GET", "/", 200, 200, 200),
            new Route("GET", "/map", 200, 200, 200),
            new Route("GET", "/hearings", 200, 200, 200),
            new Route("GET", "/hearings/calendar.ics", 200, 200, 200),
            new Route("GET", "/search?q=face", 200, 200, 200),
            new Route("GET", "/sources", 200, 200, 200),
            new Route("GET", "/coverage", 200, 200, 200),
            new Route("GET", "/api/coverage", 200, 200, 200),
            new Route("GET", "/about", 200, 200, 200),
            new Route("GET", "/feeds/changes.atom", 200, 200, 200),
            new Route("GET", "/export/measures.csv", 200, 200, 200),
            new Route("GET", "/export/measures.json", 200, 200, 200),
            new Route("GET", "/export/status-changes.csv", 200, 200, 200),
            new Route("GET", "/api/measures", 200, 200, 200),
            new Route("GET", "/api/measures.csv", 200, 200, 200),
            new Route("GET", "/api/jurisdictions", 200, 200, 200),
            new Route("GET", "/api/sources", 200, 200, 200),
            new Route("GET", "/q/openapi", 200, 200, 200),
            new Route("GET", "/q/health/ready", 200, 200, 200),
            new Route("GET", "/login", 200, 200, 200));

    static final List<Route> API = List.of(
            new Route("GET", "/api/admin/alerts", 401, 403, 200),
            new Route("GET", "/q/metrics", 401, 200, 200),
            new Route("POST", "/api/parse?platform=legistar-calendar&url=https://x.legistar.com/Calendar.aspx", 401,
                    422, 422));

    static final List<Route> PAGES = List.of(
            new Route("GET", "/admin", 302, 200, 200),
            new Route("GET", "/admin/audit", 302, 200, 200),
            new Route("GET", "/admin/audit.csv", 302, 200, 200),
            new Route("GET", "/admin/users", 302, 403, 200),
            new Route("GET", "/admin/review", 302, 200, 200),
            new Route("GET", "/admin/m/boston-ma-ban-2020", 302, 200, 200));

    /** Forms that change data: anonymous visitors are sent to sign in; a signed-in user needs the form's token. */
    static final List<String> CURATION_FORMS = List.of("/admin/review/measures/1/confirm",
            "/admin/review/measures/1/reject", "/admin/review/measures/1/merge", "/admin/review/changes/1/confirm",
            "/admin/review/changes/1/reject", "/admin/m/boston-ma-ban-2020");

    @Test
    void curationFormsWantASignedInCuratorAndTheFormToken() {
        Map<String, String> curator = Accounts.session(CURATOR, AppUser.CURATOR);
        for (String path : CURATION_FORMS) {
            Response anonymous = given().redirects().follow(false).formParam("reason", "x").post(path);
            assertThat(anonymous.statusCode()).as("anonymous %s", path).isEqualTo(302);
            assertThat(anonymous.getHeader("Location")).endsWith("/login");
            assertThat(basic(CURATOR).redirects().follow(false).formParam("reason", "x").post(path).statusCode())
                    .as("HTTP Basic does not open pages: %s", path).isEqualTo(302);
            assertThat(given().cookies(curator).redirects().follow(false).formParam("reason", "x").post(path)
                    .statusCode()).as("no token %s", path).isEqualTo(403);
            assertThat(given().cookies(curator).redirects().follow(false).formParam("reason", "x")
                    .formParam("csrf", "forged").post(path).statusCode()).as("forged token %s", path).isEqualTo(403);
        }
    }

    @Test
    void publicRoutesAnswerEveryone() {
        Map<String, String> curator = Accounts.session(CURATOR, AppUser.CURATOR);
        for (Route r : PUBLIC) {
            assertThat(call(given(), r).statusCode()).as("anonymous %s", r.path()).isEqualTo(r.anonymous());
            assertThat(call(given().cookies(curator), r).statusCode()).as("curator %s", r.path()).isEqualTo(r.curator());
        }
    }

    @Test
    void apiRoutesWantBasicAuthAndTheRightRole() {
        Accounts.ensure(CURATOR, AppUser.CURATOR);
        Accounts.ensure(ADMIN, AppUser.ADMIN);
        for (Route r : API) {
            Response anonymous = call(given(), r);
            assertThat(anonymous.statusCode()).as("anonymous %s", r.path()).isEqualTo(r.anonymous());
            assertThat(anonymous.getHeader("WWW-Authenticate")).as("challenge on %s", r.path()).startsWith("Basic");
            assertThat(call(basic(CURATOR), r).statusCode()).as("curator %s", r.path()).isEqualTo(r.curator());
            assertThat(call(basic(ADMIN), r).statusCode()).as("admin %s", r.path()).isEqualTo(r.admin());
        }
    }

    @Test
    void aSessionCookieDoesNotOpenTheApiAndBasicDoesNotOpenThePages() {
        Map<String, String> admin = Accounts.session(ADMIN, AppUser.ADMIN);
        assertThat(given().cookies(admin).get("/api/admin/alerts").statusCode()).isEqualTo(401);
        assertThat(basic(ADMIN).redirects().follow(false).get("/admin").statusCode()).isEqualTo(302);
    }

    @Test
    void pagesSendAnonymousVisitorsToTheLoginPageAndCheckRoles() {
        Map<String, String> curator = Accounts.session(CURATOR, AppUser.CURATOR);
        Map<String, String> admin = Accounts.session(ADMIN, AppUser.ADMIN);
        for (Route r : PAGES) {
            Response anonymous = call(given(), r);
            assertThat(anonymous.statusCode()).as("anonymous %s", r.path()).isEqualTo(302);
            assertThat(anonymous.getHeader("Location")).as("anonymous %s", r.path()).endsWith("/login");
            assertThat(call(given().cookies(curator), r).statusCode()).as("curator %s", r.path()).isEqualTo(r.curator());
            assertThat(call(given().cookies(admin), r).statusCode()).as("admin %s", r.path()).isEqualTo(r.admin());
        }
    }

    @Test
    void onlyAnAdminWithTheFormTokenAddsAndRemovesCurators() {
        Map<String, String> curator = Accounts.session(CURATOR, AppUser.CURATOR);
        Map<String, String> admin = Accounts.session(ADMIN, AppUser.ADMIN);
        assertThat(given().redirects().follow(false).formParam("username", "newbie").formParam("password", "x")
                .post("/admin/users").statusCode()).isEqualTo(302);
        assertThat(given().cookies(curator).redirects().follow(false).formParam("username", "newbie")
                .formParam("password", Accounts.PASSWORD).formParam("csrf", curator.get("ow-csrf"))
                .post("/admin/users").statusCode()).isEqualTo(403);
        assertThat(given().cookies(admin).redirects().follow(false).formParam("username", "newbie")
                .formParam("password", Accounts.PASSWORD).post("/admin/users").statusCode())
                .as("no CSRF token").isEqualTo(403);
        assertThat(given().cookies(admin).redirects().follow(false).formParam("username", "newbie")
                .formParam("password", Accounts.PASSWORD).formParam("csrf", "forged").post("/admin/users").statusCode())
                .as("wrong CSRF token").isEqualTo(403);
        assertThat(basic("newbie").get("/q/metrics").statusCode()).isEqualTo(401);

        Response added = given().cookies(admin).redirects().follow(false).formParam("username", "newbie")
                .formParam("password", Accounts.PASSWORD).formParam("csrf", admin.get("ow-csrf")).post("/admin/users");
        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(basic("newbie").get("/q/metrics").statusCode()).isEqualTo(200);
        String audit = given().cookies(admin).get("/admin/audit.csv").asString();
        assertThat(audit).contains(ADMIN + ",user.create,newbie,role curator");

        assertThat(given().cookies(admin).redirects().follow(false).formParam("username", "newbie")
                .formParam("csrf", admin.get("ow-csrf")).post("/admin/users/remove").statusCode()).isEqualTo(303);
        assertThat(basic("newbie").get("/q/metrics").statusCode()).isEqualTo(401);
        assertThat(given().cookies(admin).get("/admin/audit").asString()).contains("user.remove");
    }

    @Test
    void logoutEndsTheSession() {
        Map<String, String> curator = Accounts.session("leaving-curator", AppUser.CURATOR);
        Response out = given().cookies(curator).redirects().follow(false).formParam("csrf", curator.get("ow-csrf"))
                .post("/logout");
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.getDetailedCookie("ow-session").getMaxAge()).isZero();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrict() {
        Accounts.ensure(CURATOR, AppUser.CURATOR);
        Response login = given().redirects().follow(false).formParam("j_username", CURATOR)
                .formParam("j_password", Accounts.PASSWORD).post("/j_security_check");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.getHeader("Location")).endsWith("/admin");
        String setCookie = login.getHeaders().getValues("Set-Cookie").stream().filter(c -> c.startsWith("ow-session="))
                .findFirst().orElseThrow();
        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
    }

    private static RequestSpecification basic(String user) {
        return given().auth().preemptive().basic(user, Accounts.PASSWORD);
    }

    private static Response call(RequestSpecification spec, Route r) {
        spec = spec.redirects().follow(false);
        return r.method().equals("POST") ? spec.contentType("text/html").body("<html></html>").post(r.path())
                : spec.get(r.path());
    }
}
