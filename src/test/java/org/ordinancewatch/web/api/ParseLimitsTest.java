package org.ordinancewatch.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ordinancewatch.fetch.FetchConfig;
import org.ordinancewatch.testing.Accounts;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Dry runs are bounded in size and in number before their body is read. */
@QuarkusTest
class ParseLimitsTest {

    private static final String URL = "/api/parse?platform=legistar-calendar&url=https://x.legistar.com/Calendar.aspx";

    @Inject
    ParseLimits limits;

    @Inject
    FetchConfig fetch;

    @Test
    void aBodyOverTheLimitIsRefusedWith413() {
        byte[] big = new byte[(int) fetch.maxBytes().asLongValue() + 1];
        Response r = Accounts.asCurator().contentType("text/html").body(big).post(URL);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.jsonPath().getString("message")).contains("the limit is " + fetch.maxBytes().asLongValue());
    }

    @Test
    void whenEveryPermitIsTakenTheNextDryRunIsToldToComeBack() {
        int permits = limits.running().drainPermits();
        assertThat(permits).isEqualTo(2);
        try {
            Response r = Accounts.asCurator().contentType("text/html").body("<html></html>").post(URL);
            assertThat(r.statusCode()).isEqualTo(429);
            assertThat(r.getHeader("Retry-After")).isEqualTo("5");
            assertThat(r.jsonPath().getString("message")).contains("2 dry runs are already running");
        } finally {
            limits.running().release(permits);
        }
        assertThat(Accounts.asCurator().contentType("text/html").body("<html></html>").post(URL).statusCode())
                .isEqualTo(422);
        // The permit comes back when the response has ended, which the client may see a moment earlier.
        long until = System.nanoTime() + 2_000_000_000L;
        while (limits.running().availablePermits() < 2 && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        assertThat(limits.running().availablePermits()).as("the permit is returned after the run").isEqualTo(2);
    }

    @Test
    void anonymousClientsAreRefusedBeforeAnyLimitIsConsulted() {
        int permits = limits.running().drainPermits();
        try {
            assertThat(io.restassured.RestAssured.given().contentType("text/html").body("<html></html>").post(URL)
                    .statusCode()).isEqualTo(401);
        } finally {
            limits.running().release(permits);
        }
    }
}
