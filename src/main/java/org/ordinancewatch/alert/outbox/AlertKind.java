package org.ordinancewatch.alert.outbox;

/** What an outbox row is about. Confirmation requests travel through the outbox like alerts. */
public enum AlertKind {
    STATUS_CHANGE("Status change"),
    DETECTED("New measure or agenda item"),
    HEARING("Upcoming hearing"),
    HEARING_CHANGED("Hearing cancelled or rescheduled"),
    SUNSET("Sunset approaching"),
    CORRECTION("Correction"),
    CONFIRMATION("Confirmation request");

    private final String label;

    AlertKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
