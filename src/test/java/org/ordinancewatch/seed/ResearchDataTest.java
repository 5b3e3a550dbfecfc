package org.ordinancewatch.seed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ordinancewatch.testing.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every row of both research files ({@code ../shared/data/frt-measures.csv} and {@code frt-measures-more.csv})
 * against what the JSON API serves: status, dates, identifier, kind, level, country and sources; the URLs found
 * for the first 24 ({@code frt-measures-sources.csv}) too. A missing file skips locally and fails with CI=true.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResearchDataTest {

    /** The research files name countries; the app stores ISO codes ({@code EU} is ISO's reserved code for the Union). */
    private static final Map<String, String> COUNTRIES = Map.ofEntries(Map.entry("US", "US"),
            Map.entry("United States", "US"), Map.entry("European Union", "EU"), Map.entry("Italy", "IT"),
            Map.entry("United Kingdom", "GB"), Map.entry("Canada", "CA"), Map.entry("Argentina", "AR"),
            Map.entry("Morocco", "MA"), Map.entry("Australia", "AU"), Map.entry("Brazil", "BR"),
            Map.entry("India", "IN"));
    private static final Map<String, String> US_STATES = Map.ofEntries(Map.entry("Alabama", "AL"),
            Map.entry("California", "CA"), Map.entry("Colorado", "CO"), Map.entry("Illinois", "IL"),
            Map.entry("Maine", "ME"), Map.entry("Maryland", "MD"), Map.entry("Massachusetts", "MA"),
            Map.entry("Michigan", "MI"), Map.entry("Montana", "MT"), Map.entry("New Hampshire", "NH"),
            Map.entry("New Jersey", "NJ"), Map.entry("New York", "NY"), Map.entry("Oregon", "OR"),
            Map.entry("Tennessee", "TN"), Map.entry("Texas", "TX"), Map.entry("Utah", "UT"),
            Map.entry("Washington", "WA"));
    private static final Pattern URL = Pattern.compile("https?://[^\\s;]+");

    private List<Map<String, Object>> served;
    private final Map<String, Map<String, Object>> jurisdictions = new HashMap<>();

    private List<Map<String, Object>> served() {
        if (served == null) {
            served = given().get("/api/measures?size=500").then().statusCode(200).extract().jsonPath().getList("$");
        }
        return served;
    }

    @Test
    void bothFilesTogetherHoldEightyThreeRowsAndAllAreServed() throws IOException {
        List<CSVRecord> rows = new ArrayList<>(rows("frt-measures.csv"));
        assertThat(rows).hasSize(24);
        rows.addAll(rows("frt-measures-more.csv"));
        assertThat(rows).hasSize(83);
        SoftAssertions soft = new SoftAssertions();
        for (CSVRecord row : rows) {
            compare(soft, row, match(row));
        }
        soft.assertAll();
    }

    @Test
    void everyUrlOfTheMoreFileIsAServedSource() throws IOException {
        SoftAssertions soft = new SoftAssertions();
        for (CSVRecord row : rows("frt-measures-more.csv")) {
            List<String> urls = urls(match(row));
            Matcher m = URL.matcher(row.get("source"));
            int found = 0;
            while (m.find()) {
                found++;
                soft.assertThat(urls).as("sources of " + row.get("short_title")).contains(m.group());
            }
            soft.assertThat(found).as("URLs in the research row " + row.get("short_title")).isPositive();
        }
        soft.assertAll();
    }

    @Test
    void theUrlsFoundForTheFirstTwentyFourAreServedWithOfficialOnesMarkedAndFirst() throws IOException {
        List<CSVRecord> first = rows("frt-measures.csv");
        SoftAssertions soft = new SoftAssertions();
        for (CSVRecord url : rows("frt-measures-sources.csv")) {
            CSVRecord row = first.stream().filter(r -> r.get("jurisdiction").equals(url.get("jurisdiction"))
                    && r.get("identifier").equals(url.get("identifier"))).findFirst().orElseThrow();
            List<Map<String, Object>> sources = sources(match(row));
            Map<String, Object> source = sources.stream().filter(s -> url.get("url").equals(s.get("url"))).findFirst()
                    .orElse(null);
            soft.assertThat(source).as(url.get("url") + " on " + row.get("short_title")).isNotNull();
            if (source != null) {
                soft.assertThat(source.get("official")).as("official mark of " + url.get("url"))
                        .isEqualTo("official".equals(url.get("source_kind")));
            }
        }
        for (CSVRecord row : first) {
            List<Map<String, Object>> sources = sources(match(row));
            boolean anyOfficial = sources.stream().anyMatch(s -> Boolean.TRUE.equals(s.get("official")));
            if (anyOfficial) {
                soft.assertThat(sources.get(0).get("official")).as("first source of " + row.get("short_title"))
                        .isEqualTo(true);
            }
            List<Object> labels = sources.stream().map(s -> s.get("label")).toList();
            for (String label : row.get("source").split(";")) {
                soft.assertThat(labels).as("research label on " + row.get("short_title")).contains(label.trim());
            }
        }
        soft.assertAll();
    }

    private void compare(SoftAssertions soft, CSVRecord row, Map<String, Object> m) {
        String what = row.get("jurisdiction") + ": " + row.get("short_title");
        soft.assertThat(m.get("status")).as("status of " + what).isEqualTo(expectedStatus(row));
        soft.assertThat(m.get("decidedOn")).as("decided_on of " + what).isEqualTo(blankToNull(row.get("decided_on")));
        soft.assertThat(m.get("effectiveOn")).as("effective_on of " + what).isEqualTo(blankToNull(row.get("effective_on")));
        soft.assertThat(m.get("sunsetOn")).as("sunset_on of " + what).isEqualTo(blankToNull(row.get("sunset_on")));
        soft.assertThat(m.get("vote")).as("vote of " + what).isEqualTo(blankToNull(row.get("vote")));
        soft.assertThat(m.get("scope")).as("scope of " + what).isEqualTo(blankToNull(row.get("scope")));
        if (!row.get("source_note").isBlank()) {
            // A curator may add to the research note (Jackson's approximate repeal month), never drop it.
            soft.assertThat((String) m.get("notes")).as("notes of " + what).contains(row.get("source_note"));
        }
        soft.assertThat(m.get("related")).as("related of " + what).isEqualTo(blankToNull(row.get("related")));
        if (row.get("kind").equals("other")) {
            // Court and regulator decisions have a kind of their own; other "other" rows stay "other".
            soft.assertThat(m.get("kind")).as("kind of " + what).isIn("other", "ruling");
        } else {
            soft.assertThat(m.get("kind")).as("kind of " + what).isEqualTo(row.get("kind"));
        }
        soft.assertThat(m.get("level")).as("level of " + what).isEqualTo(row.get("level"));
        soft.assertThat(m.get("country")).as("country of " + what).isEqualTo(COUNTRIES.get(row.get("country")));
        String region = US_STATES.getOrDefault(row.get("region"), row.get("region"));
        if ("US".equals(m.get("country"))) {
            soft.assertThat(m.get("region")).as("region of " + what).isEqualTo(blankToNull(region));
        }
        Map<String, Object> place = jurisdiction((String) m.get("jurisdiction"));
        soft.assertThat(place.get("level")).as("level of the place of " + what).isEqualTo(row.get("level"));
        soft.assertThat(place.get("timezone")).as("time zone of the place of " + what).isNotNull();
        soft.assertThat(place.get("latitude")).as("latitude of the place of " + what).isNotNull();
    }

    /**
     * The research status, except that a moratorium whose sunset has passed may have been moved to
     * {@code expired} by the sunset rule since: that move is the app's own, recorded in its history.
     */
    private Object expectedStatus(CSVRecord row) {
        String sunset = row.get("sunset_on");
        boolean lapsed = row.get("kind").equals("moratorium") && !sunset.isBlank()
                && org.ordinancewatch.model.PartialDate.parse(sunset).isReachedBy(LocalDate.now().minusDays(1));
        if (!lapsed || row.get("status").equals("expired")) {
            return row.get("status");
        }
        Map<String, Object> m = match(row);
        return m.get("status").equals("expired") && expiredByRule((String) m.get("slug")) ? "expired" : row.get("status");
    }

    private static boolean expiredByRule(String slug) {
        List<String> reasons = given().get("/api/measures/" + slug).then().statusCode(200).extract()
                .jsonPath().getList("history.reason");
        return reasons.contains("rule:sunset-reached");
    }

    private Map<String, Object> match(CSVRecord row) {
        List<Map<String, Object>> found = served().stream()
                .filter(m -> row.get("short_title").equals(m.get("title"))
                        && java.util.Objects.equals(blankToNull(row.get("identifier")), m.get("identifier")))
                .toList();
        assertThat(found).as("served measures for " + row.get("jurisdiction") + ": " + row.get("short_title"))
                .hasSize(1);
        return found.get(0);
    }

    private Map<String, Object> jurisdiction(String slug) {
        return jurisdictions.computeIfAbsent(slug, s -> given().get("/api/jurisdictions/" + s).then().statusCode(200)
                .extract().jsonPath().getMap("$"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> sources(Map<String, Object> measure) {
        return (List<Map<String, Object>>) measure.get("sources");
    }

    private static List<String> urls(Map<String, Object> measure) {
        return sources(measure).stream().map(s -> (String) s.get("url")).filter(u -> u != null).toList();
    }

    private static List<CSVRecord> rows(String file) throws IOException {
        Path csv = Fixtures.researchData(file);
        try (Reader in = Files.newBufferedReader(csv)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

}
