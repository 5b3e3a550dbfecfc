package org.ordinancewatch.detect;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits text into comparable word stems. Hyphens, slashes and other punctuation separate words, so
 * "face-recognition" and "face recognition" read alike; a light plural stemmer makes "technologies" equal
 * "technology" and "ALPRs" equal "ALPR". Terms in the topics file go through the same steps, so they may
 * be written singular or plural.
 */
final class Words {

    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u2018`]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Words() {
    }

    static List<String> stems(String text) {
        List<String> stems = new ArrayList<>();
        if (text == null) {
            return stems;
        }
        String plain = DIACRITICS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        // "Clearview's" must read as "clearview", not "clearview" + "s".
        String joined = APOSTROPHES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
        for (String word : SEPARATORS.split(joined)) {
            if (!word.isEmpty()) {
                stems.add(stem(word));
            }
        }
        return stems;
    }

    static String stem(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("sses")) {
            return word.substring(0, word.length() - 2);
        }
        // Words ending in -ss, -us, -is are singular ("access", "status", "analysis").
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
