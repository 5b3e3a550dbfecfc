package org.ordinancewatch.detect;

import java.util.List;

/**
 * A term too ambiguous to count on its own: it counts only when one of the context terms appears near it.
 * "surveillance" alone is disease surveillance as often as police surveillance; near "technology" it is the
 * latter. "Clearview" is a street name unless "AI" or "software" is close by.
 *
 * @param term    the ambiguous term
 * @param context terms of which at least one must appear near it
 * @param window  how many words apart term and context may be (1 = neighbours), or null for anywhere in the text
 */
public record ContextRule(String term, List<String> context, Integer window) {

    public ContextRule {
        if (term == null || term.isBlank()) {
            throw new IllegalArgumentException("a context rule needs a term");
        }
        context = context == null ? List.of() : List.copyOf(context);
        if (context.isEmpty()) {
            throw new IllegalArgumentException("context rule for '" + term + "' needs at least one context term");
        }
        if (window != null && window < 1) {
            throw new IllegalArgumentException("context rule for '" + term + "': window must be at least 1");
        }
    }
}
