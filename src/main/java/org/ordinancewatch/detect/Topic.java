package org.ordinancewatch.detect;

import java.util.List;

/**
 * A subject the app watches for, defined entirely by configuration.
 *
 * @param name            short identifier ("frt", "alpr")
 * @param include         terms that make a text relevant on their own
 * @param exclude         look-alike phrases; an include or context match that overlaps one of them does not count
 * @param requiresContext ambiguous terms that count only near a context term
 */
public record Topic(String name, List<String> include, List<String> exclude, List<ContextRule> requiresContext) {

    public Topic {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a topic needs a name");
        }
        include = include == null ? List.of() : List.copyOf(include);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
        requiresContext = requiresContext == null ? List.of() : List.copyOf(requiresContext);
        if (include.isEmpty() && requiresContext.isEmpty()) {
            throw new IllegalArgumentException("topic '" + name + "' has neither include terms nor context rules");
        }
    }
}
