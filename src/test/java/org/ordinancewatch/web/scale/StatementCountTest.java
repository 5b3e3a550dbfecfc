package org.ordinancewatch.web.scale;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Every public page and API route costs the same number of SQL statements with 30 places added to the seed as
 * with 330 (990 more measures, their sources, changes, meetings and agenda items), and 2 or 22 more of each on
 * the place and the measure whose pages are asked for. The page cache is off here, so every request renders.
 */
@QuarkusTest
@TestProfile(StatementCountTest.CacheOff.class)
class StatementCountTest {

    static final String PLACE = "san-francisco-ca";
    static final String MEASURE = "san-francisco-ca-ban-2019";

    static final List<String> ROUTES = List.of("/", "/?status=in_force", "/?region=KS", "/j/" + PLACE,
            "/m/" + MEASURE, "/map", "/hearings", "/search?q=face", "/sources", "/coverage", "/api/coverage", "/about",
            "/feeds/changes.atom",
            "/feeds/j/" + PLACE + ".atom", "/feeds/m/" + MEASURE + ".atom", "/hearings/calendar.ics",
            "/hearings/j/" + PLACE + "/calendar.ics", "/hearings/m/" + MEASURE + "/calendar.ics", "/api/measures",
            "/api/measures?status=proposed&size=50", "/api/measures/" + MEASURE, "/api/jurisdictions",
            "/api/jurisdictions/" + PLACE, "/api/sources", "/coverage", "/api/coverage");

    public static class CacheOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Background jobs would add their statements to the global count while a route is measured.
            return Map.of("ow.page-cache.enabled", "false", "ow.alert.dispatch.enabled", "false",
                    "ow.sunset.cron", "off", "ow.alert.reminders.cron", "off");
        }
    }

    @Inject
    EntityManager em;

    @Test
    void noRouteCostsMoreStatementsWithMoreRows() {
        Statistics stats = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        assertThat(stats.isStatisticsEnabled()).isTrue();
        try {
            GrowData.add(em, 0, 30, PLACE, MEASURE);
            Map<String, Long> small = costs(stats);
            GrowData.add(em, 30, 330, PLACE, MEASURE);
            Map<String, Long> large = costs(stats);
            assertThat(given().get("/api/measures").then().extract().header("X-Total-Count"))
                    .as("the rows were added").isEqualTo(String.valueOf(89 + 990 + 22));
            assertThat(large).as("statements per route after adding rows").isEqualTo(small);
            small.forEach((route, n) -> assertThat(n).as("statements for %s", route).isBetween(1L, 15L));
        } finally {
            GrowData.remove(em);
        }
    }

    /** Statements per route: the least of three requests, so a statement from another thread cannot count. */
    private static Map<String, Long> costs(Statistics stats) {
        Map<String, Long> costs = new LinkedHashMap<>();
        for (String route : ROUTES) {
            long least = Long.MAX_VALUE;
            for (int attempt = 0; attempt < 3; attempt++) {
                long before = stats.getPrepareStatementCount();
                given().get(route).then().statusCode(200);
                least = Math.min(least, stats.getPrepareStatementCount() - before);
            }
            costs.put(route, least);
        }
        return costs;
    }
}
