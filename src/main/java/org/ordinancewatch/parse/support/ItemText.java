package org.ordinancewatch.parse.support;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ordinancewatch.record.ScrapedItem;
import org.ordinancewatch.record.Link;

/**
 * Reads an agenda item out of one line of text as agendas print it: an item number ("4.", "Item 4:", "B)"), a file
 * reference ("Ordinance No. 2021-07", "Res. 21-114", "File #21-0042") and the title that remains.
 */
public final class ItemText {

    private static final Pattern NUMBER = Pattern.compile(
            "^(?:item\\s+)?((?:\\d{1,3}|[A-Z]|[IVX]{1,5})(?:\\.\\d{1,3}|\\.[a-z])*)(?:[.:)]\\s+|\\s+-\\s+|\\s{2,})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FILE = Pattern.compile(
            "\\b((?:ordinance|resolution|bill|ord\\.|res\\.|file)\\s*(?:no\\.?|number|#)?\\s*#?\\s*[A-Z]{0,3}-?\\d[\\d-]*[A-Za-z]?)(?=[\\s:,;)-]|$)",
            Pattern.CASE_INSENSITIVE);

    private ItemText() {
    }

    /** The line's item number, file reference and title; empty when the line has neither number nor file. */
    public static Optional<ScrapedItem> parse(String line, String url, List<Link> links) {
        String text = Text.clean(line);
        if (text == null) {
            return Optional.empty();
        }
        String number = null;
        Matcher n = NUMBER.matcher(text);
        if (n.find()) {
            number = n.group(1);
            text = text.substring(n.end());
        }
        String file = null;
        Matcher f = FILE.matcher(text);
        if (f.find()) {
            file = Text.clean(f.group(1));
            if (f.start() == 0) {
                text = text.substring(f.end()).replaceFirst("^\\s*[-:–—]\\s*", "");
            }
        }
        if (number == null && file == null) {
            return Optional.empty();
        }
        String title = Text.firstNonBlank(text, line);
        return Optional.of(new ScrapedItem(number, file, title, null, null, url, links));
    }
}
