package org.ordinancewatch.source;

import java.util.List;

/** Source or platform definitions are wrong; the message names every file and field at fault. */
public class SourceDefinitionException extends RuntimeException {

    private final List<String> problems;

    public SourceDefinitionException(List<String> problems) {
        super("Scraper definitions rejected:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
