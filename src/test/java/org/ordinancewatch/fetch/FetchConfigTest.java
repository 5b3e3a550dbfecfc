package org.ordinancewatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The ow.fetch mapping, read with SmallRye Config directly (no Quarkus boot). */
class FetchConfigTest {

    private static FetchSettings settingsFrom(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .addDiscoveredConverters()
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .withMapping(FetchConfig.class)
                .build();
        return config.getConfigMapping(FetchConfig.class).toSettings();
    }

    @Test
    void defaultsAreTheDocumentedValues() {
        FetchSettings d = FetchSettings.defaults();
        assertThat(settingsFrom(Map.of())).isEqualTo(d);
        assertThat(d.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(d.readTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(d.totalTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(d.maxRedirects()).isEqualTo(5);
        assertThat(d.allowPrivateAddresses()).isFalse();
        assertThat(d.userAgent()).isEqualTo(FetchSettings.PRODUCT);
        assertThat(d.perHostDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(d.maxConcurrency()).isEqualTo(4);
        assertThat(d.retries()).isEqualTo(3);
        assertThat(d.retryBackoff()).isEqualTo(Duration.ofMillis(500));
        assertThat(d.maxRetryAfter()).isEqualTo(Duration.ofMinutes(2));
        assertThat(d.respectRobots()).isTrue();
        assertThat(d.robotsTtl()).isEqualTo(Duration.ofHours(24));
        assertThat(d.robotsErrorTtl()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void defaultMaxBytesIsTenMebibytes() {
        assertThat(settingsFrom(Map.of()).maxBytes()).isEqualTo(10L * 1024 * 1024);
    }

    @Test
    void contactUrlGoesIntoTheUserAgent() {
        FetchSettings settings = settingsFrom(Map.of("ow.fetch.contact-url", "https://example.org/bot"));

        assertThat(settings.userAgent()).isEqualTo("OrdinanceWatch/0.1 (+https://example.org/bot)");
    }

    @Test
    void explicitUserAgentWins() {
        FetchSettings settings = settingsFrom(Map.of(
                "ow.fetch.contact-url", "https://example.org/bot",
                "ow.fetch.user-agent", "CustomBot/2"));

        assertThat(settings.userAgent()).isEqualTo("CustomBot/2");
    }

    @Test
    void durationsAcceptShortForms() {
        FetchSettings settings = settingsFrom(Map.of("ow.fetch.per-host-delay", "250ms", "ow.fetch.robots-ttl", "6h"));

        assertThat(settings.perHostDelay()).isEqualTo(Duration.ofMillis(250));
        assertThat(settings.robotsTtl()).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void robotsAgentIsTheFirstProductToken() {
        assertThat(settingsFrom(Map.of("ow.fetch.contact-url", "https://example.org/bot")).robotsAgent())
                .isEqualTo("OrdinanceWatch");
    }
}
