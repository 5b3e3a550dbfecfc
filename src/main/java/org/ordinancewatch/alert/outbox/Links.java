package org.ordinancewatch.alert.outbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import org.ordinancewatch.alert.AlertConfig;

/** Absolute links for emails, from {@code ow.alert.base-url}: an email has no page to be relative to. */
@ApplicationScoped
public class Links {

    private final String base;

    public Links(AlertConfig config) {
        String b = config.baseUrl().trim();
        this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    public String measure(String slug) {
        return base + "/m/" + encode(slug);
    }

    public String jurisdiction(String slug) {
        return base + "/j/" + encode(slug);
    }

    public String confirm(String token) {
        return base + "/alerts/confirm?token=" + encode(token);
    }

    public String manage(String token) {
        return base + "/alerts/manage?token=" + encode(token);
    }

    public String unsubscribe(String token) {
        return base + "/alerts/unsubscribe?token=" + encode(token);
    }

    public String home() {
        return base + "/";
    }

    /** Host part of the base URL, for Message-IDs. */
    public String host() {
        String rest = base.replaceFirst("^[a-zA-Z]+://", "");
        int end = rest.indexOf('/');
        String hostPort = end < 0 ? rest : rest.substring(0, end);
        return hostPort.replaceFirst(":\\d+$", "");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
