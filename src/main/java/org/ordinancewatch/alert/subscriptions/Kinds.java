package org.ordinancewatch.alert.subscriptions;

import java.util.Collection;

/** Which kinds of news a subscription asks for; at least one. */
public record Kinds(boolean statusChanges, boolean detections, boolean hearings, boolean sunsets) {

    public static final String STATUS = "status";
    public static final String DETECTED = "detected";
    public static final String HEARINGS = "hearings";
    public static final String SUNSETS = "sunsets";

    public Kinds {
        if (!(statusChanges || detections || hearings || sunsets)) {
            throw new IllegalArgumentException("Choose at least one kind of alert.");
        }
    }

    /** From the form's checkbox values. */
    public static Kinds fromCodes(Collection<String> codes) {
        for (String code : codes) {
            if (!(STATUS.equals(code) || DETECTED.equals(code) || HEARINGS.equals(code) || SUNSETS.equals(code))) {
                throw new IllegalArgumentException("unknown kind of alert '" + code + "'");
            }
        }
        return new Kinds(codes.contains(STATUS), codes.contains(DETECTED), codes.contains(HEARINGS),
                codes.contains(SUNSETS));
    }
}
