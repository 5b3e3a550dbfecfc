package org.ordinancewatch.alert;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;

import io.restassured.response.Response;
import org.ordinancewatch.alert.delivery.AlertDispatcher;

/**
 * What every alert test needs: a clean outbox, an empty SMTP server, and subscribe-and-confirm steps.
 * The SMTP server stays up from one test class to the next; only outage tests stop it, and start it
 * again (the test profile turns the mailer's connection pooling off, so no send reuses a connection
 * to a stopped server).
 */
public abstract class AlertTestBase {

    @Inject
    protected AlertTestData data;

    @Inject
    protected AlertDispatcher dispatcher;

    @BeforeEach
    protected void cleanSlate() {
        Smtp.up();
        Smtp.clear();
        data.clearAlerts();
    }

    protected static Response subscribe(String email, String scope, String cadence, String... kinds) {
        return given().redirects().follow(false)
                .formParam("email", email)
                .formParam("scope", scope)
                .formParam("kinds", (Object[]) kinds)
                .formParam("cadence", cadence)
                .post("/alerts/subscribe");
    }

    /** Sends what is due now. */
    protected AlertDispatcher.Report dispatchNow() {
        return dispatcher.dispatch(Instant.now());
    }

    /** The confirmation token from the confirmation email just sent to the address. */
    protected String confirmationToken(String email) {
        dispatchNow();
        List<MimeMessage> mails = Smtp.receivedBy(email);
        assertThat(mails).as("confirmation email to " + email).isNotEmpty();
        return Mails.token(mails.get(mails.size() - 1), "/alerts/confirm");
    }

    /** Confirms through the confirmation page's form; returns the manage token it redirects to. */
    protected static String confirm(String token) {
        String location = given().redirects().follow(false).formParam("token", token).post("/alerts/confirm")
                .then().statusCode(303).extract().header("Location");
        return manageTokenFrom(location);
    }

    protected static String manageTokenFrom(String url) {
        String query = url.substring(url.indexOf("token=") + 6);
        int end = query.indexOf('&');
        return URLDecoder.decode(end < 0 ? query : query.substring(0, end), StandardCharsets.UTF_8);
    }

    /** Subscribes, confirms, and clears the mailbox; returns the manage token. */
    protected String subscribed(String email, String scope, String cadence, String... kinds) {
        subscribe(email, scope, cadence, kinds).then().statusCode(200);
        String manage = confirm(confirmationToken(email));
        Smtp.clear();
        return manage;
    }
}
