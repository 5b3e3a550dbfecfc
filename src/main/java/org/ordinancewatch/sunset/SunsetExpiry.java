package org.ordinancewatch.sunset;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.model.MeasureLink;
import org.ordinancewatch.model.PartialDate;
import org.ordinancewatch.model.Status;
import org.ordinancewatch.model.StatusChange;
import org.ordinancewatch.model.StatusHistory;
import org.ordinancewatch.model.StatusMove;

/**
 * A moratorium with a sunset date that is still in effect becomes {@code expired} once the sunset is
 * reached in its own jurisdiction's time zone. Other kinds never expire by rule, whatever their sunset date
 * says (it may date only one part of the law). A moratorium extended by another measure ({@code extends} link)
 * runs until the latest of its own and its extensions' sunsets. A month-only sunset counts as reached at the end of
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
        // Only a moratorium whose own sunset has come somewhere on earth can lapse (an extension only moves it
        // later): the others, most of them at full size, are not loaded at all.
        PartialDate latestToday = PartialDate.of(LocalDate.ofInstant(now, ZoneOffset.MAX));
        for (Measure measure : Measure.withSunsetStillInEffectBy(latestToday)) {
            LocalDate today = LocalDate.ofInstant(now, measure.jurisdiction.zone());
            PartialDate sunset = measure.sunsetOn;
            Measure extension = null;
            for (MeasureLink link : MeasureLink.extending(measure)) {
                if (link.fromMeasure.sunsetOn != null && link.fromMeasure.sunsetOn.compareTo(sunset) > 0) {
                    sunset = link.fromMeasure.sunsetOn;
                    extension = link.fromMeasure;
                }
            }
            if (sunset.isReachedBy(today)) {
                String why = extension == null ? "Sunset date " + sunset + " recorded for this measure"
                        : "Sunset date " + sunset + " set by its extension, " + extension.title;
                history.move(measure, new StatusMove(Status.EXPIRED, sunset, RULE, null, why, null))
                        .ifPresent(changes::add);
                LOG.infof("%s expired: sunset %s reached", measure.slug, sunset);
            }
        }
        return changes;
    }
}
