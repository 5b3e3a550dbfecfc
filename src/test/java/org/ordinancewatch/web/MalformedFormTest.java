package org.ordinancewatch.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

/** Form bodies with broken percent-encoding are the client's mistake: 400 naming it, not a logged 500. */
@QuarkusTest
class MalformedFormTest {

    @ParameterizedTest
    @CsvSource({
            "/alerts/subscribe, email=%ZZ",
            "/alerts/subscribe, email=a%2",
            "/alerts/unsubscribe, token=%ZZ",
            "/alerts/confirm, token=%G1"})
    void brokenPercentEncodingIsA400(String path, String body) {
        given().contentType("application/x-www-form-urlencoded").body(body)
                .post(path)
                .then().statusCode(400)
                .body(containsString("percent-encoding"));
    }
}
