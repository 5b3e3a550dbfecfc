package org.ordinancewatch.alert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AlertConfigCheckTest {

    @Test
    void soundSettingsPass() {
        assertThat(AlertConfigCheck.problems("America/Chicago", "https://ordinancewatch.example.org")).isEmpty();
    }

    @Test
    void badZoneAndBaseUrlAreNamed() {
        assertThat(AlertConfigCheck.problems("Eastern", "ordinancewatch.example.org")).containsExactly(
                "ow.alert.default-zone: 'Eastern' is not an IANA time zone such as America/New_York",
                "ow.alert.base-url: 'ordinancewatch.example.org' must be an absolute http(s) URL");
    }
}
