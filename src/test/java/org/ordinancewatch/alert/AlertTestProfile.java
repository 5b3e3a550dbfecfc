package org.ordinancewatch.alert;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The alert tests drive the dispatcher and the reminder jobs themselves, at chosen instants, so the
 * scheduled runs are switched off. A profile of their own also gives them a freshly migrated database, and
 * their mail goes to the test SMTP server's port.
 */
public class AlertTestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.http.test-port", "0",
                "quarkus.mailer.port", String.valueOf(Smtp.port()),
                "ow.alert.dispatch.every", "off",
                "ow.alert.reminders.cron", "off",
                "ow.alert.fan-out.every", "off",
                // A send on a connection that died with a stopped test SMTP server fails fast, not after 30 s.
                "ow.alert.dispatch.send-timeout", "PT5S");
    }
}
