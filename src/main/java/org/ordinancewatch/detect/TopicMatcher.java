package org.ordinancewatch.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ordinancewatch.detect.Phrase.Span;

/** One topic with its terms turned into phrases, ready to scan tokenised text. */
final class TopicMatcher {

    private final Topic topic;
    private final List<Phrase> includes;
    private final List<Phrase> excludes;
    private final List<ContextMatcher> contextRules;

    TopicMatcher(Topic topic) {
        this.topic = topic;
        this.includes = topic.include().stream().map(Phrase::new).toList();
        this.excludes = topic.exclude().stream().map(Phrase::new).toList();
        this.contextRules = topic.requiresContext().stream().map(ContextMatcher::new).toList();
    }

    Topic topic() {
        return topic;
    }

    Match match(List<String> words) {
        List<Span> excluded = new ArrayList<>();
        for (Phrase exclude : excludes) {
            excluded.addAll(exclude.occurrencesIn(words));
        }
        List<Hit> hits = new ArrayList<>();
        for (Phrase include : includes) {
            for (Span span : include.occurrencesIn(words)) {
                if (!overlapsAny(span, excluded)) {
                    hits.add(new Hit(include.text(), span));
                }
            }
        }
        // "plate reader" inside "license plate reader" is the same mention, recorded once under the longer term.
        List<Hit> all = List.copyOf(hits);
        hits.removeIf(hit -> all.stream().anyMatch(other -> isNestedIn(hit.span(), other.span())));
        List<Span> covered = hits.stream().map(Hit::span).toList();
        for (ContextMatcher rule : contextRules) {
            hits.addAll(rule.hits(words, excluded, covered));
        }
        List<String> terms = hits.stream()
                .sorted(Comparator.comparingInt((Hit h) -> h.span().start()))
                .map(Hit::term)
                .distinct()
                .toList();
        return new Match(topic.name(), !terms.isEmpty(), terms);
    }

    private static boolean isNestedIn(Span inner, Span outer) {
        return inner.within(outer) && !inner.equals(outer);
    }

    private static boolean overlapsAny(Span span, List<Span> others) {
        return others.stream().anyMatch(span::overlaps);
    }

    private record Hit(String term, Span span) {
    }

    private static final class ContextMatcher {

        private final Phrase term;
        private final List<Phrase> context;
        private final Integer window;

        ContextMatcher(ContextRule rule) {
            this.term = new Phrase(rule.term());
            this.context = rule.context().stream().map(Phrase::new).toList();
            this.window = rule.window();
        }

        List<Hit> hits(List<String> words, List<Span> excluded, List<Span> coveredByIncludes) {
            List<Hit> hits = new ArrayList<>();
            for (Span span : term.occurrencesIn(words)) {
                if (overlapsAny(span, excluded) || coveredByIncludes.stream().anyMatch(span::within)) {
                    continue;
                }
                for (Phrase candidate : context) {
                    if (candidate.occurrencesIn(words).stream().anyMatch(c -> isNear(span, c))) {
                        hits.add(new Hit(term.text() + "+" + candidate.text(), span));
                        break;
                    }
                }
            }
            return hits;
        }

        private boolean isNear(Span span, Span contextSpan) {
            if (span.overlaps(contextSpan)) {
                return false;
            }
            return window == null || span.distanceTo(contextSpan) <= window;
        }
    }
}
