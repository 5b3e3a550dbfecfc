package org.ordinancewatch.web;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The site's public address, which every absolute link in a calendar, feed or export starts with. It is the
 * setting emails use too ({@code ow.alert.base-url}, default in {@code AlertConfig}); read here by name so the public
 * pages do not depend on the alert package.
 */
@ApplicationScoped
public class SiteAddress {

    private final String base;

    public SiteAddress(@ConfigProperty(name = "ow.alert.base-url") String baseUrl) {
        this.base = baseUrl.replaceAll("/+$", "");
    }

    public String base() {
        return base;
    }

    public String of(String path) {
        return base + path;
    }
}
