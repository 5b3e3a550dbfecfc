package org.ordinancewatch.alert;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;
import org.jboss.logging.Logger;
import org.ordinancewatch.SafeUrl;

/**
 * Checks the alert settings once at start-up, so a typo stops the app with the setting named instead of
 * failing every subscribe request later.
 */
@ApplicationScoped
public class AlertConfigCheck {

    private static final Logger LOG = Logger.getLogger(AlertConfigCheck.class);

    private final AlertConfig config;

    public AlertConfigCheck(AlertConfig config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        List<String> problems = problems(config.defaultZone(), config.baseUrl());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Alert settings rejected:\n  " + String.join("\n  ", problems));
        }
        if ("production".equals(config.environment()) && config.baseUrl().contains("localhost")) {
            LOG.warnf("ow.alert.base-url is %s in production: links in emails will not work for subscribers",
                    config.baseUrl());
        }
    }

    static List<String> problems(String defaultZone, String baseUrl) {
        List<String> problems = new ArrayList<>();
        try {
            ZoneId.of(defaultZone);
        } catch (DateTimeException e) {
            problems.add("ow.alert.default-zone: '" + defaultZone + "' is not an IANA time zone such as America/New_York");
        }
        if (SafeUrl.httpOnly(baseUrl) == null) {
            problems.add("ow.alert.base-url: '" + baseUrl + "' must be an absolute http(s) URL");
        }
        return problems;
    }
}
