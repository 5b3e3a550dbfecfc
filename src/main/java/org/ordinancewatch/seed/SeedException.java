package org.ordinancewatch.seed;

import java.util.List;

/** One or more seed rows are wrong; the message names every file, line and field at fault. */
public class SeedException extends RuntimeException {

    private final List<String> problems;

    public SeedException(List<String> problems) {
        super("Seed data rejected, nothing was imported:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
