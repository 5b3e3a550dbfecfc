package org.ordinancewatch.detect;

import java.util.ArrayList;
import java.util.List;

/** A configured term as word stems, found only where its whole words appear consecutively. */
final class Phrase {

    private final String text;
    private final List<String> stems;

    Phrase(String text) {
        this.text = text;
        this.stems = Words.stems(text);
        if (stems.isEmpty()) {
            throw new IllegalArgumentException("term '" + text + "' has no words");
        }
    }

    String text() {
        return text;
    }

    List<Span> occurrencesIn(List<String> words) {
        List<Span> found = new ArrayList<>();
        int last = words.size() - stems.size();
        for (int start = 0; start <= last; start++) {
            if (matchesAt(words, start)) {
                found.add(new Span(start, start + stems.size()));
            }
        }
        return found;
    }

    private boolean matchesAt(List<String> words, int start) {
        for (int i = 0; i < stems.size(); i++) {
            if (!stems.get(i).equals(words.get(start + i))) {
                return false;
            }
        }
        return true;
    }

    /** A run of words, {@code start} inclusive, {@code end} exclusive. */
    record Span(int start, int end) {

        boolean overlaps(Span other) {
            return start < other.end && other.start < end;
        }

        boolean within(Span other) {
            return start >= other.start && end <= other.end;
        }

        /** Words from one span to the other: 1 for neighbours, 0 when they overlap. */
        int distanceTo(Span other) {
            if (overlaps(other)) {
                return 0;
            }
            return start >= other.end ? start - other.end + 1 : other.start - end + 1;
        }
    }
}
