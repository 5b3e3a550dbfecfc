package org.ordinancewatch.config;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.ordinancewatch.alert.AlertConfig;
import org.ordinancewatch.fetch.FetchConfig;
import org.ordinancewatch.source.SourcesConfig;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Every {@code ow.*} setting config/application.properties documents (commented out, with its default) is set to
 * that documented value, and the application must start with all of them and read them back: a documented
 * key no mapping knows used to stop start-up with SRCFG00050.
 */
@QuarkusTest
@TestProfile(DocumentedSettingsTest.EveryDocumentedSetting.class)
class DocumentedSettingsTest {

    static final Path DOCUMENTED = Path.of("config/application.properties");

    /** ow.* keys as documented, in file order. */
    static Map<String, String> documentedSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(DOCUMENTED, StandardCharsets.UTF_8)) {
                if (line.startsWith("#ow.") && line.contains("=")) {
                    int eq = line.indexOf('=');
                    settings.put(line.substring(1, eq).trim(), line.substring(eq + 1).trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return settings;
    }

    public static class EveryDocumentedSetting implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> settings = new LinkedHashMap<>(documentedSettings());
            try {
                // the documented value, ./data, would write into the checkout
                settings.put("ow.data-dir", Files.createTempDirectory("ow-settings").toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // the scheduler is on as documented; its first look is a minute away, after this test ends
            settings.put("quarkus.http.test-port", "0");
            return settings;
        }
    }

    @Inject
    Config config;

    @Inject
    SourcesConfig sources;

    @Inject
    FetchConfig fetch;

    @Inject
    AlertConfig alert;

    @Test
    void theFileDocumentsTheSettingsThisTestSets() {
        assertThat(documentedSettings()).containsKeys("ow.sources.tick", "ow.sources.first-delay",
                "ow.fetch.max-bytes", "ow.alert.dispatch.every", "ow.sunset.cron").hasSizeGreaterThan(40);
    }

    @Test
    void everyDocumentedSettingIsAcceptedAndReadBack() {
        Map<String, String> documented = documentedSettings();
        for (Map.Entry<String, String> setting : documented.entrySet()) {
            if (setting.getKey().equals("ow.data-dir") || setting.getValue().isEmpty()) {
                continue;
            }
            assertThat(config.getOptionalValue(setting.getKey(), String.class))
                    .as(setting.getKey()).contains(setting.getValue());
        }
        assertThat(sources.tick()).isEqualTo(documented.get("ow.sources.tick"));
        assertThat(sources.firstDelay()).isEqualTo(documented.get("ow.sources.first-delay"));
        assertThat(sources.schedule()).isTrue();
        assertThat(alert.baseUrl()).isEqualTo(documented.get("ow.alert.base-url"));
        assertThat(fetch).isNotNull();
    }

    @Test
    void theApplicationServesWithThemSet() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/").then().statusCode(200);
    }
}
