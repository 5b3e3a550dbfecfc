package org.ordinancewatch.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.ordinancewatch.testing.Operator;

/**
 * The endpoints that reveal subscribers, the server's metrics, or cost memory per request answer only the operator;
 * the dry run refuses bodies over its limit and more runs at once than allowed.
 */
@QuarkusTest
class OperatorAccessTest {

    static final String PARSE = "/api/parse?platform=legistar-calendar&url=https://x.legistar.com/Calendar.aspx";

    @TestHTTPResource("/")
    URL base;

    @Test
    void anonymousAndWrongCredentialsGet401() {
        for (String path : List.of("/api/admin/alerts", "/q/metrics")) {
            given().get(path).then().statusCode(401).header("WWW-Authenticate", containsString("Basic"))
                    .body("message", containsString("operator"));
            given().auth().preemptive().basic(Operator.USER, "wrong").get(path).then().statusCode(401);
            given().auth().preemptive().basic("someone", Operator.PASSWORD).get(path).then().statusCode(401);
            given().header("Authorization", "Basic %%%").get(path).then().statusCode(401);
        }
        given().contentType("text/html").body("<html></html>").post(PARSE).then().statusCode(401);
    }

    @Test
    void theOperatorGetsThrough() {
        Operator.given().get("/api/admin/alerts").then().statusCode(200).body("subscribers", org.hamcrest.Matchers.notNullValue());
        Operator.given().get("/q/metrics").then().statusCode(200);
        // The dry run ran: a page with no meetings on it is answered 422 by the parser, not refused at the door.
        Operator.given().contentType("text/html").body("<html><body></body></html>").post(PARSE).then().statusCode(422);
    }

    @Test
    void publicPagesAndTheHealthCheckNeedNoCredential() {
        given().get("/api/measures").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/").then().statusCode(200);
    }

    @Test
    void aDryRunBodyOverTheLimitIs413() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        Operator.given().contentType("text/html").body(big).post(PARSE).then().statusCode(413)
                .body("message", containsString("ow.admin.parse-max-body"));
    }

    @Test
    void moreDryRunsAtOnceThanAllowedIs429UntilOneEnds() throws Exception {
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                // A dry run whose body has not finished arriving holds its place.
                Socket s = new Socket(base.getHost(), base.getPort());
                OutputStream out = s.getOutputStream();
                out.write(("POST " + PARSE + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/html\r\n"
                        + "Authorization: Basic " + java.util.Base64.getEncoder().encodeToString(
                                (Operator.USER + ":" + Operator.PASSWORD).getBytes(StandardCharsets.UTF_8))
                        + "\r\nContent-Length: 1000\r\n\r\n<html>").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                held.add(s);
            }
            long deadline = System.currentTimeMillis() + 5000;
            int status = 0;
            while (status != 429 && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
                status = Operator.given().contentType("text/html").body("<html></html>").post(PARSE).then().extract()
                        .statusCode();
            }
            assertThat(status).as("a third dry run while two are open").isEqualTo(429);
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
        long deadline = System.currentTimeMillis() + 5000;
        int status = 0;
        while (status != 422 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            status = Operator.given().contentType("text/html").body("<html></html>").post(PARSE).then().extract()
                    .statusCode();
        }
        assertThat(status).as("once the two are gone, a dry run gets through to the parser").isEqualTo(422);
    }
}
