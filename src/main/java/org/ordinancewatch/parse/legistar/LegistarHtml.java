package org.ordinancewatch.parse.legistar;

import static org.ordinancewatch.parse.support.Css.css;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.support.Text;

/** Parsing of Legistar web pages and of the label/value blocks at the top of its detail pages. */
final class LegistarHtml {

    private static final String FIELD_PREFIX = "ctl00_ContentPlaceHolder1_";
    private static final Pattern PAIR_SUFFIX = Pattern.compile("(2|X)$");

    private LegistarHtml() {
    }

    /** The page as HTML; a JSON body or an empty page is not a Legistar web page. */
    static Document parse(Page page, String kind) throws ParseException {
        String text = page.text();
        if (text.isBlank()) {
            throw new ParseException("empty page where a Legistar " + kind + " page was expected: " + page.url());
        }
        if (Text.startsAfterSpace(text, "{") || Text.startsAfterSpace(text, "[")) {
            throw new ParseException("JSON where a Legistar " + kind + " HTML page was expected: " + page.url());
        }
        return Jsoup.parse(text, page.url() == null ? "" : page.url().toString());
    }

    /**
     * The fields of a detail page's top block, keyed by their label without the colon ("file #", "meeting name").
     * Legistar pairs a label element and a value element whose ids differ only by a suffix:
     * {@code lblFile}/{@code lblFile2} on legislation, {@code lblDateX}/{@code lblDate} on meetings.
     */
    static Map<String, Element> detailFields(Document doc) {
        Map<String, Element> labels = new LinkedHashMap<>();
        Map<String, Element> values = new LinkedHashMap<>();
        for (Element e : doc.select(css("[id^=" + FIELD_PREFIX + "lbl], [id^=" + FIELD_PREFIX + "hyp], [id^="
                + FIELD_PREFIX + "Label]"))) {
            String id = e.id().substring(FIELD_PREFIX.length());
            if (id.contains("_")) {
                continue;
            }
            String base = PAIR_SUFFIX.matcher(id.substring(id.startsWith("Label") ? 5 : 3)).replaceAll("");
            String text = LegistarText.clean(e.text());
            if (text != null && text.endsWith(":") && !labels.containsKey(base)) {
                labels.put(base, e);
            } else if (!values.containsKey(base)) {
                values.put(base, e);
            }
        }
        Map<String, Element> fields = new LinkedHashMap<>();
        labels.forEach((base, label) -> {
            Element value = values.get(base);
            if (value != null) {
                fields.putIfAbsent(LegistarText.key(label.text()), value);
            }
        });
        return fields;
    }

    /** The value element of the first present label among {@code labels}, or null. */
    static Element field(Map<String, Element> fields, String... labels) {
        for (String label : labels) {
            Element e = fields.get(LegistarText.key(label));
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    static String fieldText(Map<String, Element> fields, String... labels) {
        return LegistarText.clean(field(fields, labels));
    }
}
