package org.ordinancewatch.detect;

/** The topics file is missing or malformed; the message names the file and the offending field. */
public class TopicsConfigException extends RuntimeException {

    public TopicsConfigException(String message) {
        super(message);
    }

    public TopicsConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
