package org.ordinancewatch.faults;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ordinancewatch.testing.PostgresOnly;
import org.ordinancewatch.testing.TcpProxy;

/**
 * PostgreSQL goes away while the application serves pages and runs scheduled work, then comes back. The shared
 * server is never stopped: the application reaches it through a {@link TcpProxy} that the test cuts and restores.
 * While it is cut, pages and the API answer 503 with Retry-After (never 500) and readiness is down; after it is
 * restored, pages answer 200 again, readiness is up and the scheduled alert dispatch runs again, with no restart.
 */
@QuarkusTest
@ExtendWith(PostgresOnly.class)
@TestProfile(DatabaseOutageTest.ThroughProxy.class)
class DatabaseOutageTest {

    private static final Duration NOTICE_WITHIN = Duration.ofSeconds(20);
    private static final Duration RECOVER_WITHIN = Duration.ofSeconds(60);
    private static final AtomicInteger PROBE = new AtomicInteger();
    private static TcpProxy proxy;

    /** The datasource goes through the proxy; nothing is answered from the page cache. */
    public static class ThroughProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            URI pg = URI.create(PostgresOnly.jdbcUrl().substring("jdbc:".length()));
            String throughProxy = "jdbc:postgresql://127.0.0.1:" + proxyTo(pg.getHost(), pg.getPort()).port()
                    + pg.getRawPath() + (pg.getRawQuery() == null ? "" : "?" + pg.getRawQuery());
            Map<String, String> config = new HashMap<>();
            config.put("quarkus.datasource.jdbc.url", throughProxy);
            config.put("%pg.quarkus.datasource.jdbc.url", throughProxy);
            config.put("ow.page-cache.enabled", "false");
            config.put("ow.alert.dispatch.every", "1s");
            return config;
        }
    }

    private static synchronized TcpProxy proxyTo(String host, int port) {
        if (proxy == null) {
            try {
                proxy = new TcpProxy(host, port == -1 ? 5432 : port);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the proxy in front of PostgreSQL", e);
            }
        }
        return proxy;
    }

    @Inject
    ScheduledRuns scheduled;

    @AfterAll
    static void restoreDatabase() throws IOException {
        if (proxy != null) {
            proxy.restore();
        }
    }

    @Test
    void pagesAnswer503WhileTheDatabaseIsAwayAndRecoverWithoutARestart() throws Exception {
        assertThat(get("/").statusCode()).isEqualTo(200);
        assertThat(get("/api/measures").statusCode()).isEqualTo(200);
        assertThat(get("/q/health/ready").statusCode()).isEqualTo(200);

        proxy.cut();
        List<Integer> seen = new ArrayList<>();
        boolean noticed = waitFor(NOTICE_WITHIN, () -> {
            int status = get("/api/measures").statusCode();
            seen.add(status);
            return status == 503;
        });
        assertThat(noticed).as("statuses while the database was away: " + seen).isTrue();
        assertThat(seen).as("never a 500").doesNotContain(500);

        for (String path : List.of("/", "/hearings", "/api/measures", "/api/jurisdictions")) {
            Response page = get(path);
            assertThat(page.statusCode()).as(path + " during the outage: " + page.asString()).isEqualTo(503);
            assertThat(page.header("Retry-After")).as(path + " Retry-After").isNotBlank();
            assertThat(page.asString()).as(path + " body").contains("database").doesNotContain("Exception");
        }
        assertThat(get("/api/measures").jsonPath().getInt("status")).isEqualTo(503);
        Response ready = get("/q/health/ready");
        assertThat(ready.statusCode()).as("readiness during the outage: " + ready.asString()).isEqualTo(503);
        assertThat(ready.asString()).contains("DOWN");
        assertThat(get("/q/health/live").statusCode()).as("liveness during the outage").isEqualTo(200);

        proxy.restore();
        Instant restored = Instant.now();
        assertThat(waitFor(RECOVER_WITHIN, () -> get("/api/measures").statusCode() == 200))
                .as("/api/measures answers 200 after the database returns").isTrue();
        assertThat(get("/").statusCode()).isEqualTo(200);
        assertThat(get("/hearings").statusCode()).isEqualTo(200);
        assertThat(waitFor(RECOVER_WITHIN, () -> get("/q/health/ready").statusCode() == 200))
                .as("readiness up again").isTrue();
        assertThat(waitFor(RECOVER_WITHIN, () -> scheduled.lastSuccess("alert-dispatch")
                .filter(last -> last.isAfter(restored)).isPresent()))
                .as("the scheduled alert dispatch ran successfully after the database returned").isTrue();
    }

    /** A unique query string, so no cache anywhere can answer without the database. */
    private static Response get(String path) {
        return given().queryParam("outage-probe", PROBE.incrementAndGet()).get(path).then().extract().response();
    }

    private static boolean waitFor(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }
}
