package org.ordinancewatch.alert.triggers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.ordinancewatch.alert.AlertConfig;
import org.ordinancewatch.alert.outbox.Alert;
import org.ordinancewatch.alert.outbox.AlertContent;
import org.ordinancewatch.alert.outbox.AlertKind;
import org.ordinancewatch.alert.outbox.Links;
import org.ordinancewatch.alert.outbox.Outbox;
import org.ordinancewatch.alert.subscriptions.Subscriber;
import org.ordinancewatch.model.DetectionRejected;

/**
 * When a curator rejects a detected measure, alerts about it not sent yet are dropped, and everyone already emailed
 * about it gets a correction. Runs in the curator's transaction, like the other triggers.
 * (A rejected status change needs nothing here: it is undone by a new status change, which alerts as usual.)
 */
@ApplicationScoped
public class CorrectionTriggers {

    private final AlertConfig config;
    private final Outbox outbox;
    private final Links links;

    public CorrectionTriggers(AlertConfig config, Outbox outbox, Links links) {
        this.config = config;
        this.outbox = outbox;
        this.links = links;
    }

    void onDetectionRejected(@Observes DetectionRejected event) {
        Alert.deletePending(config.environment(), event.eventKey());
        var told = Alert.toldAbout(config.environment(), event.eventKey());
        if (told.isEmpty()) {
            return;
        }
        String place = event.jurisdiction().displayName();
        AlertContent content = AlertContent.builder("Correction: " + event.title() + " (" + place
                + ") is not a face recognition measure")
                .jurisdiction(place, links.jurisdiction(event.jurisdiction().slug))
                .detail("We told you this item was a new measure. A curator reviewed it and removed it: "
                        + event.reason())
                .why("You were alerted about it earlier.")
                .build();
        for (Subscriber s : told) {
            outbox.add(s, null, AlertKind.CORRECTION, "correction:" + event.eventKey(), content);
        }
    }
}
