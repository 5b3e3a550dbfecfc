package org.ordinancewatch.testing;

import static io.restassured.RestAssured.given;

import java.util.Map;

import org.ordinancewatch.access.AppUser;
import org.ordinancewatch.access.Users;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.specification.RequestSpecification;

/** Test accounts, created on first use in the running application's database. */
public final class Accounts {

    public static final String PASSWORD = "correct horse battery";
    public static final String CURATOR = "test-curator";
    public static final String ADMIN = "test-admin";

    private Accounts() {
    }

    /** Ensures the account exists (with {@link #PASSWORD}) and returns its name. */
    public static String ensure(String username, String role) {
        boolean exists = QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(username).isPresent());
        if (!exists) {
            Arc.container().instance(Users.class).get().create(username, PASSWORD, role, "test");
        }
        return username;
    }

    /** A request as the test curator, over HTTP Basic. */
    public static RequestSpecification asCurator() {
        return given().auth().preemptive().basic(ensure(CURATOR, AppUser.CURATOR), PASSWORD);
    }

    /** A request as the test admin, over HTTP Basic. */
    public static RequestSpecification asAdmin() {
        return given().auth().preemptive().basic(ensure(ADMIN, AppUser.ADMIN), PASSWORD);
    }

    /** Signs in through the login form and returns the session and CSRF cookies for page requests. */
    public static Map<String, String> session(String username, String role) {
        ensure(username, role);
        var login = given().redirects().follow(false).formParam("j_username", username)
                .formParam("j_password", PASSWORD).post("/j_security_check");
        String session = login.getCookie("ow-session");
        if (session == null) {
            throw new IllegalStateException("login as " + username + " failed: " + login.statusCode() + " "
                    + login.getHeader("Location"));
        }
        var home = given().redirects().follow(false).cookie("ow-session", session).get("/admin");
        String csrf = home.getCookie("ow-csrf");
        return Map.of("ow-session", session, "ow-csrf", csrf);
    }
}
