package org.ordinancewatch.model;

import java.util.regex.Pattern;

/** The one form of a slug (jurisdictions, measures, source files): lowercase words joined by single hyphens. */
public final class SlugForm {

    public static final Pattern PATTERN = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private SlugForm() {
    }
}
