package org.ordinancewatch.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ordinancewatch.testing.Accounts;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Security headers on every kind of response, no-store where private, and the cross-site check. */
@QuarkusTest
class HardeningTest {

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        List<Response> responses = List.of(given().get("/"), given().get("/css/app.css"), given().get("/api/measures"),
                given().get("/no/such/page"), given().get("/api/admin/alerts"),
                given().redirects().follow(false).get("/admin"), given().get("/login"),
                given().get("/alerts/manage?token=garbage"), given().get("/feeds/changes.atom"));
        for (Response r : responses) {
            String csp = r.getHeader("Content-Security-Policy");
            assertThat(csp).as("CSP on a %s", r.statusCode()).contains("default-src 'self'")
                    .contains("frame-ancestors 'none'").contains("script-src 'self'").doesNotContain("unsafe-inline");
            assertThat(r.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(r.getHeader("Referrer-Policy")).isNotBlank();
        }
    }

    @Test
    void privatePagesAreNeverStored() {
        Map<String, String> curator = Accounts.session("store-curator", AppUser.CURATOR);
        for (Response r : List.of(given().get("/login"), given().cookies(curator).get("/admin"),
                given().cookies(curator).get("/admin/audit"), given().redirects().follow(false).get("/admin/users"),
                given().get("/alerts/manage?token=garbage"), given().get("/alerts/unsubscribe?token=garbage"),
                given().get("/alerts/confirm?token=garbage"))) {
            assertThat(r.getHeader("Cache-Control")).as("status %s", r.statusCode()).contains("no-store");
        }
        assertThat(String.valueOf(given().get("/about").getHeader("Cache-Control"))).doesNotContain("no-store");
    }

    @Test
    void crossSiteFormPostsAreRefused() {
        Response forged = given().header("Origin", "https://evil.example").formParam("email", "a@example.org")
                .formParam("scope", "everything").formParam("kinds", "status").post("/alerts/subscribe");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.asString()).contains("another site");
        assertThat(given().header("Sec-Fetch-Site", "cross-site").formParam("token", "x").post("/alerts/unsubscribe")
                .statusCode()).isEqualTo(403);
        assertThat(given().header("Origin", "null").formParam("j_username", "a").formParam("j_password", "b")
                .post("/j_security_check").statusCode()).isEqualTo(403);
    }

    @Test
    void sameSiteAndNonBrowserPostsPass() {
        int port = io.restassured.RestAssured.port;
        assertThat(given().header("Origin", "http://localhost:" + port).header("Sec-Fetch-Site", "same-origin")
                .formParam("token", "garbage").post("/alerts/unsubscribe").statusCode()).isEqualTo(400);
        assertThat(given().formParam("token", "garbage").post("/alerts/unsubscribe").statusCode()).isEqualTo(400);
    }

    @Test
    void oneClickUnsubscribeFromAMailProviderIsExempt() {
        // RFC 8058: the provider POSTs List-Unsubscribe=One-Click to the URL from the header, token in its query.
        Response r = given().header("Origin", "https://mail.example").header("Sec-Fetch-Site", "cross-site")
                .formParam("List-Unsubscribe", "One-Click").post("/alerts/unsubscribe?token=garbage");
        assertThat(r.statusCode()).isEqualTo(400);
    }
}
