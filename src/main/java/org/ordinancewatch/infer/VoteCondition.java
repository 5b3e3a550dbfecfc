package org.ordinancewatch.infer;

/** Which vote outcomes a status rule applies to. */
public enum VoteCondition {
    /** Whatever the vote: the action is not a vote ("Vetoed by Mayor", "Filed (End of Session)"). */
    ANY,
    /** The action carried, or no result was recorded. */
    CARRIED,
    /** The result column or the action text itself says the vote failed. */
    FAILED;

    boolean accepts(boolean voteFailed) {
        return switch (this) {
            case ANY -> true;
            case CARRIED -> !voteFailed;
            case FAILED -> voteFailed;
        };
    }
}
