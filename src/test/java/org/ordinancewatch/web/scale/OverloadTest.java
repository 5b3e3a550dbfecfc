package org.ordinancewatch.web.scale;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * More requests than the server can render: with every database connection taken, a request that needs one gets
 * 503 with Retry-After once the pool's acquisition timeout passes, a request beyond the render limit gets 503 at
 * once, never a 500, and the health endpoint keeps answering.
 */
@QuarkusTest
@TestProfile(OverloadTest.SmallPool.class)
class OverloadTest {

    static final int POOL = 4;

    public static class SmallPool implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.max-size", String.valueOf(POOL),
                    "quarkus.datasource.jdbc.acquisition-timeout", "1s",
                    "ow.page-cache.max-concurrent-renders", "1",
                    // No wait in line (RenderLineTest covers it), so a request beyond the limit is answered at once.
                    "ow.page-cache.render-wait", "0s",
                    "ow.page-cache.enabled", "false");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aFullPoolAndAFullRenderLimitAnswer503WithRetryAfter() throws Exception {
        given().get("/api/measures").then().statusCode(200);
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < POOL; i++) {
                held.add(dataSource.getConnection());
            }
            Response pool = given().get("/api/measures").then().extract().response();
            assertThat(pool.statusCode()).as("waited for a connection: " + pool.asString()).isEqualTo(503);
            assertThat(pool.header("Retry-After")).isEqualTo("2");
            assertThat(pool.jsonPath().getInt("status")).isEqualTo(503);

            CompletableFuture<Integer> slow = CompletableFuture.supplyAsync(() -> given().get("/").then().extract().statusCode());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
            Response gate = null;
            while (System.nanoTime() < deadline) {
                Thread.sleep(50);
                gate = given().get("/hearings").then().extract().response();
                if (gate.statusCode() == 503 && gate.header("Retry-After") != null) {
                    break;
                }
            }
            assertThat(gate.statusCode()).as("beyond the render limit").isEqualTo(503);
            assertThat(gate.header("Retry-After")).isEqualTo("2");
            assertThat(slow.get(10, TimeUnit.SECONDS)).as("the render that waited for a connection").isEqualTo(503);
            given().get("/q/health/live").then().statusCode(200);
            given().get("/css/app.css").then().statusCode(200);
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
        given().get("/").then().statusCode(200);
        given().get("/api/measures").then().statusCode(200);
    }
}
