package org.ordinancewatch.parse;

import org.ordinancewatch.parse.support.Css;

/**
 * Reads one kind of page of one agenda platform into plain records. Adapters never fetch and never
 * touch the database; they are pure functions of the page and the context.
 */
public interface Adapter {

    /** The platform name used in source definitions and by {@code POST /api/parse}, e.g. {@code legistar-calendar}. */
    String name();

    ParseResult parse(Page page, SourceContext context) throws ParseException;

    /** {@link #parse}, then lets go of what shared selectors remember of the page on this thread (see {@link Css}). */
    default ParseResult read(Page page, SourceContext context) throws ParseException {
        try {
            return parse(page, context);
        } finally {
            Css.forgetPages();
        }
    }
}
