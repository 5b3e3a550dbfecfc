package org.ordinancewatch.infer;

import java.util.Locale;
import java.util.regex.Pattern;

/** Action and result texts as the rules see them, and whether they report a failed vote. */
final class ActionText {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern FAILED_RESULT = Pattern.compile(
            "\\b(fail(ed|s)?|defeated|lost|denied|rejected|not (passed|adopted|approved|carried)|did not (pass|carry))\\b");
    private static final Pattern FAILED_ACTION = Pattern.compile(
            "\\b(fail(ed|s)?|defeated|lost|denied|rejected|disapproved|not (passed|adopted|approved|carried)"
                    + "|did not (pass|carry)|do not pass)\\b");

    private ActionText() {
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String plain = text.replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.ROOT);
        String collapsed = SPACES.matcher(plain).replaceAll(" ").trim();
        return collapsed.endsWith(".") ? collapsed.substring(0, collapsed.length() - 1).trim() : collapsed;
    }

    /** Both arguments normalised. */
    static boolean reportsFailedVote(String action, String result) {
        return FAILED_RESULT.matcher(result).find() || FAILED_ACTION.matcher(action).find();
    }
}
