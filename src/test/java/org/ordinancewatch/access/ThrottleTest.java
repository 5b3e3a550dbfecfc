package org.ordinancewatch.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ordinancewatch.testing.Accounts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** After five failures within the window, an account and a client are refused even the right password. */
@QuarkusTest
class ThrottleTest {

    @Inject
    LoginThrottle throttle;

    @BeforeEach
    @AfterEach
    void forget() {
        // Every test client is 127.0.0.1: a lock left behind would refuse the other tests' logins.
        QuarkusTransaction.requiringNew().run(() -> AppUser.getEntityManager()
                .createNativeQuery("delete from login_failure").executeUpdate());
    }

    @Test
    void accountsAndClientsAreCountedSeparately() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("victim", "192.0.2.1");
        }
        assertThat(throttle.lockedFor("victim", "198.51.100.7")).as("the account, from anywhere").isPresent();
        assertThat(throttle.lockedFor("someone-else", "192.0.2.1")).as("the client, for any account").isPresent();
        assertThat(throttle.lockedFor("someone-else", "198.51.100.7")).isEmpty();
        assertThat(throttle.lockedFor("victim", "198.51.100.7").orElseThrow().toMinutes()).isBetween(14L, 15L);
    }

    @Test
    void fourFailuresAreForgivenByASuccessfulLogin() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("forgetful", "192.0.2.9");
        }
        throttle.succeeded("forgetful");
        throttle.failed("forgetful", "192.0.2.10");
        assertThat(throttle.lockedFor("forgetful", "192.0.2.10")).isEmpty();
    }

    @Test
    void basicAuthIsRefusedWithRetryAfterOnceLocked() {
        String user = Accounts.ensure("throttled-curator", AppUser.CURATOR);
        for (int i = 0; i < 5; i++) {
            assertThat(given().auth().preemptive().basic(user, "wrong password " + i).get("/q/metrics").statusCode())
                    .isEqualTo(401);
        }
        Response locked = given().auth().preemptive().basic(user, Accounts.PASSWORD).get("/q/metrics");
        assertThat(locked.statusCode()).isEqualTo(401);
        assertThat(Long.parseLong(locked.getHeader("Retry-After"))).isBetween(1L, 15 * 60L + 1);
        forget();
        assertThat(given().auth().preemptive().basic(user, Accounts.PASSWORD).get("/q/metrics").statusCode())
                .isEqualTo(200);
    }

    @Test
    void theLoginPageSaysWhyAfterRepeatedFailures() {
        String user = Accounts.ensure("locked-curator", AppUser.CURATOR);
        Response first = given().redirects().follow(false).formParam("j_username", user)
                .formParam("j_password", "nope").post("/j_security_check");
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.getHeader("Location")).contains("/login?error");
        assertThat(given().get("/login?error=1").asString()).contains("Wrong user name or password")
                .contains("locked for 15 minutes");
        for (int i = 0; i < 4; i++) {
            given().redirects().follow(false).formParam("j_username", user).formParam("j_password", "nope")
                    .post("/j_security_check");
        }
        Response right = given().redirects().follow(false).formParam("j_username", user)
                .formParam("j_password", Accounts.PASSWORD).post("/j_security_check");
        assertThat(right.getCookie("ow-session")).isNull();
        assertThat(given().get("/login?error=1").asString()).contains("Too many failed logins from your address")
                .contains("try again in 15 minutes");
    }
}
