package org.ordinancewatch.record;

import java.util.List;

/**
 * Agenda items a page holds, with what the page says about the meeting they belong to: a listed meeting, a page of
 * items that names no meeting, or an agenda document read on its own. Ingest files the items under a stored meeting
 * chosen by which kind it is.
 */
public sealed interface ScrapedAgenda permits ScrapedMeeting, ItemListing, AgendaDocument {

    /** The agenda items, in page order. */
    List<ScrapedItem> items();
}
