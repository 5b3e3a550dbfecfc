package org.ordinancewatch.web.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.io.IOException;
import java.nio.file.Files;

import org.ordinancewatch.testing.Accounts;
import org.junit.jupiter.api.Test;
import org.ordinancewatch.testing.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

/** A dry run says so when every meeting on the page lies outside the window a scheduled scrape asks for. */
@QuarkusTest
class ParseWindowWarningTest {

    private static final String MEETING = "/api/parse?platform=legistar-meeting-detail"
            + "&url=https://pittsburgh.legistar.com/MeetingDetail.aspx%3FID%3D1402201&zone=America/New_York";

    private static byte[] page() throws IOException {
        return Files.readAllBytes(Fixtures.own("legistar/MeetingDetail_city_council.html"));
    }

    @Test
    void meetingsOutsideTheWindowAreNamedInAWarning() throws IOException {
        Accounts.asCurator().contentType("text/html").body(page())
                .post(MEETING + "&lookback-days=0&lookahead-days=0")
                .then().statusCode(200)
                .body("meetings", hasSize(greaterThan(0)))
                .body("warnings", hasItem(containsString("fall outside the lookback/lookahead window")))
                .body("warnings", hasItem(containsString("lookback-days=0")));
    }

    @Test
    void noWarningWhenAMeetingIsInside() throws IOException {
        Accounts.asCurator().contentType("text/html").body(page())
                .post(MEETING + "&lookback-days=36500&lookahead-days=36500")
                .then().statusCode(200)
                .body("warnings", everyItem(not(containsString("outside the lookback"))));
    }
}
