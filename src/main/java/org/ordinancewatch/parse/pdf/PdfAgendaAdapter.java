package org.ordinancewatch.parse.pdf;

import java.util.ArrayList;
import java.util.List;

import org.ordinancewatch.parse.Adapter;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.parse.SourceContext;
import org.ordinancewatch.parse.support.ItemText;
import org.ordinancewatch.parse.support.Text;
import org.ordinancewatch.record.ScrapedItem;
import org.ordinancewatch.record.AgendaDocument;
import org.ordinancewatch.record.ItemListing;
import org.ordinancewatch.record.ScrapedAgenda;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * A PDF agenda, read as text: one meeting whose items are the numbered lines ("4.", "B)", "Item 7:"), each with the
 * unnumbered lines that continue it, so that item titles wrapped over several lines stay whole. Nothing else of
 * the meeting is guessed from the text; the listing that linked the PDF supplies body, date and place. Options
 * {@code pdf.maxPages} and {@code pdf.maxBytes} override the caps.
 */
@ApplicationScoped
public class PdfAgendaAdapter implements Adapter {

    private static final int MAX_CONTINUATION_LINES = 6;

    @Override
    public String name() {
        return "pdf-agenda";
    }

    @Override
    public ParseResult parse(Page page, SourceContext context) throws ParseException {
        PdfText.Extracted pdf = PdfText.extract(page.body(),
                intOption(context, "pdf.maxPages", PdfText.DEFAULT_MAX_PAGES),
                intOption(context, "pdf.maxBytes", PdfText.DEFAULT_MAX_BYTES));
        List<String> warnings = new ArrayList<>();
        if (pdf.truncated()) {
            warnings.add("read " + pdf.pagesRead() + " of " + pdf.pages() + " pages");
        }
        List<ScrapedItem> items = items(pdf.text());
        if (items.isEmpty()) {
            warnings.add("no numbered agenda lines found in the PDF text");
        }
        ScrapedAgenda agenda = page.url() == null ? new ItemListing(items) : new AgendaDocument(page.url().toString(), items);
        return ParseResult.ofMeetings(List.of(agenda), List.of(), warnings);
    }

    static List<ScrapedItem> items(String text) {
        List<ScrapedItem> items = new ArrayList<>();
        StringBuilder title = null;
        ScrapedItem current = null;
        int continuation = 0;
        for (String raw : text.split("\n")) {
            String line = Text.clean(raw);
            ScrapedItem numbered = line == null ? null : ItemText.parse(line, null, List.of()).filter(i -> i.number() != null).orElse(null);
            if (numbered != null) {
                flush(items, current, title);
                current = numbered;
                title = new StringBuilder(numbered.title());
                continuation = 0;
            } else if (current != null && line != null && continuation < MAX_CONTINUATION_LINES) {
                title.append(' ').append(line);
                continuation++;
            } else if (line == null) {
                continuation = MAX_CONTINUATION_LINES;
            }
        }
        flush(items, current, title);
        return items;
    }

    private static void flush(List<ScrapedItem> items, ScrapedItem item, StringBuilder title) {
        if (item != null) {
            String whole = title.toString();
            // a file reference may sit on a continuation line
            String file = item.file() != null ? item.file()
                    : ItemText.parse(whole, null, List.of()).map(ScrapedItem::file).orElse(null);
            items.add(new ScrapedItem(item.number(), file, whole, null, null, null, List.of()));
        }
    }

    private static int intOption(SourceContext context, String name, int fallback) {
        try {
            return Integer.parseInt(context.option(name, Integer.toString(fallback)).trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
