package org.ordinancewatch.alert.outbox;

import java.util.EnumSet;
import java.util.Set;

import org.ordinancewatch.alert.subscriptions.Kinds;

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

    /** The kinds of outbox row a subscription's kinds of news become. */
    public static Set<AlertKind> of(Kinds news) {
        Set<AlertKind> kinds = EnumSet.noneOf(AlertKind.class);
        if (news.statusChanges()) {
            kinds.add(STATUS_CHANGE);
        }
        if (news.detections()) {
            kinds.add(DETECTED);
        }
        if (news.hearings()) {
            kinds.add(HEARING);
            kinds.add(HEARING_CHANGED);
        }
        if (news.sunsets()) {
            kinds.add(SUNSET);
        }
        return kinds;
    }
}
