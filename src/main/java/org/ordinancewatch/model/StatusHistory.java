package org.ordinancewatch.model;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

/** The one place a measure's status changes, so that every change is recorded with its origin. */
@ApplicationScoped
public class StatusHistory {

    private final Clock clock;
    private final Event<StatusChanged> changed;

    public StatusHistory(Clock clock, Event<StatusChanged> changed) {
        this.clock = clock;
        this.changed = changed;
    }

    /** Persists a new measure with its first status, and records that status. */
    @Transactional(Transactional.TxType.MANDATORY)
    public StatusChange recordNew(Measure measure, StatusMove first) {
        measure.status = first.to();
        measure.statusOn = first.occurredOn();
        measure.persist();
        return persist(measure, null, first);
    }

    /**
     * Dates the current status differently (a curator or a curated row knows better when it was reached). The
     * status itself does not move, so nothing is recorded as a change and no {@link StatusChanged} is fired.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean redate(Measure measure, PartialDate on) {
        if (Objects.equals(measure.statusOn, on)) {
            return false;
        }
        measure.statusOn = on;
        return true;
    }

    /**
     * Records an earlier stage of a measure being entered for the first time (a curated row's decision
     * before its enactment). It is history being filled in, not news: no {@link StatusChanged} is fired.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public StatusChange recordPast(Measure measure, StatusMove move) {
        Status from = measure.status;
        measure.status = move.to();
        measure.statusOn = move.occurredOn();
        return persist(measure, from, move);
    }

    /**
     * Like {@link #move}, but for history arriving with a measure just found (its past, read from its
     * platform page): recorded through {@link #recordPast}, so no {@link StatusChanged} is fired.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<StatusChange> fillIn(Measure measure, StatusMove move) {
        if (measure.status == move.to()) {
            return Optional.empty();
        }
        measure.updatedAt = clock.instant();
        return Optional.of(recordPast(measure, move));
    }

    /** Moves the status; nothing is written when the measure already has it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<StatusChange> move(Measure measure, StatusMove move) {
        return move(measure, move, true);
    }

    /** Like {@link #move(Measure, StatusMove)}; {@code news} is false for a change a source's first run found. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<StatusChange> move(Measure measure, StatusMove move, boolean news) {
        if (measure.status == move.to()) {
            return Optional.empty();
        }
        Status from = measure.status;
        measure.status = move.to();
        measure.statusOn = move.occurredOn();
        measure.updatedAt = clock.instant();
        StatusChange change = persist(measure, from, move);
        changed.fire(new StatusChanged(change, news));
        return Optional.of(change);
    }

    private StatusChange persist(Measure measure, Status from, StatusMove move) {
        StatusChange change = new StatusChange();
        change.measure = measure;
        change.fromStatus = from;
        change.toStatus = move.to();
        change.occurredOn = move.occurredOn();
        change.recordedAt = clock.instant();
        change.reason = move.reason();
        change.actionText = move.actionText();
        change.sourceLabel = move.sourceLabel();
        change.sourceUrl = move.sourceUrl();
        change.snapshot = move.snapshot();
        change.reviewState = ReviewState.forReason(move.reason());
        change.persist();
        return change;
    }
}
