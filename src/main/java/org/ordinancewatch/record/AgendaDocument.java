package org.ordinancewatch.record;

import java.util.List;

/**
 * An agenda document read on its own (a PDF): it names only its own address; its items join the meeting that links
 * it.
 *
 * @param url   where the document was read from
 * @param items the items it lists
 */
public record AgendaDocument(String url, List<ScrapedItem> items) implements ScrapedAgenda {

    public AgendaDocument {
        java.util.Objects.requireNonNull(url, "url");
        items = items == null ? List.of() : List.copyOf(items);
    }
}
