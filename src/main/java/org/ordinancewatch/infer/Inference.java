package org.ordinancewatch.infer;

import org.ordinancewatch.model.Status;

/**
 * The status an action leads to and the rule that said so.
 *
 * @param status the inferred status
 * @param rule   the rule's name
 */
public record Inference(Status status, String rule) {

    /** The reason to record on the status change: {@code rule:signed-by-executive}. */
    public String reason() {
        return "rule:" + rule;
    }
}
