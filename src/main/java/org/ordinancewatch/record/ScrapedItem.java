package org.ordinancewatch.record;

import java.util.List;

/**
 * One item on a meeting agenda.
 *
 * @param number  the item number as printed ("3", "A.1"), or null
 * @param file    the legislative file number the item refers to ("Int 0487-2018"), or null
 * @param title   the item's title or description
 * @param action  the action taken or proposed ("Adopted", "Referred to Committee"), or null
 * @param result  the result of that action ("Pass", "Fail"), or null
 * @param url     the item's own detail page, or null
 * @param links   attachments and other documents linked from the item
 */
public record ScrapedItem(String number, String file, String title, String action, String result, String url,
        List<Link> links) {

    public ScrapedItem {
        links = links == null ? List.of() : List.copyOf(links);
    }
}
