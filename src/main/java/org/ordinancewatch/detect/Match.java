package org.ordinancewatch.detect;

import java.util.List;

/**
 * How a text relates to one topic.
 *
 * @param topic        the topic's name
 * @param relevant     whether the text is about the topic
 * @param matchedTerms the configured terms that counted, in the order they first appear in the text; a context
 *                     rule's match reads "term+context" ("surveillance+technology")
 */
public record Match(String topic, boolean relevant, List<String> matchedTerms) {

    public Match {
        matchedTerms = matchedTerms == null ? List.of() : List.copyOf(matchedTerms);
    }
}
