package org.ordinancewatch.record;

/** A labelled link found on a page: agenda, minutes, video, attachment, detail page. */
public record Link(String label, String url) {
}
