package org.ordinancewatch.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** ow.admin.user and ow.admin.password (OW_ADMIN_USER, OW_ADMIN_PASSWORD) create the first admin at start-up. */
@QuarkusTest
@TestProfile(FirstAdminTest.WithAdmin.class)
class FirstAdminTest {

    public static class WithAdmin implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ow.admin.user", "first-admin", "ow.admin.password", "first admin passphrase");
        }
    }

    @Test
    void theConfiguredAdminExistsWithABcryptHashAndCanSignIn() {
        AppUser admin = QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername("first-admin").orElseThrow());
        assertThat(admin.role).isEqualTo(AppUser.ADMIN);
        assertThat(admin.passwordHash).startsWith("$2a$").doesNotContain("first admin passphrase");
        assertThat(admin.createdBy).isEqualTo("start-up");
        assertThat(given().auth().preemptive().basic("first-admin", "first admin passphrase").get("/api/admin/alerts")
                .statusCode()).isEqualTo(200);
        assertThat(given().auth().preemptive().basic("first-admin", "first admin passphrasE").get("/api/admin/alerts")
                .statusCode()).isEqualTo(401);
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("action = 'user.create' and target = 'first-admin'")))
                .isEqualTo(1);
    }

    @Test
    void weakOrMalformedAccountsAreRefusedWithTheFieldNamed() {
        assertThat(Users.problem("first-admin", "short")).hasValueSatisfying(p -> assertThat(p).startsWith("password:"));
        assertThat(Users.problem("a b", "long enough passphrase")).hasValueSatisfying(p -> assertThat(p).startsWith("username:"));
        assertThat(Users.problem("ok.name", "x".repeat(73))).hasValueSatisfying(p -> assertThat(p).contains("72 bytes"));
        assertThat(Users.problem("ok.name", "long enough passphrase")).isEmpty();
    }
}
