package org.ordinancewatch.record;

import java.util.List;

/**
 * A page of agenda items that says nothing about its meeting (the Legistar Web API's event items); the page's own
 * address identifies the meeting.
 */
public record ItemListing(List<ScrapedItem> items) implements ScrapedAgenda {

    public ItemListing {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
