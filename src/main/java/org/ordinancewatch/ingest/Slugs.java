package org.ordinancewatch.ingest;

import java.text.Normalizer;
import java.util.Locale;

import org.ordinancewatch.model.Measure;

/** Readable, unique URL keys for measures created by scrapers. */
final class Slugs {

    private Slugs() {
    }

    static String slugify(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 80 ? slug.substring(0, 80).replaceAll("-$", "") : slug;
    }

    /** At most 120 characters, the width of {@code measure.slug}, suffix included. */
    static String uniqueMeasureSlug(String jurisdictionSlug, String identifierOrTitle) {
        String base = jurisdictionSlug + "-" + slugify(identifierOrTitle);
        if (base.length() > 112) {
            base = base.substring(0, 112).replaceAll("-$", "");
        }
        String slug = base;
        for (int n = 2; Measure.findBySlug(slug).isPresent(); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
