package org.ordinancewatch.parse;

/** The page cannot be read as the platform's page at all (wrong page, truncated beyond use, not JSON). */
public class ParseException extends Exception {

    public ParseException(String message) {
        super(message);
    }

    public ParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
