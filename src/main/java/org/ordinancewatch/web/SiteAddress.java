package org.ordinancewatch.web;

import jakarta.enterprise.context.ApplicationScoped;

import org.ordinancewatch.alert.AlertConfig;

/** The site's public address ({@code ow.alert.base-url}), which every absolute link in a calendar, feed or export starts with. */
@ApplicationScoped
public class SiteAddress {

    private final String base;

    public SiteAddress(AlertConfig config) {
        this.base = config.baseUrl().replaceAll("/+$", "");
    }

    public String base() {
        return base;
    }

    public String of(String path) {
        return base + path;
    }
}
