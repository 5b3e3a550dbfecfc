package org.ordinancewatch.infer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.model.Status;
import org.ordinancewatch.model.StatusChange;
import org.ordinancewatch.model.StatusHistory;
import org.ordinancewatch.model.StatusMove;

/**
 * A moratorium with a sunset date that is still in effect becomes {@code expired} once the sunset is
 * reached in its own jurisdiction's time zone. Other kinds never expire by rule, whatever their sunset date
 * says (it may date only one part of the law). A month-only sunset counts as reached at the end of
 * that month, never earlier.
 */
@ApplicationScoped
public class SunsetExpiry {

    public static final String RULE = "rule:sunset-reached";
    private static final Logger LOG = Logger.getLogger(SunsetExpiry.class);

    private final StatusHistory history;

    public SunsetExpiry(StatusHistory history) {
        this.history = history;
    }

    @Transactional
    public List<StatusChange> expireLapsed(Instant now) {
        List<StatusChange> changes = new ArrayList<>();
        for (Measure measure : Measure.withSunsetStillInEffect()) {
            LocalDate today = LocalDate.ofInstant(now, measure.jurisdiction.zone());
            if (measure.sunsetOn.isReachedBy(today)) {
                history.move(measure, new StatusMove(Status.EXPIRED, measure.sunsetOn, RULE, null,
                        "Sunset date " + measure.sunsetOn + " recorded for this measure", null))
                        .ifPresent(changes::add);
                LOG.infof("%s expired: sunset %s reached", measure.slug, measure.sunsetOn);
            }
        }
        return changes;
    }
}
