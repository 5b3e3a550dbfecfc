package org.ordinancewatch.model;

/** Where a measure stands. The README and the About page explain each value. */
public enum Status {
    PROPOSED("Proposed", "Introduced or proposed; no committee action yet."),
    IN_COMMITTEE("In committee", "Referred to, heard or held in a committee."),
    PASSED("Passed", "Adopted by the legislative body, not yet in force."),
    IN_FORCE("In force", "Enacted and in effect."),
    WEAKENED("Weakened", "Still in force, but amended to allow more use than it first did."),
    EXPIRED("Expired", "A moratorium or temporary measure whose sunset date has passed."),
    REPEALED("Repealed", "Repealed or replaced; no longer in effect."),
    FAILED("Failed", "Voted down, or died at the end of a session or term."),
    WITHDRAWN("Withdrawn", "Withdrawn or filed away by its sponsor or the clerk."),
    VETOED("Vetoed", "Passed but vetoed, and the veto was not overridden."),
    PENDING("Pending", "Alive across sessions (reintroduced or carried over) with no action yet.");

    private final String label;
    private final String meaning;

    Status(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    /** The name used in URLs, the API, config files and the database: {@code in_force}. */
    public String code() {
        return Codes.of(this);
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }

    /** Whether the measure can still move (appear on a "pending near you" list). */
    public boolean isOpen() {
        return this == PROPOSED || this == IN_COMMITTEE || this == PASSED || this == PENDING;
    }

    public static Status fromCode(String code) {
        return Codes.parse(Status.class, "status", code);
    }

    public static String codes() {
        return Codes.list(Status.class);
    }
}
