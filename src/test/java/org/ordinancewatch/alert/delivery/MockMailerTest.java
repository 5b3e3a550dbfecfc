package org.ordinancewatch.alert.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.ordinancewatch.alert.AlertTestBase;
import org.ordinancewatch.alert.AlertTestProfile;
import org.ordinancewatch.alert.outbox.Alert;

/** A mock mailer delivers nowhere: the dispatcher then keeps alerts pending instead of "sending" them. */
@QuarkusTest
@TestProfile(MockMailerTest.MockMailer.class)
class MockMailerTest extends AlertTestBase {

    public static class MockMailer extends AlertTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("quarkus.mailer.mock", "true");
            return overrides;
        }
    }

    /**
     * This class runs under its own profile, in another class loader, while the other alert classes'
     * SMTP server may still hold its port; a mocked mailer needs no server, so none is started here.
     */
    @Override
    protected void cleanSlate() {
        data.clearAlerts();
    }

    @Test
    void nothingIsMarkedSentWhileTheMailerIsMocked() {
        subscribe("zed@example.org", "everything", "immediate", "status").then().statusCode(200);
        assertThat(dispatchNow().skipped()).isTrue();
        assertThat(data.alerts("zed@example.org", Alert.Delivery.PENDING)).isEqualTo(1);
        assertThat(data.alerts("zed@example.org", Alert.Delivery.SENT)).isZero();
    }
}
