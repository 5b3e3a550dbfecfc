package org.ordinancewatch.parse;

/**
 * Reads one kind of page of one agenda platform into plain records. Adapters never fetch and never
 * touch the database; they are pure functions of the page and the context.
 */
public interface Adapter {

    /** The platform name used in source definitions and by {@code POST /api/parse}, e.g. {@code legistar-calendar}. */
    String name();

    ParseResult parse(Page page, SourceContext context) throws ParseException;
}
