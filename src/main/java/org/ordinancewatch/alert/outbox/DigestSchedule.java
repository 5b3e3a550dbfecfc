package org.ordinancewatch.alert.outbox;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

import org.ordinancewatch.alert.subscriptions.Cadence;

/** When an alert becomes due: now, or the next digest time in the subscriber's own zone and hour. */
public final class DigestSchedule {

    private final DayOfWeek weeklyDay;

    public DigestSchedule(DayOfWeek weeklyDay) {
        this.weeklyDay = weeklyDay;
    }

    /** For digests: the next {@code hour} o'clock in {@code zone} (on the weekly day for weekly ones). */
    public Instant dueAt(Cadence cadence, Instant now, ZoneId zone, int hour) {
        if (cadence == Cadence.IMMEDIATE) {
            return now;
        }
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime slot = local.toLocalDate().atTime(hour, 0).atZone(zone);
        if (cadence == Cadence.WEEKLY) {
            slot = slot.with(TemporalAdjusters.nextOrSame(weeklyDay));
        }
        if (!slot.toInstant().isAfter(now)) {
            slot = slot.plusDays(cadence == Cadence.WEEKLY ? 7 : 1);
        }
        return slot.toInstant();
    }
}
